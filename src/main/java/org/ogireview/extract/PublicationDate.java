package org.ogireview.extract;

import org.ogireview.model.ExtractedFigure;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * report.published_on: the first date in the page header, between the title and the first paragraph (发布日期:
 * 2018-03-15, 发布时间:2010-03-30 18:02, a line holding only 2019年3月5日), never the signature date at the end or a
 * date labelled as written, generated or changed (成文日期, 更新时间).
 */
final class PublicationDate {

    private static final Pattern DATE = Pattern.compile(
            "(?<y>(?:19|20)\\d{2})\\s*(?:[-/.]|年)\\s*(?<m>\\d{1,2})\\s*(?:[-/.]|月)\\s*(?<d>\\d{1,2})(?!\\d)日?");

    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?:发布|发表|成文|发文|更新|公开|印发|生成|修改)?(?:日期|时间)[ ]?[】\\]]?[ ]?[:]?[ ]?[|]?[ ]?$");

    /** Labels of dates that are not the publication: when the text was written or issued (发文), generated or changed. */
    private static final Pattern NOT_PUBLISHED = Pattern.compile("^(?:成文|发文|更新|印发|生成|修改)");

    private static final Pattern PUBLISH_WORDS = Pattern.compile("发布|发表|公开");

    /** A line holding only a date in brackets. */
    private static final Pattern BRACKETED = Pattern.compile("^[(\\[【][^)\\]】]*[)\\]】]$");

    /** Words of a page header line that starts with its date: 2013-02-28 10:20 来源:… 浏览次数:…. */
    private static final Pattern HEADER_WORDS = Pattern.compile("来源|浏览|点击|阅读|作者|字号|访问|打印|分享|编辑");

    /** Lines of the page header: before the body of the report starts. */
    private static final int HEADER_SCAN = 1500;

    private PublicationDate() {
    }

    /** The first date in the page header: between the title and the first paragraph of the report. */
    static ExtractedFigure publishedOn(NormalizedText text, int titleEnd, Integer year) {
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
                // a date in brackets under the title, (2010年3月10日), is when the report was signed or adopted
                boolean alone = line.length() <= 24 && !line.contains("至") && !line.contains("到")
                        && !BRACKETED.matcher(line).matches();
                boolean leadsHeader = d.start() - at <= 2 && HEADER_WORDS.matcher(line).find();
                // 发布日期 before 成文日期 or 更新时间; a labelled date before one standing alone
                int rank = labelled ? (PUBLISH_WORDS.matcher(label.group()).find() || label.group().startsWith("日期")
                        || label.group().startsWith("时间") ? 0 : 1) : leadsHeader ? 2 : alone ? 3 : -1;
                if (rank >= 0 && (best == null || rank < bestRank)) {
                    int start = labelled ? label.start() : d.start();
                    best = MetadataExtractor.figure(text, "report.published_on", date.toString(), start, d.end(), 0.85);
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
}
