package org.ogireview.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a narrative report at its headings (一、… / （一）… / 1. …, and short unnumbered heading lines) and gives
 * each part a topic, so a figure can be taken from its own part.
 *
 * <p>Headings are recognised at a line start or right after a sentence end (text copied from web pages often has no
 * paragraph breaks). Each level must count on (一 then 二, a skipped number tolerated), which keeps enumerations
 * inside sentences ("一、二类") from passing for headings.
 */
public final class SectionSplitter {

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    /** Tried only where a heading can start: the text's start, a line start, or right after a sentence end. */
    private static final String LEAD = "[ \\t]*";
    private static final Pattern HEADING = Pattern.compile(LEAD + "(?:"
            + "第(?<p1>" + CN + ")(?:部分|章|节)[、.:]?"
            + "|(?<n1>" + CN + ")[ ]?[、.](?!\\d)"
            + "|\\((?<n2>" + CN + ")\\)"
            + "|(?<n3>\\d{1,2})(?:、|\\.(?![\\d])|\\)(?![\\d]))"
            + ")");
    /** Cut the heading text at the first sentence mark, line end, or a space after its first words. */
    private static final Pattern HEADING_END = Pattern.compile("[\\n。,;:!?]|(?<=\\S{2})[ \\t]");
    private static final int MAX_HEADING = 30;
    private static final Pattern CHANNEL_WORDS = Pattern.compile(
            "通过|网站|网上|公报|政报|新闻发布|查阅|热线|微博|微信|报刊|媒体|形式|渠道|载体|平台|栏目");
    private static final Pattern TITLE_WORDS = Pattern.compile("报告|年报");

    /** One part of the report, from its heading to the next heading of the same or a higher level. */
    public record Section(int level, int start, int headingEnd, int end, String heading, Topic topic,
                          Set<Topic> chain, boolean channel) {
    }

    /** The parts of one report, in text order. */
    public static final class Sections {
        private final List<Section> sections;
        private final int[] starts;
        private final Set<Topic> topLevel;

        Sections(List<Section> sections) {
            this.sections = List.copyOf(sections);
            this.starts = new int[sections.size()];
            EnumSet<Topic> top = EnumSet.noneOf(Topic.class);
            for (int i = 0; i < sections.size(); i++) {
                starts[i] = sections.get(i).start();
                if (sections.get(i).level() == 1) {
                    top.add(sections.get(i).topic());
                }
            }
            this.topLevel = top;
        }

        public List<Section> all() {
            return sections;
        }

        /** The innermost part holding the offset; null in the preamble. */
        public Section at(int offset) {
            int lo = 0;
            int hi = starts.length - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= offset) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found < 0 ? null : sections.get(found);
        }

        /** The topics of the part at the offset and of the parts it sits in. */
        public Set<Topic> topicsAt(int offset) {
            Section s = at(offset);
            return s == null ? EnumSet.of(Topic.PREAMBLE) : s.chain();
        }

        /** True when a top-level part of the report is about the topic. */
        public boolean hasPart(Topic topic) {
            return topLevel.contains(topic);
        }

