package org.ogireview.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the flowing text of a PDF as paragraphs: a line that runs to the right margin continues on the next line
 * when that one starts at the left margin (a new paragraph is indented, a heading starts with its number), also over
 * a page break. Positions tell this far more surely than the text alone (digits are narrower than Chinese, so a
 * full line of figures looks short). Page numbers met inside a paragraph are written after it.
 */
final class PdfParagraphs {

    private static final Pattern HEADING = Pattern.compile(
            "^\\s*([（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|[0-9]{1,2}[、.．](?![0-9])"
                    + "|第[一二三四五六七八九十0-9]{1,3}[章节部分条]|附件|附表)");

    private final DocumentBuilder out;
    private final float left;
    private final float right;
    private final List<PdfLines.Line> paragraph = new ArrayList<>();
    private final List<PdfLines.Line> deferred = new ArrayList<>();

    /** @param lines all flowing lines of the document, to learn its margins from */
    PdfParagraphs(DocumentBuilder out, List<PdfLines.Line> lines) {
        this.out = out;
        this.left = mode(lines, true);
        this.right = mode(lines, false);
    }

    /** A line of flowing text, in reading order. */
    void line(PdfLines.Line line) {
        if (!paragraph.isEmpty() && !continues(paragraph.get(paragraph.size() - 1), line)) {
            flush();
        }
        paragraph.add(line);
    }

    /** A page number or running header: held back while a paragraph may still run on past it. */
    void furniture(PdfLines.Line line) {
        if (paragraph.isEmpty()) {
            writeFurniture(line);
        } else {
            deferred.add(line);
        }
    }

    /** Ends the paragraph being written (a table or the end of the document follows). */
    void flush() {
        if (!paragraph.isEmpty()) {
            Run run = Run.EMPTY;
            for (PdfLines.Line l : paragraph) {
                run = run.join(l.run());
            }
            out.line(run);
            paragraph.clear();
        }
        for (PdfLines.Line l : deferred) {
            writeFurniture(l);
        }
        deferred.clear();
    }

    private void writeFurniture(PdfLines.Line line) {
        out.blankLine();
        out.line(line.run());
        out.blankLine();
    }

    /** True when {@code next} goes on with the paragraph whose last line is {@code last}. */
    boolean continues(PdfLines.Line last, PdfLines.Line next) {
        if (Float.isNaN(left) || Float.isNaN(right)) {
            return false;
        }
        float size = Math.max(size(last), size(next));
        if (Math.abs(size(last) - size(next)) > 0.15f * size) {
            return false;
        }
        if (next.page() == last.page()) {
            float pitch = next.baseline() - last.baseline();
            if (pitch <= 0 || pitch > 2.2f * size) {
                return false;
            }
        } else if (next.page() != last.page() + 1) {
            return false;
        }
        boolean full = last.right() >= right - 1.5f * size;
        boolean flush = next.left() <= left + 0.8f * size;
        return full && flush && !HEADING.matcher(next.text()).find();
    }

    private static float size(PdfLines.Line line) {
        float max = 0;
        for (Glyph g : line.glyphs()) {
            max = Math.max(max, g.size());
        }
        return max;
    }

    /** The most common left (or right) edge of lines of some length, to the nearest two points; NaN if none. */
    private static float mode(List<PdfLines.Line> lines, boolean leftEdge) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PdfLines.Line l : lines) {
            if (l.glyphs().size() >= 8) {
                counts.merge(Math.round((leftEdge ? l.left() : l.right()) / 2), 1, Integer::sum);
            }
        }
        int best = -1;
        int bestCount = 2; // an edge shared by at least three lines
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            int n = e.getValue() + counts.getOrDefault(e.getKey() - 1, 0) + counts.getOrDefault(e.getKey() + 1, 0);
            if (n > bestCount) {
                bestCount = n;
                best = e.getKey();
            }
        }
        return best < 0 ? Float.NaN : best * 2f;
    }
}
