package org.ogireview.extract;

import org.ogireview.ingest.TableCell;
import org.ogireview.ingest.TableRow;
import org.ogireview.ingest.TextTable;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a report as one stream of {@link SourceRow}s in reading order, with every cell placed in its grid
 * column the way a browser lays out rowspans and colspans. Short lines of text between tables (section headings,
 * "行政复议", a floating group label) join the stream as label-only rows, since converters often leave a table's
 * title or part of its header outside it.
 */
final class TableLayout {

    /** Text lines longer than this between tables are prose, not labels. */
    private static final int MAX_GAP_LINE = 40;

    private TableLayout() {
    }

    static List<SourceRow> rows(List<TextTable> tables, NormalizedText text) {
        List<SourceRow> out = new ArrayList<>();
        int previousEnd = 0;
        for (int t = 0; t < tables.size(); t++) {
            TextTable table = tables.get(t);
            if (table.start() >= previousEnd) {
                addGapLines(text, previousEnd, table.start(), out);
            }
            for (List<SourceRow.Placed> cells : place(table)) {
                out.add(SourceRow.of(t, out.size(), cells));
            }
            previousEnd = Math.max(previousEnd, table.end());
        }
        return out;
    }

    /** The rows of one table with grid columns: a cell skips columns still held by a rowspan from above. */
    static List<List<SourceRow.Placed>> place(TextTable table) {
        List<List<SourceRow.Placed>> out = new ArrayList<>(table.rows().size());
        int[] busyUntil = new int[8];
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            List<SourceRow.Placed> placed = new ArrayList<>(row.cells().size());
            int col = 0;
            for (TableCell cell : row.cells()) {
                while (col < busyUntil.length && busyUntil[col] > r) {
                    col++;
                }
                int needed = col + cell.colSpan();
                if (needed > busyUntil.length) {
                    busyUntil = java.util.Arrays.copyOf(busyUntil, Math.max(needed, busyUntil.length * 2));
                }
                for (int c = col; c < needed; c++) {
                    busyUntil[c] = r + cell.rowSpan();
                }
                placed.add(new SourceRow.Placed(cell, col, CellValue.parse(cell.text())));
                col = needed;
            }
            out.add(placed);
        }
        return out;
    }

    private static void addGapLines(NormalizedText text, int from, int to, List<SourceRow> out) {
        String s = text.original();
        int pos = from;
        while (pos < to) {
            int nl = s.indexOf('\n', pos);
            int end = nl < 0 || nl > to ? to : nl;
            int a = pos;
            int b = end;
            while (a < b && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            if (b > a && b - a <= MAX_GAP_LINE) {
                TableCell cell = new TableCell(s.substring(a, b), a, b);
                CellValue value = CellValue.parse(cell.text());
                if (value.kind() == CellValue.Kind.TEXT) { // a lone number between tables is a page number
                    out.add(SourceRow.of(-1, out.size(), List.of(new SourceRow.Placed(cell, 0, value))));
                }
            }
            pos = end + 1;
        }
    }
}
