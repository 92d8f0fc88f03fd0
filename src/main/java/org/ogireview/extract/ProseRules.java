package org.ogireview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The wording of narrative reports, field by field: a label, a number, a unit ("主动公开政府信息61540条",
 * "同意公开20件,占74.07%", "设置了15个查阅点"). Patterns run on the normalised text (Simplified, ASCII punctuation),
 * so "主動公開" and "主动公开" read alike. Each pattern carries one number ({@link Quantity#REGEX}) and its unit
 * in group qunit.
 */
final class ProseRules {

    /**
     * @param breakdown the report often gives this count's share (占74.07%): read it as key.pct
     */
    record Rule(String key, Topic topic, AnchoredPattern matches, double confidence, Candidate.Kind kind,
                boolean breakdown, Pattern strongWords) {

        /** The kind of a match: a plain one (no word of disclosure) stands only in the part of its topic. */
        Candidate.Kind kindOf(String matched) {
            return strongWords != null && !strongWords.matcher(matched).find() ? Candidate.Kind.OWN_PART_ONLY : kind;
        }

        Rule needing(String words) {
            return new Rule(key, topic, matches, confidence, kind, breakdown, Pattern.compile(words));
        }
    }

    /** Words between a label and its number that say nothing about the number. */
    static final String FILL = "[ ]?(?:共计|合计|总计|总数为|总数|总量为|总量|共有|共|为|是|达到|达|有|计)?[ ]?";
    /** A stretch of words inside one clause (no number, no clause mark). */
    private static final String WORDS = "[^,;。:\\d\\n]";
    /** As WORDS, but not running into another kind of figure. */
    private static final String APP_WORDS = "(?:(?!复议|诉讼|投诉|举报|申诉|信访|当面|网上|网络|信函|传真|电子邮件|邮寄|答复"
            + "|许可|审批|办件|登记|低保|救助|补贴|建议|提案|服务事项)"
            + WORDS + ")";

    static final String ITEMS = "条|件|项|篇|份|个";
    static final String CASES = "件次|人次|件|条|次|宗|起|例|个|项|份";
    static final String LEGAL = "件|起|宗|例|次|个";
    static final String PEOPLE = "人|名";
    static final String TIMES = "次|场";
    static final String PLACES = "个|处|家";
    static final String MONEY = "元";

    static final List<Rule> RULES = build();

    private ProseRules() {
    }

    private static List<Rule> build() {
        List<Rule> r = new ArrayList<>();
        Candidate.Kind prose = Candidate.Kind.PROSE;
        Candidate.Kind channel = Candidate.Kind.CHANNEL_SENSITIVE;

        // Proactive disclosure: the total, then the category split.
        r.add(count("proactive.total", Topic.PROACTIVE,
                "主动(?:向社会)?公开(?:了)?(?:各类|各种|相关)?(?:政府|政务)?(?:信息|资讯|文件)(?:的)?(?:总数|总量|数量|条数|数)?",
                ITEMS, 0.85, channel, false));
        r.add(raw("proactive.total", Topic.PROACTIVE,
                "主动(?:向社会)?公开(?:了)?(?:各类|各种)?{N}[ ]?(?<qunit>条|件)(?:各类)?(?:政府|政务)?(?:信息|资讯){POST}",
                0.85, channel, false));
        r.add(count("proactive.total", Topic.PROACTIVE,
                "(?:共|累计|共计|全年)(?:发布|公开|公布)(?:了)?(?:各类|各种)?(?:政府|政务)?(?:信息|资讯)",
                ITEMS, 0.7, channel, false));
        // without 主动: the year's own disclosures (本年度公开政府信息N条, 新增公开政府信息86条)
        r.add(count("proactive.total", Topic.PROACTIVE,
                "(?:本年度?|今年|年内|当年|新增)(?:共|累计|共计)?(?:发布|公开|公布)(?:了)?(?:各类|各种)?(?:政府|政务)?(?:信息|资讯)",
                ITEMS, 0.7, channel, false));
        // a 总计 after the channel counts it adds up (网站公开320条、公开栏公开56条,总计376条): only in the proactive part
        r.add(raw("proactive.total", Topic.PROACTIVE,
                "(?<=[,;。、] ?)(?:总计|合计|共计)(?:公开|发布)?(?:政府|政务)?(?:信息)?[ ]?{N}[ ]?(?<qunit>条|件){POST}",
                0.65, Candidate.Kind.OWN_PART_ONLY, false));
        String cat = "(?:类)?(?:政府)?(?:信息|资讯|文件)?(?:类)?";
        r.add(count("proactive.overview", Topic.PROACTIVE, "概况" + cat, ITEMS, 0.85, Candidate.Kind.CATEGORY, true));
        // 计划 / 计画 alone is the same category (计画54条 in a split); 计划规划, 规划计划, 计划生育 are not
        r.add(count("proactive.plans", Topic.PROACTIVE, "(?<!规划|生育)计[划画](?!规划|生育|类?信息公开)(?:总结)?" + cat, ITEMS, 0.85, Candidate.Kind.CATEGORY, true));
        r.add(count("proactive.regulatory_docs", Topic.PROACTIVE, "(?:法规公文|政策法规|政策、?规范性(?:文件|档案)|规范性(?:文件|档案))" + cat, ITEMS,
                0.85, Candidate.Kind.CATEGORY, true));
        r.add(count("proactive.work_updates", Topic.PROACTIVE, "工作动态" + cat, ITEMS, 0.85, Candidate.Kind.CATEGORY,
                true));
        r.add(count("proactive.personnel", Topic.PROACTIVE, "人事(?:任免)?" + cat, ITEMS, 0.85, Candidate.Kind.CATEGORY, true));
        r.add(count("proactive.finance", Topic.PROACTIVE, "财政" + cat, ITEMS, 0.85, Candidate.Kind.CATEGORY, true));
        r.add(count("proactive.enforcement", Topic.PROACTIVE, "行政执法" + cat, ITEMS, 0.85, Candidate.Kind.CATEGORY,
                true));
        r.add(count("proactive.other", Topic.PROACTIVE, "(?:其他|其它)" + cat, ITEMS, 0.85, Candidate.Kind.CATEGORY,
                true));

        // Table 二's 规章 and 规范性文件 in the prose of a table report (制定规范性文件0件，废除规范性文件0件，正在实施的…0件);
        // the keys are of the 2021 tables, so a narrative report drops them
        String docUnits = "件|个|份|部|项";
        String rules = "(?:政府)?规章(?!制度)";
        String normative = "(?:行政)?规范性文件";
        String issued = "(?:制定|制发|出台|印发)(?:了)?(?:新的)?";
        String repealed = "(?:废止|废除)(?:了)?";
        String inForce = "(?:正在实施|现行有效|正在执行)(?:的)?";
        r.add(count("proactive.normative_docs.issued", Topic.PROACTIVE, issued + normative, docUnits, 0.8, prose, false));
        r.add(count("proactive.normative_docs.repealed", Topic.PROACTIVE, repealed + normative, docUnits, 0.8, prose,
                false));
        r.add(count("proactive.normative_docs.in_force", Topic.PROACTIVE, inForce + normative, docUnits, 0.8, prose,
                false));
        r.add(count("proactive.rules.issued", Topic.PROACTIVE, issued + rules, docUnits, 0.8, prose, false));
        r.add(count("proactive.rules.repealed", Topic.PROACTIVE, repealed + rules, docUnits, 0.8, prose, false));
        r.add(count("proactive.rules.in_force", Topic.PROACTIVE, inForce + rules, docUnits, 0.8, prose, false));

        // Applications: received, answered, outcomes, and how they were filed.
        r.add(count("applications.received", Topic.APPLICATIONS,
                "(?:受理|收到|接到|接收|办理)(?:了)?" + APP_WORDS + "{0,20}?申请(?!人)" + APP_WORDS + "{0,10}?",
                CASES, 0.85, prose, false).needing("公开"));
        r.add(raw("applications.received", Topic.APPLICATIONS,
                "(?:受理|收到|接到|接收)(?:了)?(?:各类)?{N}[ ]?(?<qunit>件次|件|条|份|项|起|宗|个|次){POST}"
                        + "(?:由" + WORDS + "{1,12}?(?:发起|提出|提交)的)?"
                        + "(?:政府信息公开|信息公开|依申请公开|公开政府信息)?(?:的)?申请(?!人)", 0.85, prose, false));
        // 收到政府信息公开申请1, : the unit left out, the clause ends at the number (not 3,216件: a thousands mark)
        r.add(raw("applications.received", Topic.APPLICATIONS,
                "(?:受理|收到|接到|接收)(?:了)?(?:政府信息公开|信息公开|依申请公开|公开政府信息)(?:的)?申请" + FILL
                        + "(?=[\\d一二三四五六七八九十两])(?<qunit>){N}{POST}(?=[ ]?[,;。])(?![ ]?,\\d)", 0.75, prose, false));
        r.add(count("applications.received", Topic.APPLICATIONS, "申请(?:总数|总量|数量|件数)", CASES, 0.8, prose,
                false).needing("公开"));
        r.add(count("applications.received", Topic.APPLICATIONS,
                "依申请公开(?:政府)?(?:信息)?(?:的)?(?:申请)?(?:数量|件数|总数)?", CASES, 0.7, prose, false));
        r.add(count("applications.replies", Topic.APPLICATIONS, "(?:对申请的?)?答[复覆](?:的)?总数", CASES, 0.85, prose,
                false));
        r.add(count("applications.answered", Topic.APPLICATIONS,
                "(?<!公开|不予|处理|的|类型|其他|其它)(?:办理|已|予以|共)?答[复覆](?!总数)(?:的)?(?:申请)?(?:件)?", CASES, 0.8,
                prose, false));
        r.add(count("applications.answered", Topic.APPLICATIONS, "(?:已|共)?办结(?:申请)?", CASES, 0.75, prose, false)
                .needing("申请"));
        r.add(count("applications.granted", Topic.APPLICATIONS,
                "(?<!不)(?<!部分)(?:同意公开|予以公开|准予公开|同意全部公开|予以全部公开|全部公开|决定公开)(?:的)?(?:答复|申请)?",
                CASES, 0.85, prose, true));
        r.add(count("applications.partly_granted", Topic.APPLICATIONS,
                "(?:同意部分公开|予以部分公开|部分同意公开|部分公开)(?:的)?(?:答复|申请)?", CASES, 0.85, prose, true));
        r.add(count("applications.denied", Topic.APPLICATIONS,
                "(?<!部分)(?:不予公开|不同意公开|否决公开|决定不予公开)(?:的)?(?:答复|申请)?", CASES, 0.85, prose, true));
        r.add(count("applications.not_this_agency", Topic.APPLICATIONS,
                "(?:不属于本|不属本|非本)(?:行政)?(?:机关|部门|单位|局|厅|委|办)(?:政府信息)?(?:公开|职责|权限|职能|掌握|制作|保存|管理){0,3}"
                        + "(?:范围)?(?:内)?(?:的)?(?:政府)?"
                        + "(?:信息|申请)?(?:的)?",
                CASES, 0.85, prose, true));
        r.add(count("applications.not_exist", Topic.APPLICATIONS,
                "信息不存在(?:的)?(?:申请)?", CASES, 0.85, prose, true));
        r.add(count("applications.unable", Topic.APPLICATIONS, "无法提供(?:的)?", CASES, 0.85, prose, true));
        r.add(count("applications.not_processed", Topic.APPLICATIONS, "不予处理(?:的)?", CASES, 0.85, prose, true));
        r.add(count("applications.other_handling", Topic.APPLICATIONS,
                "(?:其他|其它)(?:类型)?(?:的)?(?:公开)?(?:答[复覆]|处理)(?:的)?(?:数|件数|申请)?", CASES, 0.85, prose, true));
        r.add(count("applications.in_person", Topic.APPLICATIONS,
                "当面(?:提出|递交|提交|受理)?(?:的)?(?:申请)?(?:方式)?(?:的)?", CASES, 0.85, prose, true));
        r.add(count("applications.online", Topic.APPLICATIONS,
                "(?:网上|网络|在线|互联网|网站|电子政务)" + WORDS + "{0,6}?(?:申请|提交|提出)(?:的)?", CASES, 0.85, prose, true));
        r.add(count("applications.mail", Topic.APPLICATIONS,
                "(?:信函|邮寄|来信|邮政|书信)" + WORDS + "{0,4}?(?:申请)?(?:的)?", CASES, 0.85, prose, true));
        r.add(count("applications.fax", Topic.APPLICATIONS, "传真(?:方式)?(?:申请)?(?:的)?", CASES, 0.85, prose, true));
        r.add(count("applications.email", Topic.APPLICATIONS,
                "(?:电子邮件|电子邮箱|电邮|e-?mail|E-?mail)(?:方式)?(?:申请)?(?:的)?", CASES, 0.85, prose, true));

        // Reconsideration and litigation counted before the noun: 发生1起因政府信息公开引起的行政复议
        String about = "(?:因|关于|涉及|有关)?(?:政府)?信息公开(?:工作|申请|事项)?(?:而)?(?:被)?(?:申请|引起|引发|提起)?的";
        r.add(raw("review.total", Topic.REVIEW,
                "(?:发生|收到|受理|接到|办理|有)(?:了)?{N}[ ]?(?<qunit>件|起|宗|例|次){POST}" + about
                        + "(?:行政)?复议(?:案件|申请)?", 0.8, prose, false));
        r.add(raw("litigation.total", Topic.REVIEW,
                "(?:发生|收到|受理|接到|办理|有)(?:了)?{N}[ ]?(?<qunit>件|起|宗|例|次){POST}" + about
                        + "(?:行政)?诉讼(?:案件)?", 0.8, prose, false));

        // Fees collected for disclosure.
        r.add(count("fees.collected", Topic.FEES,
                "(?:收取|收费|收缴)(?:(?!减免|免收|免除)" + WORDS + "){0,15}?(?:费用?|金额|总额)?", MONEY, 0.85, prose,
                false));

        // Staff, press conferences, reading points: wherever the report states them.
        String work = "(?:政府信息公开|政务公开|信息公开|该项|此项|这项)";
        r.add(around("staff.total", Topic.OTHER,
                "(?:共有|共|有)?{N}[ ]?(?:名|个)?(?<qunit>人)(?:专门|专职或兼职|专兼职)?(?:从事|负责)" + work + "工作{POST}",
                24, 12, 0.8, "从事", "负责"));
        r.add(count("staff.total", Topic.OTHER,
                "(?:从事|负责)?" + work + "(?:工作)?(?:机构)?(?:的)?(?:工作)?人员(?:总数)?", PEOPLE, 0.75, prose, false));
        r.add(count("staff.total", Topic.OTHER, "(?:专兼职|专职和兼职|专职或兼职)(?:工作)?人员(?:共)?", PEOPLE, 0.75, prose,
                false));
        r.add(count("staff.full_time", Topic.OTHER, "专职" + work + "?(?:工作)?(?:人员|信息员|联络员)?", PEOPLE, 0.8, prose,
                false));
        r.add(count("staff.part_time", Topic.OTHER,
                "(?<![专和或])兼职" + work + "?(?:工作)?(?:人员|信息员|联络员)?", PEOPLE, 0.8, prose, false));
        // the number before the staff (落实1名专职人员负责…, 配备2名兼职信息员)
        r.add(around("staff.full_time", Topic.OTHER,
                "(?<![\\d.])(?:共|有)?{N}[ ]?(?<qunit>名|个|位)[ ]?专职" + work + "?(?:工作)?(?:人员|信息员|联络员){POST}",
                12, 12, 0.8, "专职"));
        r.add(around("staff.part_time", Topic.OTHER,
                "(?<![\\d.])(?:共|有)?{N}[ ]?(?<qunit>名|个|位)[ ]?兼职" + work + "?(?:工作)?(?:人员|信息员|联络员){POST}",
                12, 12, 0.8, "兼职"));
        // 配备工作人员4名 in a statement about disclosure work (政务公开科…，配备工作人员4名)
        r.add(count("staff.total", Topic.OTHER,
                "(?<=(?:公开|信息)[^。;\\n]{0,40})配备(?:了)?(?:专门|专兼职|专职或兼职)?(?:的)?(?:工作)?人员", PEOPLE, 0.75,
                prose, false));
        r.add(count("channels.press_conferences", Topic.OTHER,
                "(?:召开|举行|举办|组织)(?:了)?(?:各类|各种)?(?:新闻发布会议?|新闻发布活动|新闻发布)", TIMES, 0.85, prose, false));
        r.add(raw("channels.press_conferences", Topic.OTHER,
                "(?:召开|举行|举办|组织)(?:了)?{N}[ ]?(?<qunit>次|场)(?:新闻发布会议?|新闻发布活动){POST}", 0.85, prose, false));
        r.add(count("channels.reading_points", Topic.OTHER,
                "(?:设置|设立|开设|建立|建设|建成|设|共有|拥有)(?:了)?(?:政府信息公开|政府信息|信息公开|政务公开|政务信息)?(?:公共)?"
                        + "查阅(?:点|场所|室|中心)",
                PLACES, 0.85, prose, false));
        r.add(raw("channels.reading_points", Topic.OTHER,
                "(?:设置|设立|开设|建立|建设|建成|设)(?:了)?{N}[ ]?(?<qunit>个|处)(?:政府信息公开|政府信息|信息公开|政务公开|政务信息)?"
                        + "(?:公共)?查阅(?:点|场所|室|中心){POST}", 0.85, prose, false));
        return List.copyOf(r);
    }

    /** Label, then the number and its unit. */
    private static Rule count(String key, Topic topic, String label, String units, double confidence,
                              Candidate.Kind kind, boolean breakdown) {
        return raw(key, topic, label + FILL + "{N}[ ]?(?<qunit>" + units + "){POST}", confidence, kind, breakdown);
    }

    /** A pattern written out, with {N} where the number stands and {POST} after its unit. */
    private static Rule raw(String key, Topic topic, String regex, double confidence, Candidate.Kind kind,
                            boolean breakdown) {
        String expanded = regex.replace("{N}", Quantity.REGEX).replace("{POST}", Quantity.POST);
        return new Rule(key, topic, AnchoredPattern.of(Pattern.compile(expanded)), confidence, kind, breakdown, null);
    }

    /** A number-first pattern, tried in a window around its key words (49人从事该项工作). */
    private static Rule around(String key, Topic topic, String regex, int before, int after, double confidence,
                               String... anchors) {
        String expanded = regex.replace("{N}", Quantity.REGEX).replace("{POST}", Quantity.POST);
        return new Rule(key, topic, AnchoredPattern.around(Pattern.compile(expanded), before, after, anchors),
                confidence, Candidate.Kind.PROSE, false, null);
    }
}
