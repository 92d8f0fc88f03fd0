package org.ogireview.gui.document;

import org.ogireview.extract.NormalizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a phrase stands in the report text, for the find bar (Ctrl+F) and for the list's text search: Traditional
 * and Simplified characters, full- and half-width digits and letters, and upper and lower case all match each
 * other. Folding keeps one character for one, so the hits are offsets in the text as shown.
 */
public final class ReportFind {

    private ReportFind() {
    }

    /** Every occurrence of the phrase, as [start, end) pairs in order; none for a blank phrase. */
    public static List<int[]> hits(String text, String phrase) {
        List<int[]> out = new ArrayList<>();
        if (text == null || phrase == null || phrase.isBlank()) {
            return out;
        }
        String hay = fold(text);
        String needle = fold(phrase.strip());
        int at = hay.indexOf(needle);
        while (at >= 0) {
            out.add(new int[] {at, at + needle.length()});
            at = hay.indexOf(needle, at + needle.length());
        }
        return out;
    }

    private static String fold(String s) {
        return NormalizedText.foldAll(s).toLowerCase(Locale.ROOT);
    }
}
