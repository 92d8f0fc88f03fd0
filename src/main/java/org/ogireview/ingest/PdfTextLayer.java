package org.ogireview.ingest;

import org.ogireview.model.UserText;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a PDF's text can be used: a scan has no characters at all, and a PDF whose fonts lack a Unicode map
 * (ToUnicode) gives glyph codes that mean nothing: replacement characters, private-use codes, control codes, or
 * glyphs PDFBox cannot name at all.
 *
 * @param needsManual the reason the report must be coded by hand, or null
 * @param warnings    what the user should know about a partly readable text layer
 */
record PdfTextLayer(UserText needsManual, List<UserText> warnings) {

    static final UserText NO_TEXT = new UserText("ingest.manual.noText");
    static final UserText GARBLED = new UserText("ingest.manual.garbled");

    /** Share of meaningless glyphs above which the text is garbled. */
    private static final double GARBLED_SHARE = 0.3;

    static PdfTextLayer assess(List<PdfPage> pages, long shown, long unmapped) {
        List<UserText> warnings = new ArrayList<>();
        long chars = 0;
        long bad = 0;
        long letters = 0;
        long han = 0;
        List<Integer> scanned = new ArrayList<>();
        for (PdfPage page : pages) {
            int onPage = 0;
            for (Glyph g : page.glyphs()) {
                for (int i = 0; i < g.text().length(); ) {
                    int cp = g.text().codePointAt(i);
                    i += Character.charCount(cp);
                    chars++;
                    onPage++;
                    if (isMeaningless(cp)) {
                        bad++;
                    } else if (Character.isLetter(cp)) {
                        letters++;
                        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                            han++;
                        }
                    }
                }
            }
            if (onPage == 0 && page.imageArea() > 0.3f) {
                scanned.add(page.index() + 1);
            }
        }
        long seen = Math.max(chars, shown);
        if (seen == 0 || chars == 0 && unmapped == 0) {
            return new PdfTextLayer(NO_TEXT, warnings);
        }
        double garbled = (double) (bad + unmapped) / Math.max(seen, 1);
        if (garbled > GARBLED_SHARE || chars < 10 && unmapped > 0) {
            return new PdfTextLayer(GARBLED, warnings);
        }
        if (letters >= 200 && han < letters * 0.05 && unmapped + bad > 0) {
            return new PdfTextLayer(GARBLED, warnings);
        }
        if (garbled > 0.02) {
            warnings.add(new UserText("ingest.pdfPartlyGarbled", TextDecoder.percent(garbled)));
        }
        if (!scanned.isEmpty()) {
            warnings.add(new UserText(scanned.size() > 1 ? "ingest.pagesScanned" : "ingest.pageScanned",
                    join(scanned)));
        }
        return new PdfTextLayer(null, warnings);
    }

    /** Replacement characters, private-use codes and control codes: what glyphs without a Unicode map become. */
    static boolean isMeaningless(int cp) {
        return cp == 0xFFFD || cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0xE000 && cp <= 0xF8FF)
                || cp >= 0xF0000;
    }

    private static String join(List<Integer> pages) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(pages.get(i));
        }
        return sb.toString();
    }
}
