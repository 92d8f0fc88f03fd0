package org.ogireview.ingest;

/**
 * A horizontal or vertical line on a page (a table border): a stroked path, a thin filled rectangle or the edge
 * of a shaded cell. Page coordinates from the top left, like {@link Glyph}.
 *
 * @param horizontal true for a horizontal line
 * @param position   y of a horizontal line, x of a vertical one
 * @param from       start along the line (left x or top y)
 * @param to         end along the line
 */
record Ruling(boolean horizontal, float position, float from, float to) {

    Ruling {
        if (from > to) {
            float t = from;
            from = to;
            to = t;
        }
    }

    float length() {
        return to - from;
    }

    Ruling shifted(float dy) {
        return horizontal ? new Ruling(true, position + dy, from, to) : new Ruling(false, position, from + dy, to + dy);
    }

    /** True when this line and another (of the other direction) cross or touch, within {@code tol} points. */
    boolean meets(Ruling other, float tol) {
        Ruling h = horizontal ? this : other;
        Ruling v = horizontal ? other : this;
        return v.position >= h.from - tol && v.position <= h.to + tol && h.position >= v.from - tol
                && h.position <= v.to + tol;
    }

    /** Length of this line inside [a, b] along its direction. */
    float covered(float a, float b) {
        return Math.max(0, Math.min(to, b) - Math.max(from, a));
    }
}
