package org.ogireview.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences of a report and whose figures they state. A report's figures are for the whole body that publishes it
 * (全市, 全区, 全市各级行政机关), not for a part (市级部门, 区县, 乡镇, 市本级); this class finds the subject a figure
 * belongs to from the nearest such word before it in its statement. A statement is a sentence together with the
 * sentences after it that begin with 其中 ("…61540条。其中，概况类11244条…" is one statement), or the lines of a list
 * that end with a semicolon.
 */
final class BodyScope {

    /** Parts of the body: their figures are not the report's. */
    private static final Pattern PART = Pattern.compile(
            "市级(?:政府)?(?:各)?(?:部门|单位|机关)|[市区县州旗]直(?:各)?(?:部门|单位|机关)?|[市区县]政府(?:各)?(?:部门|组成部门)"
                    + "|[市区县局委厅]属(?:各)?(?:部门|单位|机构)"
                    + "|[市区县州旗]本级|市级|县级|区县|县区|县市区|县\\(市、?区\\)|县\\(区\\)|区\\(县\\)|区、县|县、区|旗县区?"
                    + "|乡镇|乡\\(镇\\)|乡、镇|街道|镇街|各县|各区|各乡|各旗");
    /** The whole body. */
    private static final Pattern WHOLE = Pattern.compile(
            "全市|全区|全县|全州|全盟|全旗|全省|全镇|全乡|全街道?|全局|全委|全系统|各级(?:行政机关|政府|各部门)|各类公开主体"
                    + "|本机关|本局|我局|我委|本单位|本部门|我市|我区|我县|本市|本区|本县|本街道?|我街道?|本镇|我镇|本乡|我乡");
    /** Words of the township level: for a 街道 or 镇 that publishes the report they name the body itself. */
    private static final Pattern TOWNSHIP_PART = Pattern.compile("乡镇|乡\\(镇\\)|乡、镇|街道|镇街");
    /** How a report calls itself when its body is a 街道, 镇 or 乡 (本街道2017年度未发生…, 我镇主动公开…). */
    private static final Pattern TOWNSHIP_SELF = Pattern.compile("[我本](?:街道|镇|乡)(?![村级政府镇])");
    /** A 街道 or 乡镇 naming itself as the report's author: 由北京市东城区东直门街道办事处编制的2017年度…报告. */
    private static final Pattern TOWNSHIP_AUTHOR = Pattern.compile(
            "由[^,。;由]{0,30}?(?:街道办事处|街道|[镇乡](?:人民政府)?)(?:编制|编写|制作)");
    /** The title: the first line naming a year's report (a breadcrumb naming 年报 has no year). */
    private static final Pattern TITLE_LINE = Pattern.compile(
            "(?:19|20)\\d{2}[ ]?年度?[^\\n]{0,40}?(?:\\n[ \\t]*(?:工作)?(?:年度)?)?(?:报告|年报)");
    /** A title naming a 街道 (办事处) or a 镇/乡 as the publisher: 石牌街道办事处2017年政府信息公开… */
    private static final Pattern TOWNSHIP_TITLE = Pattern.compile(
            "(?<![乡镇村])(?:街道办事处|街道办|街道|街|[镇乡](?:人民政府|政府)?)[ ]?(?:\\d{4}年度?)?[ ]?(?:政府|政务)?信息公开"
                    + "(?:工作)?(?:年度)?报告");
    /**
     * Words before a part that make it one of a list (以及各县区…, 、14个镇街道): the list as a whole is not a part.
     * A part in brackets (乡镇（街道）) only glosses the word before it.
     */
    private static final Pattern LISTED = Pattern.compile("(?:、|和|及|与|以及|\\()[^,;。、和及与(]{0,4}$");
    /**
     * Channels of publication. A clause naming exactly one (通过政府网站…, 网上公开…, 政府公报公开…) counts that channel;
     * one naming several (政府网站、政府公报、新闻发布会等) or a main channel (以网站为主要渠道) counts them all.
     */
    private static final Pattern CHANNEL = Pattern.compile(
            "(?<!以)(?:门户网站|政府网站|网站|网上|网络|门户|政府公报|公报|政报|政务微博|微博|政务微信|微信|报刊|报纸|广播|电视"
                    + "|新闻发布会|新闻媒体|媒体|其他方式|其它方式|栏目|专栏|平台|客户端|查阅点|公开栏|显示屏|触摸屏|热线)");
    /** Words that make a channel one of several: 等, or a list mark after it. */
    private static final Pattern MORE_CHANNELS = Pattern.compile("^(?:等|、|和|及|与|以及|或)");
    private static final Pattern STATEMENT_CONTINUES = Pattern.compile("^[ \\t]*(?:其中|其余)");

    private final String text;
    /** True when the report's body is itself a 街道 or 镇: its 街道 is not a part of it. */
    private final boolean townshipBody;
    /** Offsets where sentences start (after 。!? or a line break), ascending; statementOf maps them to statements. */
    private final int[] sentenceStarts;
    private final int[] statementOf;

