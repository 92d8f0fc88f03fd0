package org.ogireview.extract;

import org.ogireview.model.ExtractedFigure;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * report.region: the name a title gives before its year (or after it, 2016年东昌区…), in Simplified characters,
 * without the government suffix (淮安市洪泽区人民政府 → 淮安市洪泽区); a department keeps its full name (泸州市财政局).
 * A name that is a sentence's lead (我局, 本镇) or a fragment is no name.
 */
final class RegionName {

    /** The name before the kind of report: 政府信息公开工作年度报告 and its variants. */
    private static final Pattern REPORT_WORDS = Pattern.compile(
            "(?:人民政府|政府)?(?:信息公开|政务公开|政府公开)|(?:年度)?(?:工作)?(?:年度报告|工作报告|年报|报告)");

    /** A line that is only the name of a body: no punctuation, ending as names of governments and agencies do. */
    private static final Pattern BODY_NAME = Pattern.compile(
            "[^,。;:!?、\\d]{2,30}(?:人民政府|政府|办公室|办公厅|委员会|局|委|厅|办|中心|院|市|区|县|州|盟|旗|镇|乡|街道|办事处)");

    /** How names of bodies end. */
    private static final Pattern BODY_END = Pattern.compile(
            "(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|委|厅|办|中心|院|市|区|县|州|盟|旗|镇|乡|街道|街|办事处|园|署)$");

    /** A line of a paragraph wrapped at a fixed width ends in a character, not a clause mark, and is long. */
    private static final int WRAPPED_LINE = 30;

    /** Dropped from a name: 人民政府 of a government, 办事处 of a 街道 (石牌街道办事处 → 石牌街道); departments keep theirs. */
    private static final Pattern GOVERNMENT_SUFFIX = Pattern.compile("(?:人民政府|政府|(?<=街道)办事处|(?<=街道)办)$");

    /** Words around the name that are not part of it. */
    /** Where a naming sentence's name starts: after a clause mark, a cited title, or the verb that names the report. */
    private static final Pattern SENTENCE_LEAD = Pattern.compile(
            "[,。;!?、》]|(?:特|现|兹|并)(?:向社会)?(?:编制|公布|发布|印发|公开)(?:了)?|(?:编制|公布|发布)了|向社会公布|现将");

