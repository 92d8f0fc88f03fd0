package org.ogireview.extract;

import org.ogireview.ingest.TableCell;

import java.util.ArrayList;
import java.util.List;

/**
 * One row as the standard-table readers see it, whatever table it came from: its label cells, its value cells
 * (numbers and blanks after the last label), and each cell's grid column (rowspans and colspans laid out).
 *
 * @param table    index of the table in the report's table list; -1 for a line of text between tables
 * @param position place of the row in reading order across all tables
 */
record SourceRow(int table, int position, List<Placed> labels, List<Placed> values) {

    /** A cell with its grid column and what it holds. */
    record Placed(TableCell cell, int col, CellValue value) {
        String text() {
            return cell.text();
        }
    }

    SourceRow {
        labels = List.copyOf(labels);
        values = List.copyOf(values);
    }

    /** Splits a row's cells: values are the numbers and blanks after the last text cell (all cells when none is). */
    static SourceRow of(int table, int position, List<Placed> cells) {
        int lastText = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).value().kind() == CellValue.Kind.TEXT) {
                lastText = i;
            }
        }
        List<Placed> labels = new ArrayList<>();
        for (int i = 0; i <= lastText; i++) {
            if (!cells.get(i).cell().isBlank()) {
                labels.add(cells.get(i));
            }
        }
        return new SourceRow(table, position, labels, cells.subList(lastText + 1, cells.size()));
    }

    boolean hasNumber() {
        for (Placed p : values) {
            if (p.value().isNumber()) {
                return true;
            }
        }
        return false;
    }

    /** The most specific label: the last label cell ("1.本机关不掌握…" in "（四）无法提供 | 1.本机关不掌握…"). */
    Placed label() {
        return labels.isEmpty() ? null : labels.get(labels.size() - 1);
    }

    String labelText() {
        Placed p = label();
        return p == null ? "" : p.text();
    }

    /** All label cells joined, compact: for context words such as 行政复议. */
    String allLabels() {
        StringBuilder b = new StringBuilder();
        for (Placed p : labels) {
            b.append(LabelText.compact(p.text()));
        }
        return b.toString();
    }

    /**
     * The row's values when it holds exactly {@code n} of them, or more where the extra ones lead and are blank (a
     * rowspan's empty cell in a tab-separated copy); null otherwise.
     */
    List<Placed> fit(int n) {
        if (values.size() == n) {
            return values;
        }
        if (values.size() > n) {
            for (int i = 0; i < values.size() - n; i++) {
                if (!values.get(i).value().isBlank()) {
                    return null;
                }
            }
            return values.subList(values.size() - n, values.size());
        }
        return null;
    }
}
