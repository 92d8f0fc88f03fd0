package org.ogireview.ingest;

/**
 * Character classes that decide where a space belongs when pieces of Chinese text are joined: between two
 * Chinese characters there is never a space (a line wrapped inside a cell, letter-spaced headers such as
 * "总 计"), between two Latin words or numbers there is one.
 */
final class Cjk {

    private Cjk() {
    }

    /** Han ideographs, CJK punctuation, full-width forms and the quotes/dashes Chinese text uses. */
    static boolean isCjk(int cp) {
        if (cp >= 0x2E80 && cp <= 0x9FFF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x20000 && cp <= 0x3FFFF) {
            return true;
        }
        return cp >= 0x2010 && cp <= 0x2027 || cp == 0x00B7 || cp == 0x2236;
    }

    static boolean endsCjk(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        return isCjk(Character.codePointBefore(s, s.length()));
    }

    static boolean startsCjk(CharSequence s) {
        return s.length() > 0 && isCjk(Character.codePointAt(s, 0));
    }

    /** True when joining {@code left} and {@code right} needs a space between them. */
    static boolean needsSpace(CharSequence left, CharSequence right) {
        if (left.length() == 0 || right.length() == 0) {
            return false;
        }
        if (Character.isWhitespace(left.charAt(left.length() - 1)) || Character.isWhitespace(right.charAt(0))) {
            return false;
        }
        return !endsCjk(left) && !startsCjk(right);
    }

    /** Joins two pieces of one cell or paragraph that the source broke over lines. */
    static String join(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
        }
        return needsSpace(left, right) ? left + " " + right : left + right;
    }
}
