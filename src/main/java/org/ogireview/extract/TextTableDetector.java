package org.ogireview.extract;

import org.ogireview.extract.TextTableLines.Cell;
import org.ogireview.extract.TextTableLines.Kind;
import org.ogireview.extract.TextTableLines.Line;
import org.ogireview.extract.TextTableLines.Mode;
import org.ogireview.ingest.TableRow;
import org.ogireview.ingest.TextTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds tables written as text: cells split by tabs, '|' or runs of two or more spaces (or, for PDF text, a label
 * followed by numbers split by single spaces), with every cell's exact offsets in the document text.
 *
 * <p>Text copies of the standard tables are rarely clean, so the detector also mends what converters do to them:
 * <ul>
 *   <li>a row label wrapped over lines with its numbers alone on the next line
 *       ("（二）部分公开（区分处理的，只计这一情 形，不" / "计其他情形）" / "4 | 0 | 0 | 0 | 0 | 0 | 4") becomes one row
 *       whose first cell spans the label lines;</li>
 *   <li>header cells wrapped over several lines are joined column by column (by cell position for tab and '|'
 *       lines, by display column for lines aligned with spaces);</li>
 *   <li>group labels floating on their own line between rows ("（三）不予公开") stay as one-cell rows, so readers
 *       can use them or ignore them;</li>
 *   <li>a row set out one cell per line (a web page copied as text) becomes one row;</li>
 *   <li>page footers ("-3-", "第 3 页") and ASCII rules inside a table are skipped.</li>
 * </ul>
 * Prose ends a table: a sentence line, or more than a handful of text lines without a row. Lines and their cells
 * come from {@link TextTableLines}; empty cells of space-aligned tables are put back by {@link AlignedBlanks}.
 */
final class TextTableDetector {

    /** Text lines a table may hold between two rows (floating labels, a split header) before it is over. */
    private static final int MAX_TEXT_RUN = 8;
    private static final int MAX_BLANK_RUN = 3;
    /** A row label is wrapped over at most this many lines. */
    private static final int MAX_LABEL_LINES = 4;
    private static final int MAX_LABEL_LINE_CHARS = 60;
    /** A label line that wrapped filled its cell: shorter lines above a row are labels of their own. */
    private static final int MIN_WRAPPED_LINE_CHARS = 10;
    /** A row set out one cell per line holds at most table 四's fifteen numbers. */
    static final int MAX_VERTICAL_CELLS = 16;

    List<TextTable> detect(NormalizedText text) {
        String norm = text.normalized();
        String orig = text.original();
        List<Line> lines = TextTableLines.readLines(norm, orig);
        List<TextTable> tables = new ArrayList<>();

        List<TextRowBuilder> region = new ArrayList<>();
        List<Line> pending = new ArrayList<>();
        int blankRun = 0;
        int rowsInRegion = 0;
        for (Line line : lines) {
            switch (line.kind()) {
                case BLANK -> {
                    if (++blankRun > MAX_BLANK_RUN) {
                        rowsInRegion = close(region, rowsInRegion, tables);
                    }
                }
                case FOOTER, LAYOUT -> {
                    // page furniture inside a table: skipped, and it does not part a label from its numbers
                }
                case TEXT -> {
                    blankRun = 0;
                    if (isProse(line, norm)) {
                        rowsInRegion = close(region, rowsInRegion, tables);
                        pending.clear();
                    } else {
                        pending.add(line);
                        if (pending.size() > MAX_TEXT_RUN) {
                            rowsInRegion = close(region, rowsInRegion, tables);
                            pending.subList(0, pending.size() - MAX_LABEL_LINES).clear();
                        }
                    }
                }
                case ROW -> {
                    blankRun = 0;
                    List<Line> label = line.numbersOnly() ? labelLines(pending, line, lines)
                            : labelHead(pending, line, lines, norm);
                    if (!region.isEmpty()) {
                        for (Line floating : pending.subList(0, pending.size() - label.size())) {
                            region.add(textRow(floating, orig));
                        }
                    }
                    boolean leftover = !pending.isEmpty();
                    pending.clear();
                    if (!leftover && label.isEmpty() && continuesVertically(region, line, lines)) {
                        TextRowBuilder previous = region.get(region.size() - 1);
                        Cell c = line.cells().get(0);
                        previous.cells.add(c);
                        previous.texts.add(orig.substring(c.start(), c.end()));
                        previous.lastLine = line.index();
                        continue;
                    }
                    TextRowBuilder row = rowOf(line, label, orig);
                    row.vertical = line.numbersOnly() && line.cells().size() == 1;
                    if (!mergeHeader(region, row, lines, norm)) {
                        region.add(row);
                    }
                    rowsInRegion++;
                }
            }
        }
        close(region, rowsInRegion, tables);
        return tables;
    }

