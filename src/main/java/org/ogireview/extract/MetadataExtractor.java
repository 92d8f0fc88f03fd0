package org.ogireview.extract;

import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.Qualifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Region or agency, report year and publication date, from the title and the page header.
 *
 * <ul>
 *   <li>report.region: the title's name in Simplified characters (瀘州市 → 泸州市), without the government suffix
 *       (淮安市洪泽区人民政府 → 淮安市洪泽区); a department keeps its full name (淮安市人民政府办公室, 泸州市财政局).</li>
 *   <li>report.year: the year the title names, in Arabic or Chinese numerals (二〇一二年).</li>
 *   <li>report.published_on: a date in the page header (发布日期: 2018-03-15, 发布时间:2010-03-30 18:02, a line
 *       holding only 2019年3月5日), never the signature date at the end of the report.</li>
 * </ul>
 */
final class MetadataExtractor {

    private static final String YEAR = "(?<year>(?:19|20)\\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})";
    /** A title: a year, then words naming an annual disclosure report. */
    private static final Pattern TITLE = Pattern.compile(
            YEAR + "[ ]?年(?:度)?[^\\n]{0,40}?(?:信息公开|政务公开|公开)[^\\n]{0,12}?(?:[ \\t\\r]*\\n[ \\t]*(?:工作)?)?"
                    + "(?:年度报告|工作报告|年报|报告)");
    /** The second line of a title broken after 公开 or 公开工作 (PDF text, a page's title): 工作年度报告, 年度报告. */
    private static final Pattern TITLE_SECOND_LINE = Pattern.compile("^[ \\t]*(?:工作)?(?:年度报告|工作报告|年报|报告)");
    /** A title with the year after the kind of report: 某市政府信息公开工作年度报告（2012年）. */
    private static final Pattern[] TITLE_YEAR_AFTER = {
            Pattern.compile("(?:信息公开|政务公开)[^\\n]{0,12}?(?:年度报告|工作报告|年报|报告)[ ]?[(\\[【]?[ ]?" + YEAR
                    + "[ ]?年?度?"),
            Pattern.compile("(?:信息公开|政务公开)(?:工作)?[ ]?" + YEAR + "[ ]?年度?(?:工作)?(?:报告|年报)")};
    /** A title line scrambled or cut after 信息公开 (see scrambledTitle). */
    private static final Pattern SCRAMBLED_TITLE = Pattern.compile(
            "(?m)^[ \\t]*[^\\n,。;:]{2,30}?" + YEAR + "[ ]?年度?(?:政府|政务)?(?:信息)?公开[ 工作年度报告]{2,10}$");
    /** The reporting period in the preamble, when no title names the year: 统计期限为2012年1月1日至…. */
    private static final Pattern PERIOD_YEAR = Pattern.compile(
            "(?:统计期限|统计时限|统计时间|统计期间|数据期限)[^\\n。]{0,8}?" + YEAR + "年1月1日");
    /** The name before the kind of report: 政府信息公开工作年度报告 and its variants. */
    private static final Pattern REPORT_WORDS = Pattern.compile(
            "(?:人民政府|政府)?(?:信息公开|政务公开|政府公开)|(?:年度)?(?:工作)?(?:年度报告|工作报告|年报|报告)");
    /** A line that is only the name of a body: no punctuation, ending as names of governments and agencies do. */
    private static final Pattern BODY_NAME = Pattern.compile(
            "[^,。;:!?、\\d]{2,30}(?:人民政府|政府|办公室|办公厅|委员会|局|委|厅|办|中心|院|市|区|县|州|盟|旗|镇|乡|街道)");
    /** Dropped from a name: 人民政府 of a government, 办事处 of a 街道 (石牌街道办事处 → 石牌街道); departments keep theirs. */
    private static final Pattern GOVERNMENT_SUFFIX = Pattern.compile("(?:人民政府|政府|(?<=街道)办事处|(?<=街道)办)$");
    /** Words around the name that are not part of it. */
    /** Where a naming sentence's name starts: after a clause mark, a cited title, or the verb that names the report. */
    private static final Pattern SENTENCE_LEAD = Pattern.compile(
            "[,。;!?、》]|(?:特|现|兹|并)(?:向社会)?(?:编制|公布|发布|印发|公开)(?:了)?|(?:编制|公布|发布)了|向社会公布|现将");
    /** How a report names its own body without naming it. */
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "(?:我|本|该)(?:机关|单位|部门|局|委|办|厅|署|院|中心|市|区|县|州|旗|镇|乡|街道|街|管委会|委员会|公司|园区|园)");
    /** Words that make a stretch of text a sentence, not a name. */
    private static final Pattern FRAGMENT = Pattern.compile(
            "[,。;!?《》:]|根据|按照|依据|条例|规定|要求|通知|现将|如下|年度|我们");
    /** The year a preamble or an overview opens with (see openingYear). */
    private static final Pattern OPENING_YEAR = Pattern.compile(
            YEAR + "年度?(?:的)?(?:政府|政务)(?:信息)?公开(?!条例)|(?:^|(?<=[。\\n]))[ \\t]*" + YEAR.replace("<year>", "<year2>")
                    + "年度?[ ]?,", Pattern.MULTILINE);
    /** A sentence naming the report after its body (樂山高新區管委會2010年年報, …特编制X2018年度…工作年度报告). */
    private static final Pattern NAMING = Pattern.compile(
            YEAR + "[ ]?年度?(?:政府|政务)?(?:信息公开)?(?:工作)?(?:年度报告|年报|工作报告)");
    /** How names of bodies end. */
    private static final Pattern BODY_SUFFIX = Pattern.compile(
            "(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|委|厅|办|中心|院|市|区|县|州|盟|旗|镇|乡|街道|街|园|署)$");
    /** A report calling its body 我乡, 本镇, 我街道 …: the level its name ends in. */
    private static final Pattern SELF_WORD = Pattern.compile("(?:我|本)(?<level>乡|镇|街道|街)");
    /** The subject of a sentence that opens with the year: 2014年,南薰乡未收取… */
    private static final Pattern NAME_AFTER_YEAR = Pattern.compile(
            "(?:19|20)\\d{2}年度?[ ]?,[ ]?(?<name>[\\u4e00-\\u9fa5]{2,12}?(?:乡|镇|街道|街))(?![道乡镇村级里])");
    /** A name standing alone in quotes: “衢江区湖南镇”. */
    private static final Pattern QUOTED_NAME = Pattern.compile(
            "[“\"](?<name>[\\u4e00-\\u9fa5]{2,12}(?:乡|镇|街道|街))[”\"]");
    /** 人民政府 between a county or district and the 街道, 镇 or 乡 it governs. */
    private static final Pattern GOVERNMENT_INSIDE = Pattern.compile("^(.+?[市区县旗州])人民政府(?=.+(?:街道|镇|乡)$)");
    /** Quotes, brackets and spaces inside a name. */
    private static final Pattern NAME_NOISE = Pattern.compile("[《》\"“”'‘’()\\[\\]【】 ]+");
    private static final Pattern DATE = Pattern.compile(
            "(?<y>(?:19|20)\\d{2})\\s*(?:[-/.]|年)\\s*(?<m>\\d{1,2})\\s*(?:[-/.]|月)\\s*(?<d>\\d{1,2})(?!\\d)日?");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?:发布|发表|成文|更新|公开|印发|生成|修改)?(?:日期|时间)[ ]?[】\\]]?[ ]?[:]?[ ]?[|]?[ ]?$");
    /** Labels of dates that are not the publication: when the text was written, generated or last changed. */
    private static final Pattern NOT_PUBLISHED = Pattern.compile("^(?:成文|更新|印发|生成|修改)");
    private static final Pattern PUBLISH_WORDS = Pattern.compile("发布|发表|公开");
    /** Words of a page header line that starts with its date: 2013-02-28 10:20 来源:… 浏览次数:…. */
    private static final Pattern HEADER_WORDS = Pattern.compile("来源|浏览|点击|阅读|作者|字号|访问|打印|分享|编辑");
    /** Lines of the page header: before the body of the report starts. */
    private static final int HEADER_SCAN = 1500;
    private static final int MAX_TITLE_SCAN = 3000;
    /** A title line is short; a match inside a long line is a sentence that names the report. */
    private static final int TITLE_LINE = 60;

    /** report.region, report.year and report.published_on figures, each with its span. */
    List<ExtractedFigure> extract(NormalizedText text) {
        List<ExtractedFigure> out = new ArrayList<>();
        String s = text.normalized();
        Matcher t = chooseTitle(s);
        int titleEnd = 0;
        Integer year = null;
        if (t != null) {
            int lineStart = s.lastIndexOf('\n', t.start()) + 1;
            int lineEnd = s.indexOf('\n', t.start());
            lineEnd = lineEnd < 0 ? s.length() : lineEnd;
            int lastLineEnd = s.indexOf('\n', Math.max(t.start(), t.end() - 1));
            titleEnd = lastLineEnd < 0 ? s.length() : lastLineEnd;
            year = parseYear(t.group("year"));
            if (year != null) {
                int yearEnd = t.end("year");
                while (yearEnd < lineEnd && (s.charAt(yearEnd) == '年' || s.charAt(yearEnd) == '度')) {
                    yearEnd++;
                }
                out.add(figure(text, "report.year", year.toString(), t.start("year"), yearEnd, 0.9));
            }
            ExtractedFigure region = region(text, lineStart, lineEnd, t.start("year"), t.end("year"));
            if (region != null) {
                out.add(region);
            }
        }
        if (year == null) {
            year = yearElsewhere(text, out);
        }
        if (year == null) {
            year = openingYear(text, out);
        }
        if (out.stream().noneMatch(f -> f.key().equals("report.region"))) {
            ExtractedFigure named = namedElsewhere(text);
            if (named != null) {
                out.add(named);
            }
        }
        ExtractedFigure date = publishedOn(text, titleEnd, year);
        if (date != null) {
            out.add(date);
        }
        return out;
    }

    /**
     * The title among the lines that look like one: a short line before a long one, and where the page also lists
     * other years' reports (related links, a menu), the year the report's text names most.
     */
    private static Matcher chooseTitle(String s) {
        int limit = Math.min(s.length(), MAX_TITLE_SCAN);
        Matcher t = TITLE.matcher(s);
        List<int[]> found = new ArrayList<>(); // {match start, line length, year}
        int lineStart = 0;
        int report = -1;
        int annual = -1;
        while (lineStart < limit) {
            int nl = s.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? s.length() : nl;
            // only lines that name a report can hold its title: indexOf instead of the pattern at every offset
            if (report != Integer.MAX_VALUE && report < lineStart) {
                report = s.indexOf("报告", lineStart);
                report = report < 0 || report > limit ? Integer.MAX_VALUE : report;
            }
            if (annual != Integer.MAX_VALUE && annual < lineStart) {
                annual = s.indexOf("年报", lineStart);
                annual = annual < 0 || annual > limit ? Integer.MAX_VALUE : annual;
            }
            int titleEnd = brokenTitleEnd(s, lineStart, lineEnd);
            boolean names = report < titleEnd || annual < titleEnd;
            if (names && findOutsideCitation(t.region(lineStart, Math.min(titleEnd, limit)), s, lineStart)) {
                Integer y = parseYear(t.group("year"));
                if (y != null) {
                    String line = s.substring(lineStart, titleEnd).replace("\n", "").strip();
                    // a line holding a full stop is a sentence that names the report, however short
                    found.add(new int[]{t.start(), line.indexOf('。') >= 0 ? Integer.MAX_VALUE : line.length(), y});
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        if (found.stream().noneMatch(f -> f[1] <= TITLE_LINE)) {
            Matcher scrambled = scrambledTitle(s, limit);
            if (scrambled != null) {
                return scrambled;
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        int[] best = null;
        int bestVotes = -1;
        for (int[] f : found) {
            boolean titleLike = f[1] <= TITLE_LINE;
            int votes = (titleLike ? 1_000_000 : 0) + (found.size() > 1 ? countOf(s, f[2] + "年") : 0);
            if (votes > bestVotes) {
                best = f;
                bestVotes = votes;
            }
        }
        Matcher chosen = TITLE.matcher(s).region(best[0], limit);
        return chosen.lookingAt() ? chosen : null;
    }

    /**
     * The next match that is not inside a cited document's title (《关于做好2018年度政府信息公开年度报告编制…的通知》):
     * that names another report, not this one.
     */
    private static boolean findOutsideCitation(Matcher t, String s, int lineStart) {
        while (t.find()) {
            if (!insideCitation(s, lineStart, t.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideCitation(String s, int from, int at) {
        int open = s.lastIndexOf('《', at);
        // a title set in 《》 on a line of its own is the title itself
        return open >= from && s.lastIndexOf('》', at) < open && !s.substring(from, open).isBlank();
    }

    /**
     * A short title line whose kind of report came out scrambled or cut (昌图县七家子镇2023年政府信息公开 工作告年度报): a
     * name, a year and 信息公开, then only the characters of 工作年度报告.
     */
    private static Matcher scrambledTitle(String s, int limit) {
        Matcher m = SCRAMBLED_TITLE.matcher(s).region(0, limit);
        while (m.find()) {
            if (m.group().strip().length() <= TITLE_LINE) {
                return m;
            }
        }
        return null;
    }

    /**
     * The end of a title line, or of the line after it when the title is broken after 公开 and goes on with its kind
     * of report (…2024年政府信息公开 / 工作年度报告).
     */
    private static int brokenTitleEnd(String s, int lineStart, int lineEnd) {
        String line = s.substring(lineStart, lineEnd).stripTrailing();
        if (lineEnd >= s.length() || !(line.endsWith("公开") || line.endsWith("公开工作"))) {
            return lineEnd;
        }
        int next = s.indexOf('\n', lineEnd + 1);
        next = next < 0 ? s.length() : next;
        return TITLE_SECOND_LINE.matcher(s).region(lineEnd + 1, next).lookingAt() ? next : lineEnd;
    }

    private static int countOf(String s, String word) {
        int n = 0;
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    /**
     * The year from the opening of the report when nothing names it as a title does: the year the preamble's
     * request names (关于2021年度政府信息公开的…要求), or the year an overview opens with (2020年，我街按照…).
     */
    private static Integer openingYear(NormalizedText text, List<ExtractedFigure> out) {
        String s = text.normalized();
        Matcher m = OPENING_YEAR.matcher(s).region(0, Math.min(s.length(), MAX_TITLE_SCAN));
        while (m.find()) {
            String group = m.group("year") != null ? "year" : "year2";
            Integer year = parseYear(m.group(group));
            if (year != null) {
                int end = s.indexOf('年', m.end(group));
                out.add(figure(text, "report.year", year.toString(), m.start(group), end + 1, 0.6));
                return year;
            }
        }
        return null;
    }

    /**
     * The body named outside a title, for a page that has none (or a generic one): a naming sentence (特编制…2018年度
     * …报告, 樂山高新區管委會2010年年報), then, for a report that calls itself 我乡/本镇/我局, a name of that level as
     * the subject that follows a year (2014年，南薰乡未收取…) or standing alone in quotes (“衢江区湖南镇”板块).
     */
    private static ExtractedFigure namedElsewhere(NormalizedText text) {
        String s = text.normalized();
        int limit = Math.min(s.length(), MAX_TITLE_SCAN);
        Matcher n = NAMING.matcher(s).region(0, limit);
        while (n.find()) {
            int lineStart = s.lastIndexOf('\n', n.start()) + 1;
            if (insideCitation(s, lineStart, n.start())) {
                continue;
            }
            int[] name = trimName(s, lineStart, n.start());
            if (name != null && BODY_SUFFIX.matcher(s.substring(name[0], name[1])).find()) {
                return regionFigure(text, name);
            }
        }
        Matcher self = SELF_WORD.matcher(s);
        if (!self.find()) {
            return null;
        }
        String level = self.group("level");
        for (Pattern form : new Pattern[]{NAME_AFTER_YEAR, QUOTED_NAME}) {
            Matcher m = form.matcher(s);
            while (m.find()) {
                String name = m.group("name");
                boolean sameLevel = name.endsWith(level) || (level.equals("街") && name.endsWith("街道"));
                if (sameLevel && isName(name) && "我本全各该每其".indexOf(name.charAt(0)) < 0) {
                    return regionFigure(text, new int[]{m.start("name"), m.end("name")});
                }
            }
        }
        return null;
    }

    /** The year from a title that names it after the report kind, or from the reporting period; adds the figures. */
    private static Integer yearElsewhere(NormalizedText text, List<ExtractedFigure> out) {
        String s = text.normalized();
        for (Pattern form : TITLE_YEAR_AFTER) {
            Integer year = titleWithYearAfter(text, form, out);
            if (year != null) {
                return year;
            }
        }
        Matcher p = PERIOD_YEAR.matcher(s).region(0, Math.min(s.length(), MAX_TITLE_SCAN));
        if (p.find()) {
            Integer year = parseYear(p.group("year"));
            if (year != null) {
                out.add(figure(text, "report.year", year.toString(), p.start(), p.end(), 0.7));
                return year;
            }
        }
        return null;
    }

    private static Integer titleWithYearAfter(NormalizedText text, Pattern form, List<ExtractedFigure> out) {
        String s = text.normalized();
        Matcher t = form.matcher(s).region(0, Math.min(s.length(), MAX_TITLE_SCAN));
        if (t.find()) {
            Integer year = parseYear(t.group("year"));
            if (year != null) {
                out.add(figure(text, "report.year", year.toString(), t.start("year"), t.end(), 0.85));
                int lineStart = s.lastIndexOf('\n', t.start()) + 1;
                int[] name = trimName(s, lineStart, t.start());
                if (name != null && out.stream().noneMatch(f -> f.key().equals("report.region"))) {
                    ExtractedFigure region = regionFigure(text, name);
                    if (region != null) {
                        out.add(region);
                    }
                }
                return year;
            }
        }
        return null;
    }

    private static Integer parseYear(String y) {
        if (y == null) {
            return null;
        }
        int v = NumberText.parse(y).intValue();
        return v >= 1990 && v <= 2100 ? v : null;
    }

    /** The name before the year, or after it when the title starts with the year (2016年东昌区…). */
    private static ExtractedFigure region(NormalizedText text, int lineStart, int lineEnd, int yearStart, int yearEnd) {
        String s = text.normalized();
        int[] before = trimName(s, lineStart, yearStart);
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
    private static int[] trimName(String s, int from, int to) {
        if (to <= from) {
            return null;
        }
        String raw = s.substring(from, to);
        // drop a breadcrumb or label before the name, then quotes and spaces at its ends
        int cut = Math.max(Math.max(raw.lastIndexOf('>'), raw.lastIndexOf('/')), Math.max(raw.lastIndexOf(':'),
                raw.lastIndexOf('»')));
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

    private static boolean isNoise(char c) {
        return Character.isWhitespace(c) || "《》\"“”'‘’()[]【】,:-—_|".indexOf(c) >= 0;
    }

    private static ExtractedFigure regionFigure(NormalizedText text, int[] span) {
        String value = NAME_NOISE.matcher(text.normalized().substring(span[0], span[1])).replaceAll("");
        // a government's name drops 人民政府 inside it too: 广州市荔湾区人民政府南源街道(办事处) → 广州市荔湾区南源街道
        value = GOVERNMENT_INSIDE.matcher(value).replaceFirst("$1");
        if (value.length() < 2) {
            return null;
        }
        return figure(text, "report.region", value, span[0], span[1], 0.9);
    }

    /** The first date in the page header: between the title and the first paragraph of the report. */
    private static ExtractedFigure publishedOn(NormalizedText text, int titleEnd, Integer year) {
        String s = text.normalized();
        int limit = Math.min(s.length(), titleEnd + HEADER_SCAN);
        int lineStart = titleEnd == 0 ? 0 : titleEnd + 1;
        // the header also holds the lines above the title (some pages put the date first)
        int at = 0;
        ExtractedFigure best = null;
        int bestRank = Integer.MAX_VALUE;
        while (at < limit) {
            int nl = s.indexOf('\n', at);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(at, end).strip();
            if (at >= lineStart && isBody(line)) {
                break;
            }
            Matcher d = DATE.matcher(s).region(at, end);
            while (d.find()) {
                LocalDate date = date(d);
                if (date == null || (year != null && date.getYear() < year)) {
                    continue;
                }
                Matcher label = DATE_LABEL.matcher(s).region(Math.max(at, d.start() - 12), d.start());
                boolean labelled = label.find();
                if (labelled && NOT_PUBLISHED.matcher(label.group()).find()) {
                    continue; // 更新日期, 成文日期, 公文生成日期: never the publication date
                }
                boolean alone = line.length() <= 24 && !line.contains("至") && !line.contains("到");
                boolean leadsHeader = d.start() - at <= 2 && HEADER_WORDS.matcher(line).find();
                // 发布日期 before 成文日期 or 更新时间; a labelled date before one standing alone
                int rank = labelled ? (PUBLISH_WORDS.matcher(label.group()).find() || label.group().startsWith("日期")
                        || label.group().startsWith("时间") ? 0 : 1) : leadsHeader ? 2 : alone ? 3 : -1;
                if (rank >= 0 && (best == null || rank < bestRank)) {
                    int start = labelled ? label.start() : d.start();
                    best = figure(text, "report.published_on", date.toString(), start, d.end(), 0.85);
                    bestRank = rank;
                }
            }
            at = end + 1;
        }
        return best;
    }

    /** A paragraph of the report itself: the header is over. */
    private static boolean isBody(String line) {
        return (line.contains("。") && line.length() > 20) || (line.length() > 60 && commas(line) >= 2);
    }

    /** A long header line (来源… 发布时间… 浏览次数…) has no commas; a paragraph has several. */
    private static int commas(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',' || line.charAt(i) == '、') {
                n++;
            }
        }
        return n;
    }

    private static LocalDate date(Matcher d) {
        try {
            return LocalDate.of(Integer.parseInt(d.group("y")), Integer.parseInt(d.group("m")),
                    Integer.parseInt(d.group("d")));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ExtractedFigure figure(NormalizedText text, String key, String value, int start, int end,
                                          double confidence) {
        return new ExtractedFigure(key, value, Qualifier.EXACT, start, end, text.originalSlice(start, end), confidence);
    }
}
