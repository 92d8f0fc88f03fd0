package org.ogireview.ingest;

/**
 * A rectangle on one PDF page, in points from the page's top left corner (as {@link PageBox}): where a line of a
 * figure's source is printed.
 *
 * @param page page index, from 0
 */
public record PageRect(int page, float x, float y, float width, float height) {

    public static PageRect of(PageBox b) {
        return new PageRect(b.page(), b.x(), b.y(), b.width(), b.height());
    }

    public float right() {
        return x + width;
    }

    public float bottom() {
        return y + height;
    }

    public float centerX() {
        return x + width / 2;
    }

    public float centerY() {
        return y + height / 2;
    }

    public float area() {
        return width * height;
    }

    /** The smallest rectangle holding both (both on this rectangle's page). */
    public PageRect union(PageRect o) {
        float left = Math.min(x, o.x);
        float top = Math.min(y, o.y);
        return new PageRect(page, left, top, Math.max(right(), o.right()) - left, Math.max(bottom(), o.bottom()) - top);
    }

    /** How far a point on this page lies outside the rectangle (0 inside or on the edge). */
    public float distance(float px, float py) {
        float dx = Math.max(0, Math.max(x - px, px - right()));
        float dy = Math.max(0, Math.max(y - py, py - bottom()));
        return (float) Math.hypot(dx, dy);
    }

    /** True when the vertical extents of the two overlap by at least half the lower one's height: one line. */
    boolean sameLine(PageRect o) {
        float overlap = Math.min(bottom(), o.bottom()) - Math.max(y, o.y);
        return page == o.page && overlap >= Math.min(height, o.height) / 2;
    }
}
