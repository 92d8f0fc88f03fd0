package org.ogireview.ingest;

/**
 * One character drawn on a PDF page, in points from the page's top left corner (after page rotation).
 *
 * @param text     its text (usually one character; a ligature gives more)
 * @param page     page index from 0
 * @param x        x of the glyph's origin (its left edge for upright text)
 * @param baseline y of the glyph's origin (its baseline for upright text)
 * @param width    advance along the text direction
 * @param size     font size in points, as drawn
 * @param turn     the text direction against the page, in degrees: 0 upright, 90 turned to read bottom to top,
 *                 270 top to bottom, 180 upside down
 */
record Glyph(String text, int page, float x, float baseline, float width, float size, int turn) {

    /** Ascent and descent as shares of the font size: enough to box a Chinese character for highlighting. */
    private static final float ASCENT = 0.88f;
    private static final float DESCENT = 0.12f;

    Glyph(String text, int page, float x, float baseline, float width, float size) {
        this(text, page, x, baseline, width, size, 0);
    }

    boolean upright() {
        return turn == 0;
    }

    /** Left edge of the glyph's box on the page. */
    float left() {
        return switch (turn) {
            case 90 -> x - size * ASCENT;
            case 270 -> x - size * DESCENT;
            case 180 -> x - width;
            default -> x;
        };
    }

    float right() {
        return switch (turn) {
            case 90 -> x + size * DESCENT;
            case 270 -> x + size * ASCENT;
            case 180 -> x;
            default -> x + width;
        };
    }

    float top() {
        return switch (turn) {
            case 90 -> baseline - width;
            case 270 -> baseline;
            case 180 -> baseline - size * DESCENT;
            default -> baseline - size * ASCENT;
        };
    }

    float bottom() {
        return switch (turn) {
            case 90 -> baseline;
            case 270 -> baseline + width;
            case 180 -> baseline + size * ASCENT;
            default -> baseline + size * DESCENT;
        };
    }

    float centerX() {
        return (left() + right()) / 2;
    }

    /** The middle of the character's body, which decides the table cell it belongs to. */
    float centerY() {
        return upright() ? baseline - size * 0.38f : (top() + bottom()) / 2;
    }

    PageBox box(int start, int end) {
        return new PageBox(start, end, page, left(), top(), right() - left(), bottom() - top());
    }

    /** The same glyph moved down by dy (a table continued from the previous page is stacked below it). */
    Glyph shifted(float dy) {
        return dy == 0 ? this : new Glyph(text, page, x, baseline + dy, width, size, turn);
    }
}
