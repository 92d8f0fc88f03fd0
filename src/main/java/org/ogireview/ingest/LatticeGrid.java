package org.ogireview.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The cells of a table drawn with lines, possibly continued over pages: column edges are the vertical lines,
 * row edges the horizontal ones, and a cell spans the slots no line separates. The parts of a table broken by a
 * page break are stacked (each part moved up to the end of the one before), so one grid covers them all; a cell
 * cut by the break is joined again (see {@link #joinAcrossBreaks}).
 */
final class LatticeGrid {

    /** Lines closer than this are one edge. */
    private static final float EDGE = 2.5f;

    /** One page's part of a table, and how far it is moved down to follow the part before. */
    record Part(LatticeRegion region, List<Glyph> glyphs, float dy) {
    }

    /** A cell: grid position, spans, and the characters inside. */
    static final class Cell {
        int row;
        int col;
        int rowSpan = 1;
        int colSpan = 1;
        final List<Glyph> glyphs = new ArrayList<>();

        String rawText() {
            StringBuilder sb = new StringBuilder();
            for (Glyph g : glyphs) {
                sb.append(g.text());
            }
            return sb.toString();
        }

        boolean isEmpty() {
            return glyphs.isEmpty();
        }

        boolean isNumber() {
            String t = rawText();
            return !t.isEmpty() && t.matches("[-+−－]?[0-9０-９.,，．%％]+");
        }

        int lastRow() {
            return row + rowSpan - 1;
        }
    }

    private final float[] xs;
    private final float[] ys;
    private final List<Cell> cells;
    private final float[] joins;

    private LatticeGrid(float[] xs, float[] ys, List<Cell> cells, float[] joins) {
        this.xs = xs;
        this.ys = ys;
        this.cells = cells;
        this.joins = joins;
    }

    static LatticeGrid build(List<Part> parts) {
        List<Ruling> lines = new ArrayList<>();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float[] joins = new float[parts.size() - 1];
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            for (Ruling r : p.region().rulings()) {
                lines.add(r.shifted(p.dy()));
            }
            left = Math.min(left, p.region().left());
            right = Math.max(right, p.region().right());
            top = Math.min(top, p.region().top() + p.dy());
            bottom = Math.max(bottom, p.region().bottom() + p.dy());
            if (i > 0) {
                joins[i - 1] = p.region().top() + p.dy();
            }
        }
        lines = LatticeRegion.merge(lines);
        List<Float> xv = new ArrayList<>(List.of(left, right));
        List<Float> yv = new ArrayList<>(List.of(top, bottom));
        for (Ruling r : lines) {
            (r.horizontal() ? yv : xv).add(r.position());
        }
        float[] xs = edges(xv);
        float[] ys = edges(yv);
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        boolean[][] vLine = new boolean[rows][cols + 1];
        boolean[][] hLine = new boolean[rows + 1][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c <= cols; c++) {
                vLine[r][c] = coverage(lines, false, xs[c], ys[r], ys[r + 1]) >= 0.5f;
            }
        }
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c < cols; c++) {
                hLine[r][c] = coverage(lines, true, ys[r], xs[c], xs[c + 1]) >= 0.5f;
            }
        }
        List<Cell> cells = cells(rows, cols, vLine, hLine);
        Cell[][] owner = owners(cells, rows, cols);
        for (Part p : parts) {
            for (Glyph g : p.glyphs()) {
                int c = slot(xs, g.centerX());
                int r = slot(ys, g.centerY() + p.dy());
                owner[r][c].glyphs.add(g);
            }
        }
        LatticeGrid grid = new LatticeGrid(xs, ys, cells, joins);
        grid.joinAcrossBreaks();
        return grid;
    }

    /** Edge positions: clustered, sorted, slivers between double lines dropped. */
    private static float[] edges(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        List<Float> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            float sum = sorted.get(i);
            while (j + 1 < sorted.size() && sorted.get(j + 1) - sorted.get(j) <= EDGE) {
                j++;
                sum += sorted.get(j);
            }
            out.add(sum / (j - i + 1));
            i = j + 1;
        }
        float[] a = new float[out.size()];
        for (int k = 0; k < a.length; k++) {
            a[k] = out.get(k);
        }
        return a;
    }

    /** Share of [from, to] that lines at {@code position} cover. */
    private static float coverage(List<Ruling> lines, boolean horizontal, float position, float from, float to) {
        float covered = 0;
        for (Ruling r : lines) {
            if (r.horizontal() == horizontal && Math.abs(r.position() - position) <= EDGE) {
                covered += r.covered(from, to);
            }
        }
        return to > from ? covered / (to - from) : 1f;
    }

    /** Slots joined into cells wherever no line separates them; each cell a rectangle. */
    private static List<Cell> cells(int rows, int cols, boolean[][] vLine, boolean[][] hLine) {
        Cell[][] owner = new Cell[rows][cols];
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (owner[r][c] != null) {
                    continue;
                }
                int c2 = c;
                while (c2 + 1 < cols && !vLine[r][c2 + 1] && owner[r][c2 + 1] == null) {
                    c2++;
                }
                int r2 = r;
                while (r2 + 1 < rows && canGrowDown(owner, vLine, hLine, r2 + 1, c, c2)) {
                    r2++;
                }
                Cell cell = new Cell();
                cell.row = r;
                cell.col = c;
                cell.rowSpan = r2 - r + 1;
                cell.colSpan = c2 - c + 1;
                for (int rr = r; rr <= r2; rr++) {
                    for (int cc = c; cc <= c2; cc++) {
                        owner[rr][cc] = cell;
                    }
                }
                cells.add(cell);
            }
        }
        return cells;
    }

    private static boolean canGrowDown(Cell[][] owner, boolean[][] vLine, boolean[][] hLine, int r, int c, int c2) {
        for (int cc = c; cc <= c2; cc++) {
            if (hLine[r][cc] || owner[r][cc] != null) {
                return false;
            }
            if (cc > c && vLine[r][cc]) {
                return false;
            }
        }
        return true;
    }

    private static Cell[][] owners(List<Cell> cells, int rows, int cols) {
        Cell[][] owner = new Cell[rows][cols];
        for (Cell cell : cells) {
            for (int r = cell.row; r <= cell.lastRow(); r++) {
                for (int c = cell.col; c < cell.col + cell.colSpan; c++) {
                    owner[r][c] = cell;
                }
            }
        }
        return owner;
    }

    private static int slot(float[] edges, float v) {
        int i = Arrays.binarySearch(edges, v);
        int slot = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(edges.length - 2, slot));
    }

    /**
     * Joins cells a page break cut in two. Where the break has no line, the grid already joined them. Where both
     * pages draw a line: a row label repeated on the next page (whole, or the part of it that fits) is one cell
     * with the label above (the repeat is left out of the text); an empty cell below a label continues that label (a row label spanning rows, such as
     * 三、本年度办理结果, running on); and a whole row is joined when the part below holds no figure and no new item,
     * while the part above holds figures (a row whose label wrapped over the break).
     */
    private void joinAcrossBreaks() {
        for (float join : joins) {
            int below = -1;
            for (int r = 0; r < ys.length - 1; r++) {
                if (Math.abs(ys[r] - join) <= EDGE) {
                    below = r;
                    break;
                }
            }
            if (below <= 0) {
                continue; // no line at the break: cells already run through it
            }
            int rowBelow = below;
            List<Cell> under = new ArrayList<>(cells.stream().filter(c -> c.row == rowBelow).toList());
            List<Cell> over = cells.stream().filter(c -> c.lastRow() == rowBelow - 1).toList();
            boolean wholeRow = over.stream().anyMatch(Cell::isNumber) && under.stream().noneMatch(Cell::isNumber)
                    && under.stream().anyMatch(Cell::isEmpty)
                    && under.stream().noneMatch(u -> startsNewItem(u) || repeats(u, over));
            for (Cell u : under) {
                Cell o = over.stream().filter(c -> c.col == u.col && c.colSpan == u.colSpan).findFirst().orElse(null);
                if (o == null) {
                    continue;
                }
                boolean repeated = !u.isEmpty() && !u.isNumber() && !o.isNumber() && text(o).contains(text(u));
                boolean labelContinues = u.isEmpty() && !o.isEmpty() && !o.isNumber();
                if (wholeRow || repeated || labelContinues) {
                    o.rowSpan += u.rowSpan;
                    if (!repeated) {
                        o.glyphs.addAll(u.glyphs);
                    }
                    cells.remove(u);
                }
            }
        }
    }

    private static String text(Cell c) {
        return c.rawText().replaceAll("\\s+", "");
    }

    private static boolean repeats(Cell u, List<Cell> over) {
        return !u.isEmpty() && over.stream().anyMatch(o -> o.col == u.col && !o.isNumber() && text(o).contains(text(u)));
    }

    /** Text that opens an item of its own: 1. 2、 （三） 四、 (2) — not the tail of a label cut by the break. */
    private static boolean startsNewItem(Cell c) {
        List<Glyph> sorted = new ArrayList<>(c.glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        StringBuilder sb = new StringBuilder();
        for (Glyph g : sorted) {
            sb.append(g.text());
        }
        return sb.toString().matches("^\\s*([0-9０-９]{1,2}\\s*[.．、]|[（(][一二三四五六七八九十0-9]{1,3}[）)]"
                + "|[一二三四五六七八九十]{1,3}、).*");
    }

    /** The y (in stacked coordinates) where each continued part begins. */
    float[] joins() {
        return joins;
    }

    float rowTop(int row) {
        return ys[row];
    }

    int rowCount() {
        return ys.length - 1;
    }

    List<Cell> cells() {
        return cells;
    }

    /** Cells that hold text. */
    int textCells() {
        return (int) cells.stream().filter(c -> !c.isEmpty()).count();
    }

    /** True when the grid is a real table: at least two rows and two columns hold text. */
    boolean isTable() {
        long rowsWithText = cells.stream().filter(c -> !c.isEmpty()).mapToInt(c -> c.row).distinct().count();
        long colsWithText = cells.stream().filter(c -> !c.isEmpty()).mapToInt(c -> c.col).distinct().count();
        return rowsWithText >= 2 && colsWithText >= 2;
    }

    /**
     * The rows to write, top to bottom, each with the cells that start in it. Rows where no cell with text starts
     * are left out, and row spans count only the rows kept; an empty cell starting in a row left out starts in the
     * next kept row it covers.
     */
    List<List<Cell>> keptRows(List<Integer> rowIndexOut) {
        int rows = rowCount();
        boolean[] keep = new boolean[rows];
        for (Cell c : cells) {
            if (!c.isEmpty()) {
                keep[c.row] = true;
            }
        }
        int[] keptBefore = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            keptBefore[r + 1] = keptBefore[r] + (keep[r] ? 1 : 0);
        }
        List<List<Cell>> out = new ArrayList<>();
        List<Cell>[] byRow = byRow(rows, keep);
        for (int r = 0; r < rows; r++) {
            if (!keep[r]) {
                continue;
            }
            List<Cell> row = byRow[r];
            row.sort(Comparator.comparingInt(c -> c.col));
            for (Cell c : row) {
                c.rowSpan = Math.max(1, keptBefore[c.row + c.rowSpan] - keptBefore[c.row]);
            }
            out.add(row);
            rowIndexOut.add(r);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Cell>[] byRow(int rows, boolean[] keep) {
        List<Cell>[] byRow = new List[rows];
        for (int r = 0; r < rows; r++) {
            byRow[r] = new ArrayList<>();
        }
        for (Cell c : cells) {
            int start = c.row;
            while (start <= c.lastRow() && !keep[start]) {
                start++;
            }
            if (start > c.lastRow()) {
                continue;
            }
            c.rowSpan -= start - c.row;
            c.row = start;
            byRow[start].add(c);
        }
        return byRow;
    }
}
