package org.ogireview.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables drawn without lines, found from how the text of consecutive lines lines up. A line split by wide gaps
 * into a label and numbers is a data row; the number columns are clusters of the numbers' x-ranges across the
 * rows; lines above the first row with text over those columns are the header (cells wrapped over several lines
 * are joined per column); a label line that floats between rows belongs to the nearest row when it continues that
 * row's label, and is a row of its own (a group label such as （三）不予公开) when it stands further left.
 */
final class StreamTables {

    private static final Pattern NUMBER = Pattern.compile("[-+−－]?[0-9０-９][0-9０-９,，.．]*[%％]?");
    /** A gap this many ems wide separates two cells. */
    private static final float CELL_GAP = 1.5f;
    /** At most this many lines above the first data row are read as the header. */
    private static final int MAX_HEADER_LINES = 8;

    record Found(float top, List<PdfLines.Line> lines, List<DocumentBuilder.TableItem> items) {
    }

    /** A run of glyphs within one line with no wide gap inside: one cell's text on that line. */
    private record Segment(List<Glyph> glyphs, float left, float right, String text) {

        boolean numeric() {
            return NUMBER.matcher(text).matches();
        }

        float center() {
            return (left + right) / 2;
        }

        Run run() {
            return PdfLines.run(glyphs);
        }
    }

    private record Row(PdfLines.Line line, List<Segment> segments) {

        boolean isData() {
            return segments.size() >= 2 && segments.stream().skip(1).anyMatch(Segment::numeric);
        }

        float center() {
            return (line.top() + line.bottom()) / 2;
        }

        float height() {
            return line.bottom() - line.top();
        }
    }

    private record Column(float left, float right) {
    }

    /** A row to write and the height it stands at. */
    private record RowAt(float y, DocumentBuilder.Row row) {
    }

    /** Part of a row label and the height it stands at. */
    private record Piece(float y, Run run) {
    }

    private StreamTables() {
    }

