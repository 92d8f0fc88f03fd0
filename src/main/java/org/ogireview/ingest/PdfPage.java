package org.ogireview.ingest;

import java.util.List;

/**
 * What one PDF page holds for the layout: its characters and its lines, in top-left page coordinates.
 *
 * @param index     page index from 0
 * @param width     page width in points (after rotation)
 * @param height    page height in points
 * @param glyphs    the characters, white space left out
 * @param rulings   horizontal and vertical lines
 * @param imageArea share of the page covered by images (a scan covers nearly all of it)
 */
record PdfPage(int index, float width, float height, List<Glyph> glyphs, List<Ruling> rulings, float imageArea) {

    PdfPage {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }
}