    /**
     * Ends the current region. It is kept as a table when it holds a number, or at least two rows of several cells
     * one of which has three or more (a template left empty); a single line split by spaces ("发布日期：…　　来源：…")
     * is page furniture, not a table.
     */
    private static int close(List<TextRowBuilder> region, int rows, List<TextTable> tables) {
        if (!region.isEmpty()) {
            boolean number = region.stream().anyMatch(r -> r.hasNumber);
            long multi = region.stream().filter(r -> r.cells.size() >= 2).count();
            boolean wide = region.stream().anyMatch(r -> r.cells.size() >= 3);
            if (number ? rows >= 2 || wide : multi >= 2 && wide) {
                // trailing one-cell text rows are never added (text is only kept when a row follows it)
                AlignedBlanks.fill(region);
                List<TableRow> out = region.stream().map(TextRowBuilder::toRow).toList();
                tables.add(new TextTable(out.get(0).start(), out.get(out.size() - 1).end(), out));
            }
            region.clear();
        }
        return 0;
    }

    /** A sentence, not a label: long, or closed by 。 — a table never holds one. */
    private static boolean isProse(Line line, String norm) {
        Cell c = line.trimmed();
        int len = c.end() - c.start();
        if (len > MAX_LABEL_LINE_CHARS) {
            return true;
        }
        String s = norm.substring(c.start(), c.end());
        return len > 12 && s.indexOf('。') >= 0;
    }

    // ---- rows

    /**
     * The text lines that are the wrapped label of a row of bare numbers: the contiguous lines just above it, back to
     * the first one that opens with a numbering mark ("（二）", "5."). Lines further up stay floating labels.
     */
    private static List<Line> labelLines(List<Line> pending, Line row, List<Line> lines) {
        List<Line> out = new ArrayList<>();
        int below = row.index();
        for (int i = pending.size() - 1; i >= 0 && out.size() < MAX_LABEL_LINES; i--) {
            Line l = pending.get(i);
            if (!onlyFurnitureBetween(lines, l.index(), below, out.isEmpty() ? 1 : 0)) {
                break;
            }
            Cell c = l.trimmed();
            if (c.end() - c.start() > MAX_LABEL_LINE_CHARS) {
                break;
            }
            if (!out.isEmpty() && !l.numbered() && c.end() - c.start() < MIN_WRAPPED_LINE_CHARS) {
                break; // a short line ended where it did: a header cell or a group label, not a wrapped label
            }
            out.add(0, l);
            below = l.index();
            if (l.numbered()) {
                break;
            }
        }
        return out;
    }

    /** True when only footers, rules and at most {@code blanks} blank lines stand between two lines. */
    /**
     * The first line of a sub-row label whose rest starts the row ("5.要求行政机关确认或重新" above
     * "出具已获取信息  0  0 …"): a numbered sub-row line right above a row whose label carries no number of its own.
     */
    private static List<Line> labelHead(List<Line> pending, Line row, List<Line> lines, String norm) {
        if (pending.isEmpty() || row.cells().isEmpty()) {
            return List.of();
        }
        Line above = pending.get(pending.size() - 1);
        Cell first = row.cells().get(0);
        if (first.empty() || !onlyFurnitureBetween(lines, above.index(), row.index(), 0)) {
            return List.of();
        }
        String label = norm.substring(first.start(), first.end());
        Cell head = above.trimmed();
        if (TextTableLines.NUMBERED.matcher(label).lookingAt() || CellValue.parse(label).isValue()
                || head.end() - head.start() > 40 || !TextTableLines.ITEM.matcher(norm.substring(head.start(), head.end())).lookingAt()) {
            return List.of();
        }
        return List.of(above);
    }

    private static boolean onlyFurnitureBetween(List<Line> lines, int above, int below, int blanks) {
        int seen = 0;
        for (int i = above + 1; i < below; i++) {
            Kind k = lines.get(i).kind();
            if (k == Kind.BLANK) {
                if (++seen > blanks) {
                    return false;
                }
            } else if (k != Kind.FOOTER && k != Kind.LAYOUT) {
                return false;
            }
        }
        return true;
    }

    private static TextRowBuilder textRow(Line line, String orig) {
        Cell c = line.trimmed();
        return new TextRowBuilder(List.of(c), List.of(orig.substring(c.start(), c.end())), null, false, line.index(),
                line.index());
    }