    static List<Found> find(List<PdfLines.Line> lines, PdfPage page, PageFurniture furniture) {
        List<Row> rows = new ArrayList<>();
        for (PdfLines.Line l : lines) {
            if (!furniture.is(l, page)) {
                rows.add(new Row(l, segments(l)));
            }
        }
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (!rows.get(i).isData()) {
                i++;
                continue;
            }
            int end = blockEnd(rows, i);
            long dataRows = rows.subList(i, end + 1).stream().filter(Row::isData).count();
            if (dataRows >= 2) {
                Found f = build(rows, i, end);
                if (f != null) {
                    found.add(f);
                }
            }
            i = end + 1;
        }
        return found;
    }

    /** Index of the last data row of the block that starts at {@code start}. */
    private static int blockEnd(List<Row> rows, int start) {
        int lastData = start;
        float labelLimit = firstNumberLeft(rows.get(start));
        for (int j = start + 1; j < rows.size(); j++) {
            Row prev = rows.get(j - 1);
            Row r = rows.get(j);
            if (r.line().top() - prev.line().bottom() > 3 * Math.max(prev.height(), r.height())) {
                break;
            }
            if (r.isData()) {
                lastData = j;
                labelLimit = Math.min(labelLimit, firstNumberLeft(r));
            } else if (!isLabelOnly(r, labelLimit)) {
                break;
            }
        }
        return lastData;
    }

    private static boolean isLabelOnly(Row r, float labelLimit) {
        return r.segments().size() == 1 && !r.segments().get(0).numeric()
                && r.segments().get(0).right() <= labelLimit + 2 && r.segments().get(0).text().length() <= 40;
    }

    private static float firstNumberLeft(Row r) {
        for (Segment s : r.segments()) {
            if (s.numeric()) {
                return s.left();
            }
        }
        return Float.MAX_VALUE;
    }

    private static Found build(List<Row> rows, int start, int end) {
        List<Column> columns = columns(rows.subList(start, end + 1));
        if (columns.isEmpty()) {
            return null;
        }
        float labelRight = columns.get(0).left();
        List<PdfLines.Line> used = new ArrayList<>();
        List<DocumentBuilder.TableItem> items = new ArrayList<>();
        int headerStart = headerStart(rows, start, labelRight);
        if (headerStart < start) {
            items.add(header(rows.subList(headerStart, start), columns));
            rows.subList(headerStart, start).forEach(r -> used.add(r.line()));
        }
        List<Row> data = new ArrayList<>();
        List<Row> floating = new ArrayList<>();
        for (Row r : rows.subList(start, end + 1)) {
            used.add(r.line());
            (r.isData() ? data : floating).add(r);
        }
        // each data row's label pieces, by height: its own, and floating lines that continue it
        List<List<Piece>> labels = new ArrayList<>();
        List<Float> labelLeft = new ArrayList<>();
        for (Row d : data) {
            List<Piece> pieces = new ArrayList<>();
            float left = Float.MAX_VALUE;
            for (Segment s : d.segments()) {
                if (s.right() <= labelRight + 2) {
                    pieces.add(new Piece(d.center(), s.run()));
                    left = Math.min(left, s.left());
                }
            }
            labels.add(pieces);
            labelLeft.add(left);
        }
        List<Row> groupRows = new ArrayList<>();
        for (Row f : floating) {
            int nearest = 0;
            for (int k = 1; k < data.size(); k++) {
                if (Math.abs(data.get(k).center() - f.center()) < Math.abs(data.get(nearest).center() - f.center())) {
                    nearest = k;
                }
            }
            Segment s = f.segments().get(0);
            float em = s.glyphs().get(0).size();
            if (labels.get(nearest).isEmpty() || Math.abs(s.left() - labelLeft.get(nearest)) <= em) {
                labels.get(nearest).add(new Piece(f.center(), s.run()));
                labelLeft.set(nearest, Math.min(labelLeft.get(nearest), s.left()));
            } else {
                groupRows.add(f);
            }
        }
        List<RowAt> ordered = new ArrayList<>();
        for (int k = 0; k < data.size(); k++) {
            List<DocumentBuilder.Cell> cells = new ArrayList<>();
            Run label = Run.EMPTY;
            List<Piece> pieces = new ArrayList<>(labels.get(k));
            pieces.sort(Comparator.comparingDouble(Piece::y));
            for (Piece piece : pieces) {
                label = label.join(piece.run());
            }
            cells.add(new DocumentBuilder.Cell(label));
            cells.addAll(valueCells(data.get(k), columns, labelRight));
            ordered.add(new RowAt(data.get(k).center(), new DocumentBuilder.Row(cells)));
        }
        for (Row g : groupRows) {
            ordered.add(new RowAt(g.center(), new DocumentBuilder.Row(
                    List.of(new DocumentBuilder.Cell(g.segments().get(0).run())))));
        }
        ordered.sort(Comparator.comparingDouble(RowAt::y));
        ordered.forEach(r -> items.add(r.row()));
        float top = rows.get(headerStart).line().top();
        return new Found(top, used, items);
    }

    /** Number columns: the x-ranges of the numbers of all data rows, overlapping ranges merged. */
    private static List<Column> columns(List<Row> rows) {
        List<Segment> numbers = new ArrayList<>();
        for (Row r : rows) {
            if (r.isData()) {
                for (int k = 0; k < r.segments().size(); k++) {
                    Segment s = r.segments().get(k);
                    if (s.numeric() && (k > 0 || r.segments().stream().allMatch(Segment::numeric))) {
                        numbers.add(s);
                    }
                }
            }
        }
        numbers.sort(Comparator.comparingDouble(Segment::left));
        List<Column> columns = new ArrayList<>();
        for (Segment s : numbers) {
            Column last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && s.left() <= last.right() + 1) {
                columns.set(columns.size() - 1, new Column(last.left(), Math.max(last.right(), s.right())));
            } else {
                columns.add(new Column(s.left(), s.right()));
            }
        }
        return columns;
    }

    /** The column a segment belongs to: the one it overlaps most, else the nearest. */
    private static int columnOf(Segment s, List<Column> columns) {
        int best = 0;
        float bestScore = -Float.MAX_VALUE;
        for (int k = 0; k < columns.size(); k++) {
            Column c = columns.get(k);
            float overlap = Math.min(s.right(), c.right()) - Math.max(s.left(), c.left());
            float score = overlap > 0 ? overlap : -Math.abs(s.center() - (c.left() + c.right()) / 2);
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return best;
    }

    private static List<DocumentBuilder.Cell> valueCells(Row r, List<Column> columns, float labelRight) {
        Run[] values = new Run[columns.size()];
        for (Segment s : r.segments()) {
            if (s.right() <= labelRight + 2) {
                continue;
            }
            int k = columnOf(s, columns);
            values[k] = values[k] == null ? s.run() : values[k].join(s.run());
        }
        List<DocumentBuilder.Cell> cells = new ArrayList<>();
        for (Run v : values) {
            cells.add(new DocumentBuilder.Cell(v == null ? Run.EMPTY : v));
        }
        return cells;
    }

    /** First line of the header above the data row at {@code start}: lines of short pieces, close together. */
    private static int headerStart(List<Row> rows, int start, float labelRight) {
        int h = start;
        while (h > 0 && start - h < MAX_HEADER_LINES) {
            Row above = rows.get(h - 1);
            Row below = rows.get(h);
            if (below.line().top() - above.line().bottom() > 2.5f * Math.max(above.height(), below.height())) {
                break;
            }
            boolean shortPieces = above.segments().stream().allMatch(s -> s.text().length() <= 25);
            boolean overColumns = above.segments().stream().anyMatch(s -> s.center() > labelRight);
            if (!shortPieces || !overColumns || above.isData()) {
                break;
            }
            h--;
        }
        return h;
    }

    /** The header lines as one row: each piece under the column its centre stands over, joined top to bottom. */
    private static DocumentBuilder.Row header(List<Row> lines, List<Column> columns) {
        Run[] cells = new Run[columns.size() + 1];
        float[] bounds = new float[columns.size() + 1];
        bounds[0] = columns.get(0).left();
        for (int k = 1; k < columns.size(); k++) {
            bounds[k] = (columns.get(k - 1).right() + columns.get(k).left()) / 2;
        }
        bounds[columns.size()] = Float.MAX_VALUE;
        for (Row r : lines) {
            for (Segment s : r.segments()) {
                int k = 0;
                if (s.center() >= bounds[0]) {
                    k = 1;
                    while (k < columns.size() && s.center() >= bounds[k]) {
                        k++;
                    }
                }
                cells[k] = cells[k] == null ? s.run() : cells[k].join(s.run());
            }
        }
        List<DocumentBuilder.Cell> out = new ArrayList<>();
        for (Run c : cells) {
            out.add(new DocumentBuilder.Cell(c == null ? Run.EMPTY : c));
        }
        return new DocumentBuilder.Row(out);
    }

    /** A line cut where the gap between glyphs is wider than {@link #CELL_GAP} ems. */
    private static List<Segment> segments(PdfLines.Line line) {
        List<Segment> out = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line.glyphs()) {
            if (prev != null && g.left() - prev.right() > CELL_GAP * Math.max(prev.size(), g.size())) {
                out.add(segment(current));
                current = new ArrayList<>();
            }
            current.add(g);
            prev = g;
        }
        if (!current.isEmpty()) {
            out.add(segment(current));
        }
        return out;
    }

    private static Segment segment(List<Glyph> glyphs) {
        Run run = PdfLines.run(glyphs);
        return new Segment(glyphs, glyphs.get(0).left(), glyphs.get(glyphs.size() - 1).right(),
                run.text().replace(" ", ""));
    }
}
