package org.ogireview.extract;

import org.ogireview.extract.TextTableLines.Cell;
import org.ogireview.extract.TextTableLines.Mode;

import java.util.ArrayList;
import java.util.List;

/** Empty cells of a table aligned with spaces, put back where the other rows' columns show them. */
final class AlignedBlanks {

    /** Space-aligned columns are inferred from at least this many rows of at least this many values. */
    private static final int MIN_ALIGNED_ROWS = 3;
    private static final int MIN_ALIGNED_COLUMNS = 3;

    private AlignedBlanks() {
    }

    /**
     * In a table aligned with spaces an empty cell leaves no trace but a wider gap. Where most rows hold the same
     * number of values (table 三's seven), a row between them with fewer values gets its values placed under the
     * columns they stand under, and empty cells where the others are missing.
     */
    static void fill(List<TextRowBuilder> region) {
        int[] counts = new int[region.size()];
        int[] frequency = new int[TextTableDetector.MAX_VERTICAL_CELLS + 1];
        for (int r = 0; r < region.size(); r++) {
            TextRowBuilder row = region.get(r);
            counts[r] = row.mode == Mode.SPACE && row.hasNumber ? trailingValues(row) : 0;
            if (counts[r] <= TextTableDetector.MAX_VERTICAL_CELLS) {
                frequency[counts[r]]++;
            }
        }
        int n = 0;
        for (int k = MIN_ALIGNED_COLUMNS; k <= TextTableDetector.MAX_VERTICAL_CELLS; k++) {
            if (frequency[k] >= MIN_ALIGNED_ROWS && frequency[k] > (n == 0 ? 0 : frequency[n])) {
                n = k;
            }
        }
        if (n == 0) {
            return;
        }
        int first = -1;
        int last = -1;
        List<double[]> centres = new ArrayList<>();
        for (int r = 0; r < region.size(); r++) {
            if (counts[r] == n) {
                first = first < 0 ? r : first;
                last = r;
                TextRowBuilder row = region.get(r);
                double[] c = new double[n];
                for (int i = 0; i < n; i++) {
                    Cell cell = row.cells.get(row.cells.size() - n + i);
                    c[i] = (cell.col() + cell.colEnd()) / 2.0;
                }
                centres.add(c);
            }
        }
        double[] column = new double[n];
        for (int i = 0; i < n; i++) {
            double[] at = new double[centres.size()];
            for (int k = 0; k < at.length; k++) {
                at[k] = centres.get(k)[i];
            }
            java.util.Arrays.sort(at);
            column[i] = at[at.length / 2];
        }
        double tolerance = Double.MAX_VALUE;
        for (int i = 1; i < n; i++) {
            tolerance = Math.min(tolerance, (column[i] - column[i - 1]) / 2);
        }
        for (double[] c : centres) {
            for (int i = 0; i < n; i++) {
                if (Math.abs(c[i] - column[i]) > tolerance) {
                    return; // the full rows are not aligned (PDF text with single spaces): no columns to go by
                }
            }
        }
        for (int r = first + 1; r < last; r++) {
            if (counts[r] > 0 && counts[r] < n) {
                place(region.get(r), counts[r], column, tolerance);
            }
        }
    }

    /** Puts a row's k values under the nearest of the columns, empty cells in the rest; leaves it when unsure. */
    private static void place(TextRowBuilder row, int k, double[] column, double tolerance) {
        int firstValue = row.cells.size() - k;
        int[] at = new int[k];
        int previous = -1;
        for (int v = 0; v < k; v++) {
            Cell cell = row.cells.get(firstValue + v);
            double centre = (cell.col() + cell.colEnd()) / 2.0;
            int best = -1;
            for (int i = 0; i < column.length; i++) {
                if (best < 0 || Math.abs(column[i] - centre) < Math.abs(column[best] - centre)) {
                    best = i;
                }
            }
            if (best <= previous || Math.abs(column[best] - centre) > tolerance) {
                return;
            }
            at[v] = best;
            previous = best;
        }
        List<Cell> cells = new ArrayList<>(row.cells.subList(0, firstValue));
        List<String> texts = new ArrayList<>(row.texts.subList(0, firstValue));
        int v = 0;
        int offset = firstValue > 0 ? row.cells.get(firstValue - 1).end() : row.cells.get(firstValue).start();
        for (int i = 0; i < column.length; i++) {
            if (v < k && at[v] == i) {
                Cell c = row.cells.get(firstValue + v);
                cells.add(c);
                texts.add(row.texts.get(firstValue + v));
                offset = c.end();
                v++;
            } else {
                cells.add(new Cell(offset, offset, 0, 0));
                texts.add("");
            }
        }
        row.cells.clear();
        row.cells.addAll(cells);
        row.texts.clear();
        row.texts.addAll(texts);
    }

    private static int trailingValues(TextRowBuilder row) {
        int k = 0;
        for (int i = row.texts.size() - 1; i >= 0 && CellValue.parse(row.texts.get(i)).isValue(); i--) {
            k++;
        }
        return k;
    }
}
