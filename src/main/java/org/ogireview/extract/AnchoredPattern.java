package org.ogireview.extract;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern tried only where one of its key words stands, found with {@link String#indexOf}: far faster than
 * letting the regex engine try every offset of a report, and what keeps extraction at hundreds of reports a second.
 *
 * <p>A pattern that starts with its key word (most labels: 受理…申请, 同意公开…) is tried once at each occurrence
 * ({@code lookingAt}); one whose key word stands inside it (49人从事…) is searched in a short window around each.
 * Bounds are transparent, so look-behinds still see the text before the key word.
 */
final class AnchoredPattern {

    private final Pattern pattern;
    private final String[] anchors;
    private final int before;
    private final int after;

    private AnchoredPattern(Pattern pattern, String[] anchors, int before, int after) {
        this.pattern = pattern;
        this.anchors = anchors;
        this.before = before;
        this.after = after;
    }

    /**
     * The pattern anchored on the words it can start with, read from its source: leading look-arounds are skipped,
     * a leading group gives each alternative's words (an optional group adds the words after it), a literal gives
     * itself. When the start is not plain enough to read (a character class, a number) the pattern is searched
     * everywhere, as a plain {@code find} loop would.
     */
    static AnchoredPattern of(Pattern pattern) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (String alternative : alternatives(pattern.pattern())) {
            java.util.Set<String> w = leadingWords(alternative, 0);
            if (w == null) {
                words = null;
                break;
            }
            words.addAll(w);
        }
        return words == null || words.isEmpty() || words.contains("") ? new AnchoredPattern(pattern, new String[0], 0, 0)
                : new AnchoredPattern(pattern, words.toArray(String[]::new), 0, 0);
    }

    /** True when the pattern could be anchored (tests keep every rule anchored, so none scans every offset). */
    boolean anchored() {
        return anchors.length > 0;
    }

    private static final String SPECIAL = "()[]{}|?*+.\\^$";

    private static java.util.Set<String> leadingWords(String r, int pos) {
        while (r.startsWith("(?<!", pos) || r.startsWith("(?<=", pos) || r.startsWith("(?!", pos)
                || r.startsWith("(?=", pos)) {
            int close = closing(r, pos);
            if (close < 0) {
                return null;
            }
            pos = close + 1;
        }
        if (pos >= r.length()) {
            return null;
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (r.charAt(pos) == '(') {
            int close = closing(r, pos);
            if (close < 0) {
                return null;
            }
            int content = pos + 1;
            if (r.startsWith("?:", content)) {
                content += 2;
            } else if (r.startsWith("?<", content)) {
                content = r.indexOf('>', content) + 1;
            }
            for (String alt : alternatives(r.substring(content, close))) {
                java.util.Set<String> w = leadingWords(alt, 0);
                if (w == null) {
                    return null;
                }
                out.addAll(w);
            }
            if (close + 1 < r.length() && r.charAt(close + 1) == '{') {
                return null; // a counted group may occur zero times: its words are not enough
            }
            if (close + 1 < r.length() && (r.charAt(close + 1) == '?' || r.charAt(close + 1) == '*')) {
                java.util.Set<String> rest = leadingWords(r, close + 2);
                if (rest == null) {
                    return null;
                }
                out.addAll(rest);
            }
            return out;
        }
        int end = pos;
        while (end < r.length() && SPECIAL.indexOf(r.charAt(end)) < 0) {
            end++;
        }
        if (end < r.length() && "?*{".indexOf(r.charAt(end)) >= 0) {
            end--; // the last character is optional
        }
        if (end <= pos) {
            return null;
        }
        out.add(r.substring(pos, end));
        return out;
    }

    private static int closing(String r, int open) {
        int depth = 0;
        for (int i = open; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = r.indexOf(']', i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static java.util.List<String> alternatives(String r) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = Math.max(i, r.indexOf(']', i + 1));
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(r.substring(start, i));
                start = i + 1;
            }
        }
        out.add(r.substring(start));
        return out;
    }

    /** The pattern starts at one of the words ("受理|收到" style alternatives spelled out as anchors). */
    static AnchoredPattern startingWith(Pattern pattern, String... anchors) {
        return new AnchoredPattern(pattern, anchors, 0, 0);
    }

    /** A match holds one of the words, starting at most {@code before} characters ahead of it. */
    static AnchoredPattern around(Pattern pattern, int before, int after, String... anchors) {
        return new AnchoredPattern(pattern, anchors, before, after);
    }

    Pattern pattern() {
        return pattern;
    }

    /** Calls back for each match, in text order, matches not overlapping. */
    void forEach(String s, Consumer<Matcher> onMatch) {
        if (anchors.length == 0) {
            Matcher m = pattern.matcher(s);
            while (m.find()) {
                onMatch.accept(m);
            }
            return;
        }
        int[] at = positions(s);
        if (at.length == 0) {
            return;
        }
        Matcher m = pattern.matcher(s);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int lastEnd = 0;
        for (int p : at) {
            if (p < lastEnd) {
                continue;
            }
            boolean found;
            if (before == 0 && after == 0) {
                m.region(p, s.length());
                found = m.lookingAt();
            } else {
                int from = Math.max(lastEnd, p - before);
                m.region(from, Math.min(s.length(), p + after));
                found = m.find();
            }
            if (found && m.end() > m.start()) {
                onMatch.accept(m);
                lastEnd = m.end();
            }
        }
    }

    private int[] positions(String s) {
        int[] out = new int[16];
        int n = 0;
        for (String a : anchors) {
            int i = s.indexOf(a);
            while (i >= 0) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
                i = s.indexOf(a, i + 1);
            }
        }
        int[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return sorted;
    }
}