    /**
     * A row with its wrapped label: the label lines become the row's first cell (before the numbers of a bare row of
     * numbers, or joined to the start of the label a row carries itself).
     */
    private static TextRowBuilder rowOf(Line line, List<Line> label, String orig) {
        List<Cell> cells = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Cell> own = line.cells();
        if (!label.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            for (Line l : label) {
                Cell c = l.trimmed();
                joined.append(orig, c.start(), c.end());
            }
            int end = label.get(label.size() - 1).trimmed().end();
            if (!line.numbersOnly()) {
                Cell rest = own.get(0);
                joined.append(orig, rest.start(), rest.end());
                end = rest.end();
                own = own.subList(1, own.size());
            }
            cells.add(new Cell(label.get(0).trimmed().start(), end, 0, 0));
            texts.add(joined.toString());
        }
        for (Cell c : own) {
            cells.add(c);
            texts.add(orig.substring(c.start(), c.end()));
        }
        int first = label.isEmpty() ? line.index() : label.get(0).index();
        return new TextRowBuilder(cells, texts, line.mode(), line.hasNumber(), first, line.index());
    }

    /**
     * A lone number right under a row set out one cell per line ("规章" / "0" / "0" / "0", as text copied from a web
     * page often is) is that row's next cell.
     */
    private static boolean continuesVertically(List<TextRowBuilder> region, Line line, List<Line> lines) {
        if (region.isEmpty() || !line.numbersOnly() || line.cells().size() != 1) {
            return false;
        }
        TextRowBuilder previous = region.get(region.size() - 1);
        return previous.vertical && previous.cells.size() < MAX_VERTICAL_CELLS
                && onlyFurnitureBetween(lines, previous.lastLine, line.index(), 0);
    }

    /**
     * Joins a header line into the header line just above it when it continues its cells (a header cell wrapped
     * over lines): both lines hold no number, stand next to each other, and line up cell for cell (tab and '|'
     * lines: same number of cells; space-aligned lines: every cell sits under one cell above).
     */
    private static boolean mergeHeader(List<TextRowBuilder> region, TextRowBuilder row, List<Line> lines, String norm) {
        if (region.isEmpty() || row.hasNumber || row.mode == null) {
            return false;
        }
        if (row.mode != Mode.SPACE && labelWithBlanks(row)) {
            return false; // 规章 |  |  | : a row of the table left blank, not a header cell wrapped
        }
        TextRowBuilder above = region.get(region.size() - 1);
        if (above.hasNumber || above.mode != row.mode || above.cells.size() < 2
                || !onlyFurnitureBetween(lines, above.lastLine, row.firstLine, 0)) {
            return false;
        }
        int[] target = new int[row.cells.size()];
        if (row.mode == Mode.SPACE) {
            for (int i = 0; i < row.cells.size(); i++) {
                target[i] = overlapping(above.cells, row.cells.get(i));
                if (target[i] < 0) {
                    return false;
                }
            }
        } else {
            if (above.cells.size() != row.cells.size()) {
                return false;
            }
            for (int i = 0; i < target.length; i++) {
                target[i] = i;
            }
        }
        for (int i = 0; i < row.cells.size(); i++) {
            Cell add = row.cells.get(i);
            if (add.empty()) {
                continue;
            }
            int t = target[i];
            Cell old = above.cells.get(t);
            int start = old.empty() ? add.start() : old.start();
            above.cells.set(t, new Cell(start, add.end(), Math.min(old.col(), add.col()),
                    Math.max(old.colEnd(), add.colEnd())));
            above.texts.set(t, above.texts.get(t) + row.texts.get(i));
        }
        above.lastLine = row.lastLine;
        return true;
    }

    /** A label followed only by empty cells (two or more of them). */
    private static boolean labelWithBlanks(TextRowBuilder row) {
        if (row.cells.size() < 3 || row.cells.get(0).empty()) {
            return false;
        }
        for (int i = 1; i < row.cells.size(); i++) {
            if (!row.cells.get(i).empty()) {
                return false;
            }
        }
        return true;
    }

    /** The cell above whose display columns overlap a cell most; -1 when none does. */
    private static int overlapping(List<Cell> above, Cell c) {
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < above.size(); i++) {
            Cell a = above.get(i);
            int overlap = Math.min(a.colEnd(), c.colEnd()) - Math.max(a.col(), c.col());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = i;
            }
        }
        return best;
    }
}
