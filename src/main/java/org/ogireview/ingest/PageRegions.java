package org.ogireview.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where stretches of a PDF report's text are printed, from the character boxes the reader kept: a stretch becomes
 * one rectangle per printed line (a label and its number wrapped over two lines are two rectangles, not one tall
 * box over the neighbouring text), and a point on a page finds the stretch printed there.
 */
public final class PageRegions {

    /** How far (points) a click may miss a figure's box and still hit it: half a small character. */
    public static final float TOLERANCE = 3f;

    private static final PageRegions NONE = new PageRegions(List.of());

    private final List<PageBox> boxes;

    private PageRegions(List<PageBox> boxes) {
        this.boxes = boxes;
    }

    public static PageRegions of(List<PageBox> boxes) {
        List<PageBox> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingInt(PageBox::start).thenComparingInt(PageBox::end));
        return new PageRegions(List.copyOf(sorted));
    }

    /** No positions known (a text or HTML report, or a PDF whose text no longer matches the stored one). */
    public static PageRegions none() {
        return NONE;
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    /**
     * The rectangles of the text [start, end), one per page and printed line, in reading order; empty when none of
     * its characters has a box (the text between table cells, or a span past the end).
     */
    public List<PageRect> rectsOf(int start, int end) {
        List<PageRect> out = new ArrayList<>();
        for (int i = firstEndingAfter(start); i < boxes.size() && boxes.get(i).start() < end; i++) {
            PageBox b = boxes.get(i);
            if (b.end() <= start) {
                continue;
            }
            PageRect r = PageRect.of(b);
            int line = lineOf(out, r);
            if (line < 0) {
                out.add(r);
            } else {
                out.set(line, out.get(line).union(r));
            }
        }
        return out;
    }

    /**
     * The key whose rectangles take the point (page, x, y): among those containing it, allowing {@link #TOLERANCE},
     * the nearest, and of equally near ones the smallest (a cell's figure before a row's total spanning it).
     */
    public static <K> Optional<K> hit(Map<K, List<PageRect>> regions, int page, float x, float y) {
        K best = null;
        float bestDistance = Float.MAX_VALUE;
        float bestArea = Float.MAX_VALUE;
        for (Map.Entry<K, List<PageRect>> e : regions.entrySet()) {
            for (PageRect r : e.getValue()) {
                if (r.page() != page) {
                    continue;
                }
                float d = r.distance(x, y);
                if (d > TOLERANCE) {
                    continue;
                }
                if (d < bestDistance - 0.01f || (Math.abs(d - bestDistance) <= 0.01f && r.area() < bestArea)) {
                    best = e.getKey();
                    bestDistance = d;
                    bestArea = r.area();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Index of the first box that ends after {@code offset} (boxes are sorted and do not overlap). */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = boxes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (boxes.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The rectangle already collected for the printed line r stands on, -1 when r starts a new line. */
    private static int lineOf(List<PageRect> lines, PageRect r) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).sameLine(r)) {
                return i;
            }
        }
        return -1;
    }
}
