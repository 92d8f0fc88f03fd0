package org.ogireview.extract;

import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.OwnFigure;
import org.ogireview.model.OwnKeys;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures a report states under its own labels, outside the catalogue: run after the catalogue extraction, it
 * never yields a catalogue key and never changes a catalogue figure. Conservative by design; two kinds only:
 * <ul>
 *   <li><b>The report's own category list</b> of proactively disclosed items: two or more clauses of the form
 *   LABEL NUMBER UNIT (条/件/个/项/篇, a stated share 占x% may follow), one after the other, opened by 其中, 按信息类别分,
 *   包括 … or a bracket after a proactive total (2013年主动公开政府信息共455条(规范性文件84条,计划规划20条,…)). Items the
 *   catalogue already took (their spans overlap a catalogue figure) stay catalogue figures; the rest become
 *   {@code own.cat.*} figures, which the check "categories add up to the total" sums with the catalogue's.</li>
 *   <li><b>Clearly labelled counts</b>: a whole clause LABEL NUMBER UNIT (次, 篇, 期, 场 …) whose label ends in a noun
 *   the genre counts (新闻发布会, 在线访谈, 政策解读稿, 公众号…信息, 网站访问量, 政府信息总数 …), not about
 *   applications, fees, reconsideration or litigation (what the catalogue covers), and outside the problems and
 *   plans part. Scores (总分90.7分), shares, dates, money and numbers in words are never taken.</li>
 * </ul>
 */
public final class OwnFigures {

    /** Where a clause ends; 、 too, though a label may hold one (政策、规范性文件类): see {@link #clauses}. */
    private static final String BOUNDARIES = ",;、。:()!?\n";
    /** Boundaries a category list runs across. */
    private static final String LIST_SEPARATORS = ",;、 ";

    private static final String CATEGORY_UNITS = "条|件|项|篇";
    private static final Pattern CATEGORY_ITEM = Pattern.compile(
            "^[ \\t]*(?<label>[\\p{IsHan}、]{2,24}?)[ ]?(?:累计|共计|合计|共有|共|计)?[ ]?(?<num>\\d{1,3}(?: \\d{3})+|\\d{1,9}(?:\\.\\d{1,4})?)"
                    + "(?<more>余|多)?(?<mul>万)?(?<more2>余|多)?[ ]?(?<unit>" + CATEGORY_UNITS + ")(?:[ ]?占(?:比)?[ ]?\\d+(?:\\.\\d+)?[ ]?%)?"
                    + "[ \\t]*$");
    /** A clause that only states the share of the item before it: 占58.4%. */
    private static final Pattern SHARE = Pattern.compile("^[ \\t]*占(?:比)?[ ]?\\d+(?:\\.\\d+)?[ ]?%[ \\t]*$");
    /** What opens a category list in the clause before it (or at the head of its first label). */
    private static final Pattern LIST_INTRO = Pattern.compile("其中|类别|分类|类型|包括|包含|分别|如下|主要有|按.{0,6}分");
    private static final Pattern LABEL_HEAD_INTRO = Pattern.compile(
            "^(?:其中|主要包含|主要包括|包含|包括|分别为|分别是|主要有)");
    /** Words no category name holds: a list of them counts by channel (在门户网站发布…17条), not by category. */
    private static final Pattern NOT_A_CATEGORY = Pattern.compile(
            "^在|公开|发布|通过|依托|报道|^各|各$|本级|市直|县直|区直|乡镇|镇街|县市区|市级|县级|区级");
    /**
     * The catalogue's categories of proactively disclosed items (what check/PartsWholeRules sums): the fields the
     * vocabulary words as categories.
     */
    private static final Set<String> CATALOGUE_CATEGORIES = FieldVocabulary.standard().categoryKeys();
    /** A total of a part of the body (departments, counties, townships), whose categories are not the report's. */
    private static final Pattern PART_OF_THE_BODY = Pattern.compile(
            "各部门|政府部门|[市县区]直部门|[市县区]级部门|[市县区]级政府部门|本级|各县|各区|各乡镇|各街道|乡镇街道|镇街|县\\(市");
    /** Labels too bare to tell what they count. */
    private static final Set<String> BARE_LABELS = Set.of("信息", "政府信息", "政务信息", "各类信息", "文件", "动态",
            "公告", "通知", "工作信息");
    /** Longest label of a clearly labelled count kept (a longer one is a sentence, not a label). */
    private static final int MAX_COUNT_LABEL = 16;
    private static final Pattern NARRATIVE_TOTAL = Pattern.compile("(?:新增)?主动公开");
    private static final Pattern PROACTIVE_TOTAL = Pattern.compile("(?:累计|新增|历年累计)?主动公开");
    private static final Pattern TOTAL_LABEL = Pattern.compile("^(?:总计|合计|共计|总数|共|累计|全年)$");