    /** How a report names its own body without naming it. */
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "(?:我|本|该)(?:机关|单位|部门|局|委|办|厅|署|院|中心|市|区|县|州|旗|镇|乡|街道|街|管委会|委员会|公司|园区|园)");

    /**
     * Words that make a stretch of text a sentence, not a name (本级政府(机关): the template's word, no name; 汇总2014年度
     * X的…报告: the verb before the year, the name after it).
     */
    private static final Pattern FRAGMENT = Pattern.compile(
            "[,。;!?《》:]|根据|按照|依据|条例|规定|要求|通知|现将|如下|年度|我们|本级|汇总");

    /** A site's domain before a name. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|net|org|cc|top|info)(?=[\\u4e00-\\u9fa5])");

    /** A naming sentence's frame around the name: 由北京市信访办编制的2014年度…报告 → 北京市信访办. */
    private static final Pattern AUTHOR_LEAD = Pattern.compile("^由(?=[^由]{2,30}$)");
    private static final Pattern AUTHOR_VERB = Pattern.compile("(?:汇总)?(?:编制|编写|制作|编印|汇编)(?:而成)?(?:的)?$");

    /** 人民政府 between a county or district and the 街道, 镇 or 乡 it governs. */
    private static final Pattern GOVERNMENT_INSIDE = Pattern.compile("^(.+?[市区县旗州])人民政府(?=.+(?:街道|镇|乡)$)");

    /** Quotes, brackets and spaces inside a name. */
    private static final Pattern NAME_NOISE = Pattern.compile("[《》\"“”'‘’()\\[\\]【】 \\n]+");

    private RegionName() {
    }

    /** The name before the year, or after it when the title starts with the year (2016年东昌区…). */
    static ExtractedFigure region(NormalizedText text, int lineStart, int lineEnd, int yearStart, int yearEnd) {
        String s = text.normalized();
        int[] before = trimName(s, lineStart, yearStart);
        if ((before == null || before[0] == lineStart && !BODY_END.matcher(s.substring(before[0], before[1])).find())
                && wrappedInto(s, lineStart)) {
            // a paragraph hard-wrapped inside the name (…由石景山区司法\n局编制的2010年度…报告): read it from the line above
            int[] joined = trimName(s, s.lastIndexOf('\n', lineStart - 2) + 1, yearStart);
            before = joined != null ? joined : before;
        }
        if (before != null) {
            return regionFigure(text, before);
        }
        int after = yearEnd;
        while (after < lineEnd && (s.charAt(after) == '年' || s.charAt(after) == '度' || s.charAt(after) == ' ')) {
            after++;
        }
        Matcher words = REPORT_WORDS.matcher(s).region(after, lineEnd);
        if (words.find()) {
            int[] name = trimName(s, after, words.start());
            if (name != null) {
                return regionFigure(text, name);
            }
        }
        return nameOnTheLineAbove(text, lineStart, yearStart);
    }

    /**
     * A title broken over two lines (PDF text, a page header): 宣城市宣州区人民政府 / 2022年政府信息公开工作年度报告.
     * The line above counts when the title line starts with the year and the line above is a short name.
     */
    private static ExtractedFigure nameOnTheLineAbove(NormalizedText text, int lineStart, int yearStart) {
        String s = text.normalized();
        if (!s.substring(lineStart, yearStart).isBlank() || lineStart == 0) {
            return null;
        }
        int end = lineStart - 1;
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int start = s.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
        String line = s.substring(start, end).strip();
        if (line.length() < 2 || line.length() > 30 || !BODY_NAME.matcher(line).matches()) {
            return null;
        }
        int[] name = trimName(s, start, end);
        return name == null ? null : regionFigure(text, name);
    }

    /** The span of a name between two offsets, noise and the government suffix removed; null if empty. */
    static int[] trimName(String s, int from, int to) {
        if (to <= from) {
            return null;
        }
        String raw = s.substring(from, to);
        // drop a breadcrumb or label before the name, then quotes and spaces at its ends
        // a table cell before the name (中文名 | 武隆县人民政府…) ends at its bar
        int cut = Math.max(Math.max(Math.max(raw.lastIndexOf('>'), raw.lastIndexOf('/')), Math.max(raw.lastIndexOf(':'),
                raw.lastIndexOf('»'))), raw.lastIndexOf('|'));
        int crumb = Math.max(raw.lastIndexOf('>'), raw.lastIndexOf('»'));
        if (crumb >= 0) { // a breadcrumb's last crumb, then the title: 政府信息公开年报 > 乡镇街道 诸暨市店口镇人民政府…
            String rest = raw.substring(crumb + 1).strip();
            int space = rest.lastIndexOf(' ');
            if (space > 0) {
                cut = Math.max(cut, raw.lastIndexOf(' ', raw.length() - (raw.length() - raw.stripTrailing().length()) - 1));
            }
        }
        // a naming sentence (…要求,特编制高科技电子产业园2018年度…报告): the name follows its last clause mark and verb
        Matcher lead = SENTENCE_LEAD.matcher(raw);
        while (lead.find()) {
            cut = Math.max(cut, lead.end() - 1);
        }
        int a = from + cut + 1;
        int b = to;
        while (a < b && isNoise(s.charAt(a))) {
            a++;
        }
        while (b > a && isNoise(s.charAt(b - 1))) {
            b--;
        }
        if (s.startsWith("关于", a)) {
            a += 2;
        }
        if (b - a > 2 && s.startsWith("关于", b - 2)) {
            b -= 2; // 某县人民政府关于2012年…的报告
        }
        if (b > a && s.charAt(b - 1) == '的') {
            b--;
        }
        Matcher domain = DOMAIN.matcher(s).region(a, b);
        if (domain.lookingAt()) {
            a = domain.end(); // a mirror put its own domain where the county's name was: puroview.com溪下乡
        }
        Matcher verb = AUTHOR_VERB.matcher(s.substring(a, b));
        Matcher author = AUTHOR_LEAD.matcher(s.substring(a, b));
        if (verb.find() && author.find()) { // 由X编制(的): X wrote the report
            b = a + verb.start();
            a += author.end();
        }
        String name = s.substring(a, b);
        Matcher suffix = GOVERNMENT_SUFFIX.matcher(name);
        if (suffix.find() && suffix.start() > 0) {
            b = a + suffix.start();
        }
        if (b - a < 2 || b - a > 30 || !isName(s.substring(a, b))) {
            return null;
        }
        return new int[]{a, b};
    }

    /**
     * A name, not a fragment of a sentence: no clause marks, no cited title, no self-reference (我局, 本镇), no words of a
     * sentence around it.
     */
    static boolean isName(String name) {
        return !SELF_REFERENCE.matcher(name).matches() && !FRAGMENT.matcher(name).find();
    }

    /** True when the line before lineStart is a long line of a paragraph that runs on into this one. */
    private static boolean wrappedInto(String s, int lineStart) {
        if (lineStart < 2) {
            return false;
        }
        int prevStart = s.lastIndexOf('\n', lineStart - 2) + 1;
        char last = s.charAt(lineStart - 2);
        return lineStart - 1 - prevStart >= WRAPPED_LINE && last >= '\u4e00' && last <= '\u9fa5';
    }

    private static boolean isNoise(char c) {
        return Character.isWhitespace(c) || "《》\"“”'‘’()[]【】,:-—_|".indexOf(c) >= 0;
    }

    static ExtractedFigure regionFigure(NormalizedText text, int[] span) {
        String value = NAME_NOISE.matcher(text.normalized().substring(span[0], span[1])).replaceAll("");
        // a government's name drops 人民政府 inside it too: 广州市荔湾区人民政府南源街道(办事处) → 广州市荔湾区南源街道
        value = GOVERNMENT_INSIDE.matcher(value).replaceFirst("$1");
        if (value.length() < 2) {
            return null;
        }
        return MetadataExtractor.figure(text, "report.region", value, span[0], span[1], 0.9);
    }
}
