package org.ogireview.extract;

import java.util.Locale;

/**
 * Text as the search compares it: Traditional folded to Simplified and full-width to ASCII (as the extractor reads
 * reports), letters in lower case, and no whitespace at all, since a PDF's text layer breaks lines and spaces out
 * characters anywhere ("政府信息\n公开", "政 府"). A phrase is found when its folded form is in the folded text.
 *
 * <p>The store keeps each report's text folded this way and compares folded phrases only: the import pipeline
 * folds the text it hands the store, and whoever searches folds the phrase first.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String folded = NormalizedText.foldAll(s);
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** True when the folded phrase is in the text (both folded here; blank phrases match everything). */
    public static boolean contains(String text, String phrase) {
        return fold(text).contains(fold(phrase));
    }
}
