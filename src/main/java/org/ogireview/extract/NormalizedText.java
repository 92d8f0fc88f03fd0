package org.ogireview.extract;

import com.ibm.icu.text.Transliterator;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The report text as the extractor matches it: Traditional characters folded to Simplified, full-width digits,
 * letters and punctuation folded to ASCII, ideographic spaces to plain spaces.
 *
 * <p>Every character maps to exactly one character, so an offset in the normalised text is the same offset in
 * the original: spans found here point straight at the text the user sees. A Traditional character whose
 * Simplified form is longer than one character (rare) is left as it is.
 */
public final class NormalizedText {

    private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
    /** Per-character memo: the transliterator is far too slow to run character by character on every report. */
    private static final ConcurrentHashMap<Character, Character> MEMO = new ConcurrentHashMap<>();

    private final String original;
    private final String normalized;

    private NormalizedText(String original, String normalized) {
        this.original = original;
        this.normalized = normalized;
    }

    public static NormalizedText of(String original) {
        char[] out = original.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(out[i]);
        }
        return new NormalizedText(original, new String(out));
    }

    /** The one-character normal form of c. */
    public static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0); // full-width ASCII block
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        if (c < 0x2E80 || Character.isSurrogate(c)) {
            return c;
        }
        return MEMO.computeIfAbsent(c, NormalizedText::simplify);
    }

    private static Character simplify(Character c) {
        String s;
        synchronized (T2S) {
            s = T2S.transliterate(String.valueOf(c));
        }
        return s.length() == 1 ? s.charAt(0) : c;
    }

    /** Folds a whole string the same way (for labels and patterns). */
    public static String foldAll(String s) {
        return of(s).normalized();
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    public int length() {
        return normalized.length();
    }

    /** The original text of a span, for snippets the user recognises. */
    public String originalSlice(int start, int end) {
        return original.substring(Math.max(0, start), Math.min(original.length(), end));
    }
}
