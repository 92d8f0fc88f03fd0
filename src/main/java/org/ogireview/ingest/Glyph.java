package org.ogireview.ingest;

/**
 * One character drawn on a PDF page, in points from the page's top left corner (after page rotation).
 *
 * @param text     its text (usually one character; a ligature gives more)
 * @param page     page index from 0
 * @param x        left edge
 * @param baseline baseline y
 * @param width    advance width
 * @param size     font size in points, as drawn
 */
record Glyph(String text, int page, float x, float baseline, float width, float size) {

    /** Ascent and descent as shares of the font size: enough to box a Chinese character for highlighting. */
    private static final float ASCENT = 0.88f;
    private static final float DESCENT = 0.12f;

    float right() {
        return x + width;
    }

    float top() {
        return baseline - size * ASCENT;
    }

    float bottom() {
        return baseline + size * DESCENT;
    }

    float centerX() {
        return x + width / 2;
    }

    /** The middle of the character's body, which decides the table cell it belongs to. */
    float centerY() {
        return baseline - size * 0.38f;
    }

    PageBox box(int start, int end) {
        return new PageBox(start, end, page, x, top(), width, size);
    }

    /** The same glyph moved down by dy (a table continued from the previous page is stacked below it). */
    Glyph shifted(float dy) {
        return dy == 0 ? this : new Glyph(text, page, x, baseline + dy, width, size);
    }
}