    BodyScope(String normalized) {
        this.text = normalized;
        this.townshipBody = townshipBody(normalized);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '!' || c == '?' || c == '\n') {
                starts.add(i + 1);
            }
        }
        sentenceStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        statementOf = new int[sentenceStarts.length];
        for (int i = 0; i < sentenceStarts.length; i++) {
            int s = sentenceStarts[i];
            int e = i + 1 < sentenceStarts.length ? sentenceStarts[i + 1] : text.length();
            boolean continues = i > 0 && (STATEMENT_CONTINUES.matcher(text.substring(s, Math.min(e, s + 8))).find()
                    || listRunsOn(s));
            statementOf[i] = continues ? statementOf[i - 1] : i;
        }
    }

    /**
     * True when the title (the first lines) names a 街道 or a 镇/乡 as the publisher, or when the preamble names one as
     * the author (由…街道办事处编制, where the page has no title line) or the report calls itself 本街道 / 我镇 / 我乡.
     */
    static boolean townshipBody(String normalized) {
        Matcher title = TITLE_LINE.matcher(normalized).region(0, Math.min(normalized.length(), 1500));
        if (!title.find()) {
            return untitledTownship(normalized);
        }
        int lineStart = normalized.lastIndexOf('\n', title.start()) + 1;
        // a title broken over two lines (…政府信息公开工作 / 年度报告) is read as one
        String line = normalized.substring(lineStart, title.end()).replaceAll("[ \\t]*\\n[ \\t]*", "");
        return TOWNSHIP_TITLE.matcher(line).find() || untitledTownship(normalized);
    }

    /** The author named in the preamble, or how the text calls itself (a county's report never says 本镇). */
    private static boolean untitledTownship(String text) {
        String head = text.substring(0, Math.min(text.length(), 3000));
        return TOWNSHIP_AUTHOR.matcher(head).find() || TOWNSHIP_SELF.matcher(head).find();
    }

    /** A line after one that ends with ; goes on with its list (…占总体的比例为2.8%;\n法规文件类信息25条…). */
    private boolean listRunsOn(int sentenceStart) {
        return sentenceStart >= 2 && text.charAt(sentenceStart - 1) == '\n' && text.charAt(sentenceStart - 2) == ';';
    }

    int sentence(int offset) {
        int i = Arrays.binarySearch(sentenceStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    int statement(int offset) {
        return statementOf[Math.max(0, sentence(offset))];
    }

    int statementStart(int offset) {
        return sentenceStarts[statement(offset)];
    }

    int sentenceStart(int offset) {
        return sentenceStarts[Math.max(0, sentence(offset))];
    }

    /**
     * The statement holding the offset (a sentence and the 其中 sentences after it) with the sentence before it, which
     * often names what the statement is about ("…政府信息公开行政复议51件…。提起行政诉讼25件…").
     */
    String statementContext(int offset) {
        int st = statement(offset);
        int i = st;
        while (i + 1 < sentenceStarts.length && statementOf[i + 1] == st) {
            i++;
        }
        int end = i + 1 < sentenceStarts.length ? sentenceStarts[i + 1] : text.length();
        return text.substring(sentenceStarts[Math.max(0, st - 1)], end);
    }

    /** True when the nearest subject word before the offset in its statement names a part of the body. */
    boolean isPart(int offset) {
        int from = statementStart(offset);
        if (from >= offset) {
            return false;
        }
        String left = text.substring(from, offset);
        int lastPart = -1;
        Matcher p = PART.matcher(left);
        while (p.find()) {
            if (townshipBody && TOWNSHIP_PART.matcher(p.group()).matches()) {
                continue; // 街道 in a 街道's own report is the body itself
            }
            if (insideWhole(left, p.start())) {
                continue; // the 街道 of 本街道 / 我街道: the body itself
            }
            if (!LISTED.matcher(left.substring(Math.max(0, p.start() - 6), p.start())).find()) {
                lastPart = p.start();
            }
        }
        if (lastPart < 0) {
            return false;
        }
        Matcher w = WHOLE.matcher(left);
        int lastWhole = -1;
        while (w.find()) {
            lastWhole = w.start();
        }
        return lastPart > lastWhole;
    }

    /** True when a whole-body word (本街道, 全乡 …) covers the offset: a part word there is part of it. */
    private static boolean insideWhole(String left, int at) {
        Matcher w = WHOLE.matcher(left).region(Math.max(0, at - 2), Math.min(left.length(), at + 3));
        while (w.find()) {
            if (w.start() < at && w.end() > at) {
                return true;
            }
        }
        return false;
    }

    /** True when the statement names a whole-body subject before the offset (全市, 本机关 …). */
    boolean namesWhole(int offset) {
        int from = statementStart(offset);
        return from < offset && WHOLE.matcher(text.substring(from, offset)).find();
    }

    /** True when the clause before the offset counts one channel of publication (通过政府网站…, 网上公开…). */
    boolean namesChannel(int offset) {
        int from = clauseStart(offset);
        Matcher m = CHANNEL.matcher(text).region(from, offset);
        String only = null;
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(offset, m.end() + 2));
            if (MORE_CHANNELS.matcher(after).find() || (only != null && !only.equals(m.group()))) {
                return false; // several channels, or a list of them: the whole
            }
            only = m.group();
        }
        return only != null;
    }

    /** The text between two offsets. */
    String text(int start, int end) {
        return text.substring(start, end);
    }

    /** The clause holding a span: from the clause start before it to the span's end. */
    String clauseText(int start, int end) {
        return text.substring(clauseStart(start), end);
    }

    /** Start of the clause holding the offset: after the last , ; 。 or line break. */
    int clauseStart(int offset) {
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '。' || c == '\n' || c == '!' || c == '?') {
                return i + 1;
            }
        }
        return 0;
    }
}
