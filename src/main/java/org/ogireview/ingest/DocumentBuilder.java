package org.ogireview.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the one text the app shows, line by line, and keeps the tables and page boxes that point into it.
 * HTML and PDF tables go through {@link #table}, so both render a table row the same way: one line, cells joined
 * by {@code " | "}, a blank line before and after the table, which is also how text copies of reports look.
 */
final class DocumentBuilder {

    static final String CELL_SEPARATOR = " | ";

    private final StringBuilder text = new StringBuilder();
    private final List<TextTable> tables = new ArrayList<>();
    private final List<PageBox> boxes = new ArrayList<>();

    /** One cell of a table about to be written. */
    record Cell(Run content, int rowSpan, int colSpan) {
        Cell(Run content) {
            this(content, 1, 1);
        }
    }

    /** What a table holds, top to bottom: rows, and lines between rows that belong to no row (page footers). */
    sealed interface TableItem permits Row, Interlude {
    }

    record Row(List<Cell> cells) implements TableItem {
    }

    record Interlude(Run line) implements TableItem {
    }

    int length() {
        return text.length();
    }

    /** Writes one line; line breaks inside become spaces, so a line stays a line. */
    void line(Run run) {
        Run r = run.strip();
        if (r.text().isEmpty()) {
            return;
        }
        startLine();
        append(new Run(r.text().replace('\n', ' ').replace('\r', ' '), r.boxes()));
        text.append('\n');
    }

    void line(String s) {
        line(Run.of(s));
    }

    /** Makes sure the next line is separated from the text before by one blank line (none at the very start). */
    void blankLine() {
        if (text.length() == 0) {
            return;
        }
        startLine();
        if (text.length() >= 2 && text.charAt(text.length() - 2) != '\n') {
            text.append('\n');
        }
    }

    /**
     * Writes a table: each row one line of cells joined by {@link #CELL_SEPARATOR}, every cell's span recorded
     * (an empty cell gets a zero-length span where it stands). Rows with no cell text are left out.
     */
    TextTable table(List<? extends TableItem> items) {
        blankLine();
        int tableStart = -1;
        int tableEnd = -1;
        List<TableRow> rows = new ArrayList<>();
        for (TableItem item : items) {
            if (item instanceof Interlude interlude) {
                line(interlude.line());
                continue;
            }
            Row row = (Row) item;
            if (row.cells().stream().allMatch(c -> c.content().isBlank())) {
                continue;
            }
            startLine();
            int rowStart = text.length();
            List<TableCell> cells = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                Cell c = row.cells().get(i);
                if (i > 0) {
                    text.append(CELL_SEPARATOR);
                }
                Run content = c.content().strip();
                content = new Run(content.text().replace('\n', ' ').replace('\r', ' '), content.boxes());
                int start = text.length();
                append(content);
                cells.add(new TableCell(content.text(), start, text.length(), c.rowSpan(), c.colSpan()));
            }
            rows.add(new TableRow(cells, rowStart, text.length()));
            if (tableStart < 0) {
                tableStart = rowStart;
            }
            tableEnd = text.length();
            text.append('\n');
        }
        if (rows.isEmpty()) {
            return null;
        }
        TextTable table = new TextTable(tableStart, tableEnd, rows);
        tables.add(table);
        blankLine();
        return table;
    }

    /** The finished text: no trailing blank lines, but a final line break. */
    String text() {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end) + (end > 0 ? "\n" : "");
    }

    List<TextTable> tables() {
        return tables;
    }

    List<PageBox> boxes() {
        return boxes;
    }

    private void startLine() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private void append(Run run) {
        int base = text.length();
        text.append(run.text());
        for (PageBox b : run.boxes()) {
            boxes.add(new PageBox(base + b.start(), base + b.end(), b.page(), b.x(), b.y(), b.width(), b.height()));
        }
    }
}