    private static final String COUNT_UNITS = "人次|条次|条|次|篇|期|场|件|个|项|份|部|批";
    private static final Pattern COUNT = Pattern.compile(
            "^[ \\t]*(?:\\d{4}年度?[ ]?)?(?<label>[\\p{IsHan}]{2,30}?)[ ]?(?:共计|累计|合计|总计|共有|共|达到|达|为|有)?[ ]?"
                    + "(?<num>\\d{1,3}(?: \\d{3})+|\\d{1,9}(?:\\.\\d{1,4})?)(?<more>余|多)?(?<mul>万)?(?<more2>余|多)?[ ]?"
                    + "(?<unit>" + COUNT_UNITS + ")(?<post>以上|左右)?[ \\t]*$");
    /** Nouns a clearly labelled count ends in. */
    private static final Pattern COUNT_HEAD = Pattern.compile(
            "(?:信息|文章|简报|简讯|周报|月报|专刊|期刊|新闻发布会|发布会|访谈|解读稿|解读|稿件|事件|咨询|访问量|浏览量|"
                    + "点击量|访问人次|总数|公众号|微博|留言|来信|来电|会议|培训|座谈会|听证会|专栏|栏目|推文|视频|"
                    + "公告|公示|通知|动态|文件)$");
    /** Words no label of a category list holds: such a list is of applications or replies, not of categories. */
    private static final Pattern NOT_CATEGORY_WORDS = Pattern.compile(
            "申请|答复|复议|诉讼|申诉|不予公开|部分公开|同意公开");
    /** Words of what the catalogue counts; a count labelled so is the catalogue's (or a trap), never the report's own. */
    private static final Pattern CATALOGUE_WORDS = Pattern.compile(
            "申请|答复|复议|诉讼|申诉|收费|费用|减免|不予公开|部分公开|同意公开|工作人员|专职|兼职");
    /** Words in front of a label that are not part of what is counted. */
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:其中|全年|本年度|本年|今年|年内|年度|共计|累计|合计|共|另有|另|并|已|还|同时|此外|全区|全市|全县|全镇|"
                    + "我(?:局|委|镇|乡|街道|区|市|县|办|单位|中心|园区|处|室)?|本(?:单位|机关|局|委|镇|乡|部门)|"
                    + "通过|举办|召开|组织|开展|发布|接受|受理|编制|印发|更新|转载|新增|累计|汇总|处理|办理|完成|设置|开设|设立|建立|"
                    + "主要包含|主要包括|包含|包括|分别为|分别是|主要有|[一二三四五六七八九十]是)");
    private static final Pattern TRAILING_FILLER = Pattern.compile("(?:共计|累计|合计|总计|共有|共|计|达到|达|为|有)$");

    private static final Set<Topic> NOT_THE_REPORT_OWN_FIGURES = EnumSet.of(Topic.PROBLEMS);
    private static final Set<Topic> NOT_CATEGORY_TOPICS = EnumSet.of(Topic.APPLICATIONS, Topic.FEES, Topic.REVIEW,
            Topic.PROBLEMS);
    private static final double CATEGORY_CONFIDENCE = 0.7;
    private static final double COUNT_CONFIDENCE = 0.6;

    /** One clause of the text: [start, end) and the boundary character after it (0 at the end of the text). */
    private record Clause(int start, int end, char after) {
    }

    /** One LABEL NUMBER UNIT item of a list, its span from the label's first character to the unit's last. */
    private record Item(int clause, String label, int labelStart, int end, String number, boolean more,
                        boolean tenThousand, String unit) {

        /** The value, or null for a number that is not a whole count (a decimal without 万). */
        BigDecimal value() {
            BigDecimal v = NumberText.parse(number, tenThousand ? "万" : null);
            return v == null || v.stripTrailingZeros().scale() > 0 ? null : v;
        }
    }

    /**
     * The report-specific figures of a report, in text order, one per key (the first statement of a label wins).
     *
     * @param catalogue the catalogue figures the extractor settled on: their spans are left to them
     */
    public List<OwnFigure> extract(NormalizedText text, List<ExtractedFigure> catalogue, ReportFormat format) {
        String s = text.normalized();
        SectionSplitter.Sections sections = SectionSplitter.split(text);
        List<Clause> clauses = clauses(s);
        boolean[] used = new boolean[clauses.size()];
        Map<String, OwnFigure> out = new LinkedHashMap<>();

        // the report's own category list: the run holding the catalogue's categories when it took some (a second
        // list further on breaks a part down, 市级部门 or 重点领域), else the first run that opens as one
        List<Item> list = null;
        List<ExtractedFigure> catalogueCategories = catalogue.stream()
                .filter(f -> CATALOGUE_CATEGORIES.contains(f.key())).toList();
        for (int i = 0; i < clauses.size(); i++) {
            List<Item> run = categoryRun(s, clauses, i);
            if (run.size() < 2) {
                continue;
            }
            i = run.get(run.size() - 1).clause();
            if (!isCategoryList(s, clauses, run, sections)) {
                continue;
            }
            boolean holdsCatalogue = run.stream().anyMatch(item -> overlaps(item.labelStart(), item.end(),
                    catalogueCategories));
            if (holdsCatalogue || (list == null && catalogueCategories.isEmpty())) {
                list = run;
                if (holdsCatalogue) {
                    break;
                }
            }
        }
        if (list != null) {
            for (Item item : list) {
                used[item.clause()] = true;
                int[] at = cleanLabel(item.label());
                String label = item.label().substring(at[0], at[1]);
                if (TOTAL_LABEL.matcher(label).matches() || overlaps(item.labelStart(), item.end(), catalogue)) {
                    continue;
                }
                add(out, text, label, item.labelStart() + at[0], item, true, CATEGORY_CONFIDENCE, null);
            }
        }

        for (int i = 0; i < clauses.size(); i++) {
            if (used[i]) {
                continue;
            }
            Clause c = clauses.get(i);
            Matcher m = COUNT.matcher(s).region(c.start(), c.end());
            m.useAnchoringBounds(true);
            if (!m.matches()) {
                continue;
            }
            int[] at = cleanLabel(m.group("label"));
            String label = m.group("label").substring(at[0], at[1]);
            int labelStart = m.start("label") + at[0];
            // 在衢江区政府信息公开平台主动公开信息80条: the channel in front is not part of the label
            Matcher total = PROACTIVE_TOTAL.matcher(label);
            int cut = -1;
            while (total.find()) {
                cut = total.start();
            }
            if (cut > 0) {
                labelStart += cut;
                label = label.substring(cut);
            }
            if (format == ReportFormat.NARRATIVE && NARRATIVE_TOTAL.matcher(label).lookingAt()) {
                continue; // a narrative report's proactive total is the catalogue's proactive.total
            }
            if (label.length() < 2 || label.length() > MAX_COUNT_LABEL || BARE_LABELS.contains(label)
                    || !COUNT_HEAD.matcher(label).find() || CATALOGUE_WORDS.matcher(label).find()
                    || overlaps(labelStart, m.end("unit"), catalogue)
                    || sections.topicsAt(c.start()).stream().anyMatch(NOT_THE_REPORT_OWN_FIGURES::contains)) {
                continue;
            }
            Item item = new Item(i, label, labelStart, m.end("unit"), m.group("num"),
                    m.group("more") != null || m.group("more2") != null
                            || m.group("post") != null && m.group("post").equals("以上"),
                    m.group("mul") != null, m.group("unit"));
            Qualifier q = m.group("post") != null && m.group("post").equals("左右") ? Qualifier.ABOUT : null;
            add(out, text, label, labelStart, item, false, COUNT_CONFIDENCE, q);
        }
        List<OwnFigure> figures = new ArrayList<>(out.values());
        figures.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return figures;
    }

    private static void add(Map<String, OwnFigure> out, NormalizedText text, String label, int labelStart,
                            Item item, boolean category, double confidence, Qualifier qualifier) {
        String key = OwnKeys.of(label, category).orElse(null);
        BigDecimal v = item.value();
        if (key == null || v == null || out.containsKey(key)) {
            return;
        }
        Qualifier q = qualifier != null ? qualifier : item.more() ? Qualifier.MORE_THAN : Qualifier.EXACT;
        String value = NumberText.format(v);
        // the label as the report writes it (Traditional stays Traditional): same offsets in the original
        String written = text.originalSlice(labelStart, labelStart + label.length());
        String unit = text.originalSlice(item.end() - item.unit().length(), item.end());
        out.put(key, new OwnFigure(written, key, value, unit, q, labelStart, item.end(),
                text.originalSlice(labelStart, item.end()), confidence));
    }

    /**
     * The items of a category list starting at clause {@code first}: item clauses joined by list separators, a
     * share clause (占58.4%) skipped, a label cut at 、 joined back (政策、规范性文件类信息12条).
     */
    private static List<Item> categoryRun(String s, List<Clause> clauses, int first) {
        List<Item> run = new ArrayList<>();
        int i = first;
        while (i < clauses.size()) {
            Clause c = clauses.get(i);
            int labelFrom = c.start();
            int j = i;
            // a clause with no number followed by 、: the first half of a label such as 政策、规范性文件类
            while (j + 1 < clauses.size() && clauses.get(j).after() == '、' && noDigit(s, clauses.get(j))
                    && clauses.get(j).end() - clauses.get(j).start() <= 8) {
                j++;
            }
            Clause last = clauses.get(j);
            Matcher m = CATEGORY_ITEM.matcher(s).region(labelFrom, last.end());
            m.useAnchoringBounds(true);
            if (!m.matches()) {
                if (!run.isEmpty() && SHARE.matcher(s).region(c.start(), c.end()).matches()
                        && LIST_SEPARATORS.indexOf(clauses.get(i - 1).after()) >= 0) {
                    i++;
                    continue;
                }
                break;
            }
            String label = m.group("label");
            if (!run.isEmpty() && LABEL_HEAD_INTRO.matcher(label).find()) {
                break; // ,其中主站采用15条: a part of the list, not one more category
            }
            run.add(new Item(j, label, m.start("label"), m.end("unit"), m.group("num"),
                    m.group("more") != null || m.group("more2") != null, m.group("mul") != null, m.group("unit")));
            if (LIST_SEPARATORS.indexOf(last.after()) < 0) {
                break;
            }
            i = j + 1;
        }
        return run;
    }

    /** A run is a category list when something opens it as one, in the proactive part, about nothing else. */
    private static boolean isCategoryList(String s, List<Clause> clauses, List<Item> run,
                                          SectionSplitter.Sections sections) {
        Item first = run.get(0);
        if (sections.topicsAt(first.labelStart()).stream().anyMatch(NOT_CATEGORY_TOPICS::contains)) {
            return false;
        }
        for (Item item : run) {
            if (NOT_CATEGORY_WORDS.matcher(item.label()).find() || NOT_A_CATEGORY.matcher(item.label()).find()) {
                return false;
            }
        }
        boolean opened = LABEL_HEAD_INTRO.matcher(first.label()).find();
        int firstClause = first.clause();
        while (firstClause > 0 && clauses.get(firstClause - 1).after() == '、' && clauses.get(firstClause).start()
                > first.labelStart()) {
            firstClause--;
        }
        if (!opened && firstClause > 0) {
            Clause before = clauses.get(firstClause - 1);
            String intro = s.substring(before.start(), before.end());
            opened = before.after() == '(' || before.after() == ':' || LIST_INTRO.matcher(intro).find();
        }
        if (!opened) {
            return false;
        }
        int paragraph = Math.max(s.lastIndexOf('\n', first.labelStart() - 1), first.labelStart() - 300);
        String context = s.substring(Math.max(0, paragraph), first.labelStart());
        int sentence = Math.max(s.lastIndexOf('。', first.labelStart() - 1), paragraph);
        if (PART_OF_THE_BODY.matcher(s.substring(Math.max(0, sentence), first.labelStart())).find()) {
            return false; // 市政府各部门主动公开政府信息21436条,其中概况类…: the categories of a part, not the report's
        }
        return context.contains("公开") || context.contains("类别");
    }

    /** A label without the words around it that are not part of what is counted: {from, to} within it. */
    private static int[] cleanLabel(String label) {
        int from = 0;
        int to = label.length();
        boolean changed = true;
        while (changed) {
            changed = false;
            while (from < to && (label.charAt(from) == '、' || Character.isWhitespace(label.charAt(from)))) {
                from++;
                changed = true;
            }
            Matcher lead = LEADING_FILLER.matcher(label).region(from, to);
            if (lead.lookingAt() && lead.end() < to - 1) {
                from = lead.end();
                changed = true;
            }
        }
        while (to > from && Character.isWhitespace(label.charAt(to - 1))) {
            to--;
        }
        Matcher trail = TRAILING_FILLER.matcher(label).region(from, to);
        if (trail.find() && trail.start() >= from + 2) {
            to = trail.start();
        }
        return new int[]{from, to};
    }

    private static boolean overlaps(int start, int end, List<ExtractedFigure> catalogue) {
        for (ExtractedFigure f : catalogue) {
            if (f.start() < end && start < f.end() && f.end() > f.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean noDigit(String s, Clause c) {
        for (int i = c.start(); i < c.end(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Clause> clauses(String s) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean brokenLine = ch == '\n' && i > 0 && i + 1 < s.length() && isHan(s.charAt(i - 1))
                    && isHan(s.charAt(i + 1));
            if (!brokenLine && (BOUNDARIES.indexOf(ch) >= 0 || ch == '，' || ch == '；' || ch == '。' || ch == '：')) {
                char b = switch (ch) {
                    case '，' -> ',';
                    case '；' -> ';';
                    case '：' -> ':';
                    default -> ch;
                };
                if (i > start) {
                    out.add(new Clause(start, i, b));
                }
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(new Clause(start, s.length(), (char) 0));
        }
        return out;
    }
}
