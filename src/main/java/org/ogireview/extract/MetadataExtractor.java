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

    /** The year a preamble or an overview opens with (see openingYear). */
    private static final Pattern OPENING_YEAR = Pattern.compile(
            YEAR + "年度?(?:的)?(?:政府|政务)(?:信息)?公开(?!条例)"
                    // a paragraph's start, or a heading's end where a page runs its sections on one line (一、概述 2017年,…)
                    + "|(?:^|(?<=[。\\n])|(?<=[一二三四五六七八九十]、[\\u4e00-\\u9fa5]{1,12}[ ]))[ \\t]*"
                    + YEAR.replace("<year>", "<year2>") + "年度?[ ]?,", Pattern.MULTILINE);

    /** A sentence naming the report after its body (樂山高新區管委會2010年年報, …特编制X2018年度…工作年度报告). */
    private static final Pattern NAMING = Pattern.compile(
            YEAR + "[ ]?年度?(?:政府|政务)?(?:信息公开)?(?:工作)?(?:年度报告|年报|工作报告)");

    /** The preamble naming the report's author: 本报告根据…要求,由城西街道编制. */
    private static final Pattern AUTHOR = Pattern.compile("由[^,。;:由\\n]{2,30}?(?:编制|编写)");

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

    private static final int MAX_TITLE_SCAN = 3000;

    /** A title line is short; a match inside a long line is a sentence that names the report. */
    private static final int TITLE_LINE = 60;

    /**
     * report.region, report.year and report.published_on figures, each with its span. A page copied through a
     * converter that glossed characters with their pinyin (下管鎮(zhèn)…年度報(bào)告) is read without the glosses; the
     * spans still point at the report text.
     */
    List<ExtractedFigure> extract(NormalizedText text) {
        JoinedText clean = JoinedText.withoutGlosses(text.normalized());
        if (!clean.joined()) {
            return extractFrom(text);
        }
        List<ExtractedFigure> out = new ArrayList<>();
        for (ExtractedFigure f : extractFrom(NormalizedText.of(clean.text()))) {
            int a = clean.start(f.start());
            int b = clean.end(f.end());
            out.add(new ExtractedFigure(f.key(), f.value(), f.qualifier(), a, b, text.originalSlice(a, b),
                    f.confidence()));
        }
        return out;
    }

    private List<ExtractedFigure> extractFrom(NormalizedText text) {
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
            ExtractedFigure region = RegionName.region(text, lineStart, lineEnd, t.start("year"), t.end("year"));
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
        ExtractedFigure date = PublicationDate.publishedOn(text, titleEnd, year);
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
     * …报告, 樂山高新區管委會2010年年報), the author the preamble names (由城西街道编制), then, for a report that calls
     * itself 我乡/本镇/我局, a name of that level as
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
            int[] name = RegionName.trimName(s, lineStart, n.start());
            if (name != null && BODY_SUFFIX.matcher(s.substring(name[0], name[1])).find()) {
                return RegionName.regionFigure(text, name);
            }
        }
        Matcher author = AUTHOR.matcher(s).region(0, Math.min(limit, 600));
        if (author.find()) {
            int[] name = RegionName.trimName(s, author.start(), author.end());
            if (name != null && BODY_SUFFIX.matcher(s.substring(name[0], name[1])).find()) {
                return RegionName.regionFigure(text, name);
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
                if (sameLevel && RegionName.isName(name) && "我本全各该每其".indexOf(name.charAt(0)) < 0) {
                    return RegionName.regionFigure(text, new int[]{m.start("name"), m.end("name")});
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
                int[] name = RegionName.trimName(s, lineStart, t.start());
                if (name != null && out.stream().noneMatch(f -> f.key().equals("report.region"))) {
                    ExtractedFigure region = RegionName.regionFigure(text, name);
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

    static ExtractedFigure figure(NormalizedText text, String key, String value, int start, int end,
                                          double confidence) {
        return new ExtractedFigure(key, value, Qualifier.EXACT, start, end, text.originalSlice(start, end), confidence);
    }
}
