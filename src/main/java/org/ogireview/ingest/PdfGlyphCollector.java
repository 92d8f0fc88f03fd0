package org.ogireview.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The characters of a page as PDFBox places them (after it drops the doubled glyphs of fake bold), in our own
 * {@link Glyph}s; reading order is left to {@link PdfLayout}. Also counts glyphs that have no Unicode meaning,
 * which is how a garbled text layer shows itself.
 */
final class PdfGlyphCollector extends PDFTextStripper {

    private List<Glyph> glyphs = new ArrayList<>();
    private int pageIndex;
    private long shown;
    private long unmapped;

    PdfGlyphCollector() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /** The characters of one page (index from 0). */
    List<Glyph> collect(PDDocument doc, int index) throws IOException {
        glyphs = new ArrayList<>();
        tooDeep = false;
        pageIndex = index;
        setStartPage(index + 1);
        setEndPage(index + 1);
        writeText(doc, new StringWriter());
        return glyphs;
    }

    private boolean tooDeep;

    /**
     * PDFBox skips, without a word to the caller, a form nested more than 50 deep (forms drawing forms): the text in
     * it is lost. Noted here so the page's outcome says so instead of calling a page without glyphs a scan.
     */
    @Override
    public void increaseLevel() {
        super.increaseLevel();
        if (getLevel() > 50) {
            tooDeep = true;
        }
    }

    /** Whether the last page collected had content nested too deeply for PDFBox, which skipped it. */
    boolean tooDeep() {
        return tooDeep;
    }

    /** Glyphs drawn so far, white space included. */
    long shown() {
        return shown;
    }

    /** Glyphs drawn so far whose font gives no Unicode for them (no ToUnicode map, no standard encoding). */
    long unmapped() {
        return unmapped;
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        shown++;
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            // A simple font falls back to the raw code, a composite font's glyph is dropped: both are noise.
            unmapped++;
        } else if (font instanceof PDType0Font && unicode.codePointAt(0) < 0x20) {
            unmapped++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void writePage() {
        for (List<TextPosition> article : getCharactersByArticle()) {
            for (TextPosition tp : article) {
                Glyph g = toGlyph(tp);
                if (g != null) {
                    glyphs.add(g);
                }
            }
        }
    }

    private Glyph toGlyph(TextPosition tp) {
        String text = tp.getUnicode();
        if (text == null || text.isBlank()) {
            return null;
        }
        text = compatibilityFold(text);
        float size = tp.getFontSizeInPt();
        float height = tp.getHeightDir();
        if (!(size > 0.5f) || size > 200) {
            size = height > 0 ? height * 1.4f : 10f;
        }
        // Positions in the page's frame (after page rotation), not in the text's own direction: a label turned on
        // its side must still land in the table cell it is drawn in.
        float width = tp.getWidth();
        if (!(width > 0)) {
            width = size * 0.5f;
        }
        // Vertical labels and letter-spaced text give a glyph its advance plus the spacing; the glyph itself is
        // at most about one em wide, and its centre decides which table cell holds it.
        int turn = Math.floorMod(Math.round(tp.getDir()) - tp.getRotation(), 360);
        turn = turn == 90 || turn == 180 || turn == 270 ? turn : 0;
        if (turn != 0) {
            width = Math.max(Math.abs(tp.getWidthDirAdj()), 1f); // the advance runs along the turned text
        }
        width = Math.min(width, size * 1.1f);
        return new Glyph(text, pageIndex, tp.getX(), tp.getY(), width, size, turn);
    }

    /**
     * Kangxi radicals, CJK compatibility ideographs, parenthesised ideographs and Latin ligatures to their usual
     * characters: Word and WPS PDFs often map 一 to the radical ⼀, which looks the same but matches nothing.
     */
    static String compatibilityFold(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp >= 0x2E80 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFB00 && cp <= 0xFB4F
                    || cp >= 0x3220 && cp <= 0x3243 || cp >= 0x2F800 && cp <= 0x2FA1F) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
            i += Character.charCount(cp);
        }
        return s;
    }
}
