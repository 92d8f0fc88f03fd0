package org.ogireview.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Characters to lines and lines to text: glyphs on one baseline form a line, read left to right; a space goes
 * where the gap between two glyphs is wide for their script (Chinese text is letter-spaced when justified, so
 * it takes a gap of a whole character to mean a space there).
 */
final class PdfLines {

    /** One visual line. */
    record Line(List<Glyph> glyphs, float top, float bottom, float baseline, float left, float right) {

        int page() {
            return glyphs.get(0).page();
        }

        Run run() {
            return PdfLines.run(glyphs);
        }

        String text() {
            return run().text();
        }
    }

    private PdfLines() {
    }

    /** Glyphs grouped into lines, top to bottom, each line's glyphs left to right. */
    static List<Line> group(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> current = null;
        float baseline = 0;
        float size = 0;
        for (Glyph g : sorted) {
            if (current != null && sameLine(baseline, size, g)) {
                current.add(g);
                continue;
            }
            current = new ArrayList<>();
            current.add(g);
            groups.add(current);
            baseline = g.baseline();
            size = g.size();
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> group : groups) {
            lines.add(line(group));
        }
        return lines;
    }

    private static boolean sameLine(float baseline, float size, Glyph g) {
        float tolerance = Math.max(1.0f, 0.3f * Math.min(size, g.size()));
        return Math.abs(g.baseline() - baseline) <= tolerance;
    }

    static Line line(List<Glyph> group) {
        List<Glyph> byX = new ArrayList<>(group);
        byX.sort(Comparator.comparingDouble(Glyph::x));
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        double baseSum = 0;
        for (Glyph g : byX) {
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.bottom());
            baseSum += g.baseline();
        }
        float right = -Float.MAX_VALUE;
        for (Glyph g : byX) {
            right = Math.max(right, g.right());
        }
        return new Line(byX, top, bottom, (float) (baseSum / byX.size()), byX.get(0).left(), right);
    }

    /** One line's glyphs (left to right) as text, each character boxed. */
    static Run run(List<Glyph> lineGlyphs) {
        StringBuilder text = new StringBuilder();
        List<PageBox> boxes = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : lineGlyphs) {
            if (prev != null && needsSpace(prev, g)) {
                text.append(' ');
            }
            int start = text.length();
            text.append(g.text());
            boxes.add(g.box(start, text.length()));
            prev = g;
        }
        return new Run(text.toString(), boxes);
    }

    /** Text turned on its side, read along its direction: upward for 90°, downward for 270°. */
    private static Run turnedRun(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        boolean upward = sorted.stream().filter(g -> g.turn() == 90).count() * 2 >= sorted.size();
        Comparator<Glyph> along = Comparator.comparingDouble(Glyph::centerY);
        sorted.sort(upward ? along.reversed() : along);
        StringBuilder text = new StringBuilder();
        List<PageBox> boxes = new ArrayList<>();
        for (Glyph g : sorted) {
            int start = text.length();
            text.append(g.text());
            boxes.add(g.box(start, text.length()));
        }
        return new Run(text.toString(), boxes);
    }

    static boolean needsSpace(Glyph prev, Glyph next) {
        float gap = next.left() - prev.right();
        float em = Math.max(prev.size(), next.size());
        boolean leftCjk = Cjk.endsCjk(prev.text());
        boolean rightCjk = Cjk.startsCjk(next.text());
        if (leftCjk && rightCjk) {
            return gap > 1.0f * em;
        }
        if (leftCjk || rightCjk) {
            return gap > 0.5f * em;
        }
        return gap > 0.2f * em;
    }

    /** Lines of one cell (top to bottom) as one piece of text: wrapped lines joined without a break. */
    static Run cellRun(List<Glyph> glyphs) {
        long turned = glyphs.stream().filter(g -> !g.upright()).count();
        if (turned > glyphs.size() / 2) {
            return turnedRun(glyphs);
        }
        Run out = Run.EMPTY;
        for (Line line : group(glyphs)) {
            out = out.join(line.run());
        }
        return out;
    }
}
