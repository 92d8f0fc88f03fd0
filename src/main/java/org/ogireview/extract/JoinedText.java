package org.ogireview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The normalised text with the line breaks of PDF layout taken out, so a label broken over two lines (计划\n总结类)
 * or a sentence broken by a page footer (- 3 -) reads as one again; every character keeps its offset in the
 * report text through {@link #start} and {@link #end}.
 *
 * <p>Only text laid out at a fixed width is joined: many lines of nearly the same width, as PDF pages give. A
 * break is soft when its line runs to that width without ending a sentence and the next line neither starts a
 * heading nor is indented as a new paragraph. Web pages copied to text (a paragraph a line) stay as they are. Text
 * whose characters stand one space apart (a PDF set with character spacing) also loses those single spaces, and
 * text copied through a converter that glossed characters with their pinyin (議(yì)) loses the glosses.
 */
final class JoinedText {

    private static final Pattern FOOTER = Pattern.compile(
            "^[ \\t]*(?:[-—–－]+[ \\t]*\\d{1,3}[ \\t]*[-—–－]+|第[ \\t]*\\d{1,3}[ \\t]*页(?:[ \\t]*[,/]?[ \\t]*共[ \\t]*\\d{1,3}[ \\t]*页)?"
                    + "|\\d{1,3}[ \\t]*/[ \\t]*\\d{1,3})[ \\t]*$");
    private static final Pattern HEADING_START = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.]|\\([一二三四五六七八九十]{1,3}\\)|\\d{1,2}[、.)](?!\\d)|第[一二三四五六七八九十]{1,3}部分"
                    + "|附表|附件)");
    private static final String SENTENCE_END = "。!?;:";
    /** A syllable of pinyin with its tone mark, in brackets right after a Chinese character: 議(yì). */
    private static final Pattern PINYIN_GLOSS = Pattern.compile(
            "(?<=[\\u4e00-\\u9fff])\\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\\)");
    private static final int MIN_GLOSSES = 3;
    /** Lines this close to the layout width (in half-width units) are full lines. */
    private static final int WIDTH_SLACK = 6;
    /**
     * Text copied out of a PDF is often ragged (fonts of other widths, numbers set apart): a line that stops
     * mid-sentence at this share of the layout width or more is still a wrapped line, not a paragraph's end.
     */
    private static final double RAGGED_SHARE = 0.7;
    private static final int MIN_FULL_LINES = 5;
    private static final int MIN_WIDTH = 24;

    private final String text;
    private final int[] toOriginal;

    private JoinedText(String text, int[] toOriginal) {
        this.text = text;
        this.toOriginal = toOriginal;
    }

    static JoinedText of(String s) {
        List<int[]> lines = lines(s);
        int width = layoutWidth(s, lines);
        boolean spaced = spacedOut(s);
        boolean[] glosses = pinyinGlosses(s);
        if (width < 0 && !spaced && glosses == null) {
            return new JoinedText(s, null);
        }
        StringBuilder b = new StringBuilder(s.length());
        int[] map = new int[s.length() + 1];
        int n = 0;
        boolean joinNext = false;
        boolean changed = false;
        for (int i = 0; i < lines.size(); i++) {
            int[] line = lines.get(i);
            int from = line[0];
            int to = line[1];
            if (isFooter(s, from, to)) {
                changed = true;
                continue; // a page footer between two halves of a sentence
            }
            if (joinNext) {
                while (from < to && isSpace(s.charAt(from))) {
                    from++;
                }
            } else if (n > 0) {
                b.append('\n');
                map[n++] = from - 1;
            }
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                if (spaced && c == ' ' && k > from && k + 1 < to && s.charAt(k - 1) != ' ' && s.charAt(k + 1) != ' ') {
                    changed = true;
                    continue; // 主 动 公 开: the space a justified PDF line put between two characters
                }
                if (glosses != null && glosses[k]) {
                    changed = true;
                    continue; // 数(shù)量: the pinyin a converter put after a character
                }
                b.append(c);
                map[n++] = k;
            }
            joinNext = width > 0 && i + 1 < lines.size() && soft(s, line, nextContent(s, lines, i + 1), width);
            changed |= joinNext;
        }
        if (!changed) {
            return new JoinedText(s, null);
        }
        map[n] = s.length();
        return new JoinedText(b.toString(), java.util.Arrays.copyOf(map, n + 1));
    }

    /** The text with only the pinyin glosses taken out (lines stay as they are): for reading titles and dates. */
    static JoinedText withoutGlosses(String s) {
        boolean[] glosses = pinyinGlosses(s);
        if (glosses == null) {
            return new JoinedText(s, null);
        }
        StringBuilder b = new StringBuilder(s.length());
        int[] map = new int[s.length() + 1];
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (!glosses[k]) {
                b.append(s.charAt(k));
                map[n++] = k;
            }
        }
        map[n] = s.length();
        return new JoinedText(b.toString(), java.util.Arrays.copyOf(map, n + 1));
    }

    String text() {
        return text;
    }

    boolean joined() {
        return toOriginal != null;
    }

    /** Offset in the report text of a start offset in the joined text. */
    int start(int joinedOffset) {
        return toOriginal == null ? joinedOffset : toOriginal[joinedOffset];
    }

    /** Offset in the report text of an exclusive end offset in the joined text. */
    int end(int joinedEnd) {
        return toOriginal == null || joinedEnd == 0 ? joinedEnd : toOriginal[joinedEnd - 1] + 1;
    }

    private static List<int[]> lines(String s) {
        List<int[]> out = new ArrayList<>();
        int at = 0;
        while (at <= s.length()) {
            int nl = s.indexOf('\n', at);
            int end = nl < 0 ? s.length() : nl;
            out.add(new int[]{at, end});
            if (nl < 0) {
                break;
            }
            at = nl + 1;
        }
        return out;
    }

    /** The width most full lines share, or -1 when the text is not laid out at a fixed width. */
    private static int layoutWidth(String s, List<int[]> lines) {
        if (lines.size() < MIN_FULL_LINES * 2) {
            return -1;
        }
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int[] line : lines) {
            int w = width(s, line[0], line[1]);
            if (w >= MIN_WIDTH) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        int best = -1;
        int bestCount = 0;
        for (int w : counts.keySet()) {
            int near = 0;
            for (int d = -2; d <= 2; d++) {
                near += counts.getOrDefault(w + d, 0);
            }
            if (near > bestCount || (near == bestCount && w > best)) {
                best = w;
                bestCount = near;
            }
        }
        return bestCount >= MIN_FULL_LINES ? best : -1;
    }

    /**
     * The characters of pinyin glosses a converter put after characters it changed (根據(jù), 鎮(zhèn), 報(bào)告), or null
     * when the text has fewer than {@link #MIN_GLOSSES} of them: a page copied through such a converter (a mirror
     * site) has them in nearly every sentence, and they split words (行政復(fù)議).
     */
    private static boolean[] pinyinGlosses(String s) {
        java.util.regex.Matcher m = PINYIN_GLOSS.matcher(s);
        boolean[] drop = null;
        int n = 0;
        while (m.find()) {
            if (drop == null) {
                drop = new boolean[s.length()];
            }
            java.util.Arrays.fill(drop, m.start(), m.end(), true);
            n++;
        }
        return n >= MIN_GLOSSES ? drop : null;
    }

    /**
     * True when most Chinese characters stand apart, one space between each (主 动 公 开 政 府 信 息): the text layer
     * of a PDF set with character spacing. Ordinary text has such spaces only here and there.
     */
    private static boolean spacedOut(String s) {
        int cjk = 0;
        int spacedPairs = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u4e00' && c <= '\u9fff') {
                cjk++;
                if (i + 2 < s.length() && s.charAt(i + 1) == ' ' && s.charAt(i + 2) >= '\u4e00' && s.charAt(i + 2) <= '\u9fff') {
                    spacedPairs++;
                }
            }
        }
        return cjk >= 20 && spacedPairs * 2 > cjk;
    }

    private static boolean soft(String s, int[] line, int nextStart, int width) {
        if (nextStart < 0) {
            return false;
        }
        int end = line[1];
        while (end > line[0] && isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (end == line[0] || SENTENCE_END.indexOf(s.charAt(end - 1)) >= 0) {
            return false;
        }
        if (width(s, line[0], end) < Math.min(width - WIDTH_SLACK, width * RAGGED_SHARE)) {
            return false; // a short line ends its paragraph
        }
        if (nextStart > 0 && isSpace(s.charAt(nextStart)) && nextStart + 1 < s.length()
                && isSpace(s.charAt(nextStart + 1))) {
            return false; // the next line is indented: a new paragraph
        }
        int content = nextStart;
        while (content < s.length() && isSpace(s.charAt(content))) {
            content++;
        }
        return !HEADING_START.matcher(s).region(content, s.length()).lookingAt();
    }

    /** Start of the next line that is not a page footer, or -1 when it is empty or there is none. */
    private static int nextContent(String s, List<int[]> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            int[] l = lines.get(i);
            if (isFooter(s, l[0], l[1])) {
                continue;
            }
            return s.substring(l[0], l[1]).isBlank() ? -1 : l[0];
        }
        return -1;
    }

    private static boolean isFooter(String s, int from, int to) {
        return to > from && to - from <= 16 && FOOTER.matcher(s).region(from, to).matches();
    }

    private static int width(String s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            w += c >= 0x2E80 ? 2 : 1;
        }
        return w;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
