package org.ogireview.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Row and column labels as the standard-table readers compare them: folded (Traditional to Simplified, full-width
 * to ASCII), without spaces (PDF text puts them anywhere: "三 、本 年 度办 理 结果"), quotes and numbering marks, and a
 * similarity that survives OCR slips ("其他法律行政止公开" for 其他法律行政法规禁止公开).
 */
final class LabelText {

    /** Leading numbering marks, possibly several: 三、 （一） 1. 1、 ① (folded: brackets are ASCII). */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\(\\d{1,2}\\)|\\d{1,2}[.、](?!\\d)|[①-⑳])+");
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})[.、](?!\\d)");
    private static final Pattern INNER_ITEM = Pattern.compile("(?<!\\d)\\d{1,2}[.、](?=[^\\d.])");
    private static final Pattern GROUP = Pattern.compile("^\\(([一二三四五六七八九十]+)\\)");
    /**
     * Pinyin a mirror site printed in brackets after a character, its ruby text flattened ("規(guī)章",
     * "項(xiàng)"): no part of the label.
     */
    private static final Pattern RUBY = Pattern.compile(
            "(?<=[\\u4e00-\\u9fff])\\([a-z\\u00e0-\\u00fc\\u0101-\\u01dc\\u0144\\u0148\\u01f9\\u1e3f]{1,7}\\)");
    /** Longest label compared character by character; template labels are shorter. */
    private static final int MAX_COMPARED = 48;

    private LabelText() {
    }

    /** Folded, without whitespace and quotes; numbering kept. */
    static String compact(String s) {
        if (s == null) {
            return "";
        }
        String f = withoutRuby(NormalizedText.foldAll(s));
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’'
                    || c == '·' || c == '*' || c == '…') {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** The text without pinyin printed in brackets after its characters (a mirror's flattened ruby). */
    static String withoutRuby(String s) {
        return s.indexOf('(') < 0 ? s : RUBY.matcher(s).replaceAll("");
    }

    /** {@link #compact} without the leading numbering: the words of a label. */
    static String words(String s) {
        String c = compact(s);
        Matcher m = NUMBERING.matcher(c);
        return m.lookingAt() ? c.substring(m.end()) : c;
    }

    /**
     * The words after an item number standing inside a label ("果3.其他" -> "其他", "三、本年8.属于行政查询事项" ->
     * "属于行政查询事项"), or null when the label holds none after its start.
     */
    static String afterItemMark(String words) {
        Matcher m = INNER_ITEM.matcher(words);
        String tail = null;
        while (m.find()) {
            if (m.start() > 0 && m.end() < words.length()) {
                tail = words.substring(m.end());
            }
        }
        return tail;
    }

    /** The item number of a sub-row label ("2.其他法律…" -> 2), or 0. */
    static int item(String s) {
        Matcher m = ITEM.matcher(compact(s));
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The group numeral of a label ("（三）不予公开" -> "三"), or "". */
    static String group(String s) {
        Matcher m = GROUP.matcher(compact(s));
        return m.lookingAt() ? m.group(1) : "";
    }

    /**
     * Similarity of two compact labels: twice the longest common subsequence over the summed lengths (1 for equal
     * labels). A dropped or misread character costs little, a different label scores low.
     */
    static double similarity(String a, String b) {
        return similarity(a, b, 0);
    }

    /**
     * {@link #similarity}, or 0 at once when it cannot reach {@code atLeast}: a cheap bound (how many characters of
     * one label occur in the other at all) spares the full comparison for the many labels that are nothing alike.
     */
    static double similarity(String a, String b, double atLeast) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        String x = a.length() > MAX_COMPARED ? a.substring(0, MAX_COMPARED) : a;
        String y = b.length() > MAX_COMPARED ? b.substring(0, MAX_COMPARED) : b;
        if (atLeast > 0) {
            long mask = 0;
            for (int j = 0; j < y.length(); j++) {
                mask |= 1L << (y.charAt(j) & 63);
            }
            int shared = 0;
            for (int i = 0; i < x.length(); i++) {
                if ((mask & (1L << (x.charAt(i) & 63))) != 0) {
                    shared++;
                }
            }
            if (2.0 * Math.min(shared, y.length()) / (x.length() + y.length()) < atLeast) {
                return 0;
            }
        }
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            char c = x.charAt(i - 1);
            for (int j = 1; j <= y.length(); j++) {
                cur[j] = c == y.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 2.0 * prev[y.length()] / (x.length() + y.length());
    }

    /** A short display form of a label for snippets: spaces dropped, cut at {@code max} characters. */
    static String display(String s, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        if (b.length() > max) {
            b.setLength(max - 1);
            b.append('…');
        }
        return b.toString();
    }
}