        /** True when the part at the offset is about one channel (通过政府网站主动公开…): its totals are parts. */
        public boolean channelAt(int offset) {
            Section s = at(offset);
            return s != null && s.channel();
        }
    }

    private SectionSplitter() {
    }

    public static Sections split(NormalizedText text) {
        return split(text.normalized());
    }

    /** Splits normalised text (the report's, or a view of it with the same characters such as JoinedText's). */
    static Sections split(String s) {
        List<int[]> marks = new ArrayList<>(); // {level, start, headingStart}
        int[] last = new int[4];
        Matcher m = HEADING.matcher(s);
        for (int at = 0; at < s.length(); at++) {
            if (at > 0 && !isHeadingPosition(s.charAt(at - 1))) {
                continue;
            }
            int lead = at;
            while (lead < s.length() && (s.charAt(lead) == ' ' || s.charAt(lead) == '\t')) {
                lead++;
            }
            if (lead >= s.length() || !mayOpenHeading(s.charAt(lead)) || !m.region(at, s.length()).lookingAt()) {
                continue;
            }
            int level;
            int n;
            if (m.group("p1") != null || m.group("n1") != null) {
                level = 1;
                n = NumberText.parseChinese(m.group("p1") != null ? m.group("p1") : m.group("n1")).intValue();
            } else if (m.group("n2") != null) {
                level = 2;
                n = NumberText.parseChinese(m.group("n2")).intValue();
            } else {
                level = 3;
                n = Integer.parseInt(m.group("n3"));
            }
            boolean first = last[level] == 0;
            // A first heading may start late (an excerpt, a report without 一、) when it stands on its own line and
            // names a topic; inside a sentence it must count from the start.
            boolean lateStart = first && level == 1 && atLineStart(s, m.start())
                    && Topic.ofHeading(headingText(s, m.end())) != null;
            if ((first && n <= 3 - (level == 1 ? 0 : 1)) || lateStart || n == last[level] + 1
                    || (!first && n == last[level] + 2)) {
                last[level] = n;
                for (int l = level + 1; l < last.length; l++) {
                    last[l] = 0;
                }
                int start = m.start() + leadingSpace(s, m.start());
                marks.add(new int[]{level, start, m.end()});
            }
        }
        addUnnumberedHeadings(s, marks);
        marks.sort((a, b) -> Integer.compare(a[1], b[1]));
        return build(s, marks);
    }

    /** Short lines that name a topic and end without punctuation: headings without numbers. */
    private static void addUnnumberedHeadings(String s, List<int[]> marks) {
        int lineStart = 0;
        int firstLine = 0;
        while (lineStart < s.length()) {
            int nl = s.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? s.length() : nl;
            String line = s.substring(lineStart, lineEnd).strip();
            if (firstLine++ > 0 && line.length() >= 2 && line.length() <= 24
                    && line.chars().noneMatch(c -> "。,;:!?".indexOf(c) >= 0)
                    && !TITLE_WORDS.matcher(line).find() && !startsWithNumber(line)
                    && Topic.ofHeading(line) != null && isCjk(line.charAt(0))) {
                int at = lineStart + (s.substring(lineStart, lineEnd).indexOf(line.charAt(0)));
                marks.add(new int[]{1, at, at});
            }
            lineStart = lineEnd + 1;
        }
    }

    private static boolean startsWithNumber(String line) {
        char c = line.charAt(0);
        return c == '(' || Character.isDigit(c) || "一二三四五六七八九十第".indexOf(c) >= 0;
    }

    private static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static Sections build(String s, List<int[]> marks) {
        List<Section> out = new ArrayList<>();
        Section[] open = new Section[4];
        for (int i = 0; i < marks.size(); i++) {
            int level = marks.get(i)[0];
            int start = marks.get(i)[1];
            int headingStart = marks.get(i)[2];
            int end = s.length();
            for (int j = i + 1; j < marks.size(); j++) {
                if (marks.get(j)[0] <= level) {
                    end = marks.get(j)[1];
                    break;
                }
            }
            String heading = headingText(s, headingStart);
            Topic own = Topic.ofHeading(heading);
            Section parent = null;
            for (int l = level - 1; l >= 1; l--) {
                if (open[l] != null && open[l].end() > start) {
                    parent = open[l];
                    break;
                }
            }
            Topic topic = own != null ? own : parent != null ? parent.topic() : Topic.OTHER;
            EnumSet<Topic> chain = EnumSet.of(topic);
            if (parent != null) {
                chain.addAll(parent.chain());
            }
            boolean channel = CHANNEL_WORDS.matcher(heading).find() || (parent != null && parent.channel());
            Section section = new Section(level, start, headingStart + heading.length(), end,
                    heading.strip(), topic,
                    java.util.Collections.unmodifiableSet(chain), channel);
            out.add(section);
            open[level] = section;
            for (int l = level + 1; l < open.length; l++) {
                open[l] = null;
            }
        }
        return new Sections(out);
    }

    private static String headingText(String s, int from) {
        int a = from;
        while (a < s.length() && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
            a++;
        }
        int limit = Math.min(s.length(), a + MAX_HEADING);
        Matcher end = HEADING_END.matcher(s).region(a, limit);
        int b = end.find() ? end.start() : limit;
        return s.substring(from, b);
    }

    private static boolean isHeadingPosition(char before) {
        return before == '\n' || before == '。' || before == '!' || before == '?' || before == ';' || before == ':';
    }

    /** First characters of 第…部分, 一、, (一) and 1. headings: a cheap test before the pattern runs. */
    private static boolean mayOpenHeading(char c) {
        return c == '第' || c == '(' || (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static boolean atLineStart(String s, int at) {
        int i = at - 1;
        while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || s.charAt(i) == '\n';
    }

    private static int leadingSpace(String s, int at) {
        int i = at;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n')) {
            i++;
        }
        return i - at;
    }
}
