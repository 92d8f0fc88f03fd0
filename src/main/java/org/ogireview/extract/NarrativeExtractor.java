package org.ogireview.extract;

import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.Qualifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures stated in prose and in free-form statistics tables (narrative reports).
 *
 * <p>Finds every candidate (label patterns, outcome sentences about reconsideration and litigation, zeros in words,
 * statistics-table rows), then keeps what the report states for its whole body in the right part:
 * <ol>
 *   <li>a figure stands only in a part of its own topic when the report has one (行政复议 from 五、…复议…, not
 *       from the overview), and never in the problems-and-plans part;</li>
 *   <li>figures of a part of the body (市级部门, 区县, 乡镇) are dropped; so are totals stated for one channel
 *       (通过政府网站…);</li>
 *   <li>a category (概况类…) stands only within a split of several categories;</li>
 *   <li>where one sentence gives one field several values (查阅点7个 … 8个 … 10个), it lists parts: none stands;</li>
 *   <li>of what is left, the most confident figure of each key stands (table cells above prose), the earliest on a
 *       tie. A share (占74.07%) or a change against last year stands with the figure it qualifies.</li>
 * </ol>
 */
final class NarrativeExtractor {

    /** A share right after a count: ",占74.07%" or "(59.6%)". */
    private static final Pattern SHARE = Pattern.compile(
            "[ ]?,?[ ]?(?:占[^,;。\\d%]{0,15}?|[(])[ ]?(?<pct>\\d+(?:\\.\\d+)?)[ ]?%");
    /** A change against last year right after the proactive total: ",比2011年多2385条". */
    private static final Pattern CHANGE = Pattern.compile(
            "[ ]?,?[ ]?(?:比|较|同比|与)(?:上年|去年|上一年|前一年|上年度|\\d{4}年度?)?(?:同期)?(?:相比)?[ ]?,?[ ]?"
                    + "(?<dir>增加|增长|多|上升|减少|下降|少)(?:了)?[ ]?" + Quantity.REGEX
                    + "[ ]?(?<qunit>条|件|项|篇)" + Quantity.POST);
    /**
     * Outside its own part a figure needs its statement to say what it is about: 来信5000件 in an overview is not an
     * application by letter, 行政复议200件 of a whole government is not about disclosure.
     */
    private static final Map<Topic, Pattern> CONTEXT = Map.of(
            Topic.PROACTIVE, Pattern.compile("公开|发布"),
            Topic.APPLICATIONS, Pattern.compile("申请"),
            Topic.FEES, Pattern.compile("费"),
            Topic.REVIEW, Pattern.compile("信息公开|政务公开"));
    private static final FieldVocabulary VOCABULARY = FieldVocabulary.standard();
    /** The application channels: a label naming two of them joined gives no figure. */
    private static final Set<String> CHANNEL_KEYS = VOCABULARY.channelKeys();
    private static final String CHANNEL_WORD = "(?:当面|网上|网络|在线|信函|邮寄|来信|传真|电子邮件|电子邮箱)";
    private static final Pattern JOINED_CHANNELS = Pattern.compile(CHANNEL_WORD + "(?:申请)?[、和或及/]" + CHANNEL_WORD);
    private static final Pattern CUMULATIVE = Pattern.compile("累计|历年|以来|至今");
    private static final double CUMULATIVE_PENALTY = 0.1;
    /**
     * The verb of proactive disclosure a channel's total must use (主动公开, 向社会公开: 向社会 stands just before the
     * wording's match), not 发布 (a site's posts).
     */
    private static final Pattern PROACTIVE_VERB = Pattern.compile("主动公开|向社会公开");
    /** The disclosure platform itself (信息公开网站, 政府信息公开专栏): what it publishes is disclosed proactively. */
    private static final Pattern DISCLOSURE_PLATFORM = Pattern.compile("信息公开(?:网站|网|专栏|平台|栏目)");
    private static final double TOPIC_BONUS = 0.05;
    private static final double WHOLE_BONUS = 0.03;
    /** A total stated for the only channel the report names: below every total stated without one. */
    private static final double CHANNEL_TOTAL_CONFIDENCE = 0.55;

    List<ExtractedFigure> extract(ExtractionContext context) {
        NormalizedText text = context.text();
        // Prose is read with PDF line breaks taken out; spans go back to the report text at the end. Tables are
        // read from the text as laid out, line by line, in the report's own offsets.
        JoinedText joined = JoinedText.of(text.normalized());
        String s = joined.text();
        SectionSplitter.Sections sections = SectionSplitter.split(s);
        BodyScope scope = new BodyScope(s);

        List<Candidate> found = new ArrayList<>();
        for (ProseRules.Rule rule : ProseRules.RULES) {
            rule.matches().forEach(s, m -> {
                Quantity q = Quantity.read(m);
                if (q == null || (CHANNEL_KEYS.contains(rule.key()) && joinsChannels(s, m.start(), m.end()))) {
                    return; // 信函、传真申请4件: one figure for two channels, which no key holds
                }
                Candidate c = new Candidate(rule.key(), q, Math.max(m.start(), m.end() - 60), m.end(),
                        q.isBlank() ? 0.5 : rule.confidence(), rule.topic(), rule.kindOf(m.group()), null);
                found.add(c);
                if (!q.isBlank()) {
                    if (rule.breakdown()) {
                        share(s, c, m.start(), found);
                    }
                    String changeKey = VOCABULARY.field(rule.key()).change();
                    if (changeKey != null) {
                        change(s, c, changeKey, found);
                    }
                }
            });
        }
        found.addAll(ReviewFigures.find(s));
        found.addAll(ZeroStatements.find(s));
        List<org.ogireview.ingest.TextTable> sourceTables = context.document().tables();
        found.addAll(StatisticsTableReader.read(text, sourceTables,
                sourceTables.isEmpty() ? context.tables() : List.of(), context.year()));

        List<Candidate> kept = new ArrayList<>();
        Map<Candidate, Candidate> original = new IdentityHashMap<>(); // rated figure -> as found (parents point there)
        List<Candidate> channelOnly = new ArrayList<>();
        for (Candidate c : found) {
            if (c.parent() != null || c.kind() == Candidate.Kind.TABLE) {
                kept.add(c);
                original.put(c, c);
            } else if (admissible(c, sections, scope)) {
                Candidate rated = rate(c, sections, scope);
                kept.add(rated);
                original.put(rated, c);
            } else if (c.kind() == Candidate.Kind.CHANNEL_SENSITIVE && admissibleAnywhere(c, sections, scope)
                    && (PROACTIVE_VERB.matcher(s.substring(Math.max(0, c.start() - 3), c.end())).find()
                    || DISCLOSURE_PLATFORM.matcher(scope.clauseText(c.start(), c.end())).find()
                    || disclosurePlatformHeading(sections, c.start()))) {
                channelOnly.add(c);
            }
        }
        for (Candidate c : channelTotals(channelOnly, kept)) {
            kept.add(c);
            original.put(c, c);
        }
        return settle(text, joined, categoriesInSplits(kept, scope), scope, original);
    }

    /** True when the part holding the offset is headed by the disclosure platform (镇政府信息公开网站主动公开…情况). */
    private static boolean disclosurePlatformHeading(SectionSplitter.Sections sections, int offset) {
        SectionSplitter.Section at = sections.at(offset);
        return at != null && at.heading() != null && DISCLOSURE_PLATFORM.matcher(at.heading()).find();
    }

    /** Topic, body and channel checks for a figure found in prose. */
    private static boolean admissible(Candidate c, SectionSplitter.Sections sections, BodyScope scope) {
        return admissibleAnywhere(c, sections, scope) && (c.kind() != Candidate.Kind.CHANNEL_SENSITIVE
                || !(sections.channelAt(c.start()) || scope.namesChannel(c.end())));
    }

    /**
     * A total stated for one channel (新增政府网站主动公开政府信息369条) where the report states no other: many bodies
     * publish through one channel only, and then its count is their total. It stands below any total stated without a
     * channel, only as 主动公开 or 向社会公开 (a site's 发布信息5200条 counts the site's posts), and only when the report gives the
     * channel total one value (网站100条…公报20条 are parts, none stands).
     */
    private static List<Candidate> channelTotals(List<Candidate> channelOnly, List<Candidate> kept) {
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        for (Candidate c : channelOnly) {
            byKey.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        }
        List<Candidate> out = new ArrayList<>();
        byKey.forEach((key, list) -> {
            boolean stated = kept.stream().anyMatch(k -> k.key().equals(key) && k.parent() == null);
            Set<String> values = new HashSet<>();
            list.forEach(c -> values.add(c.quantity().text() + c.quantity().qualifier()));
            if (!stated && values.size() == 1) {
                out.add(list.get(0).withConfidence(CHANNEL_TOTAL_CONFIDENCE));
            }
        });
        return out;
    }

    /** Topic and body checks: where a figure may stand, whatever channel its clause names. */
    private static boolean admissibleAnywhere(Candidate c, SectionSplitter.Sections sections, BodyScope scope) {
        Set<Topic> chain = sections.topicsAt(c.start());
        if (chain.contains(Topic.PROBLEMS)) {
            return false;
        }
        if (c.topic() != Topic.OTHER && sections.hasPart(c.topic())
                && !chain.contains(c.topic()) && !chain.contains(Topic.GENERAL)) {
            return false;
        }
        if (c.kind() == Candidate.Kind.OWN_PART_ONLY && !chain.contains(c.topic())) {
            return false;
        }
        if (!chain.contains(c.topic()) && CONTEXT.containsKey(c.topic())
                && !CONTEXT.get(c.topic()).matcher(scope.statementContext(c.start())).find()) {
            return false;
        }
        return !scope.isPart(c.start());
    }

    /** More confidence in the part of its own topic and when the statement names the whole body. */
    private static Candidate rate(Candidate c, SectionSplitter.Sections sections, BodyScope scope) {
        double conf = c.confidence();
        if (sections.topicsAt(c.start()).contains(c.topic())) {
            conf += TOPIC_BONUS;
        }
        if (scope.namesWhole(c.start())) {
            conf += WHOLE_BONUS;
        }
        if (CUMULATIVE.matcher(scope.clauseText(c.start(), c.end())).find()) {
            conf -= CUMULATIVE_PENALTY; // 累计…, 《条例》实施以来…: the year's own figure, where stated, wins
        }
        return c.withConfidence(Math.min(0.94, conf));
    }

    /**
     * Categories stand only where a statement lists two or more of them, where the statement opens as the split of the
     * total (在主动公开的信息中,…), or where one follows 其中 right after the proactive total it splits
     * (主动公开政府信息约1.2万条，其中规范性文件312条).
     */
    private static List<Candidate> categoriesInSplits(List<Candidate> kept, BodyScope scope) {
        Map<Integer, Set<String>> perStatement = new HashMap<>();
        Map<Integer, Integer> totalAt = new HashMap<>(); // statement -> end of the proactive total stated in it
        for (Candidate c : kept) {
            if (c.kind() == Candidate.Kind.CATEGORY && c.parent() == null) {
                perStatement.computeIfAbsent(scope.statement(c.start()), k -> new HashSet<>()).add(c.key());
            }
            if (c.key().equals("proactive.total") && c.parent() == null && c.kind() != Candidate.Kind.TABLE) {
                totalAt.merge(scope.statement(c.start()), c.end(), Math::min);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : kept) {
            Set<String> listed = perStatement.get(scope.statement(c.start()));
            if (c.kind() != Candidate.Kind.CATEGORY || c.parent() != null || (listed != null && listed.size() >= 2)
                    || SPLIT_STATEMENT.matcher(scope.text(scope.statementStart(c.start()), c.start())).lookingAt()
                    || splitsTheTotal(c, totalAt.get(scope.statement(c.start())), scope)
                    || inTheSplitOfTheTotal(c, totalAt.get(scope.statement(c.start())), scope)) {
                out.add(c);
            }
        }
        return out;
    }

    private static final Pattern SPLIT_WORD = Pattern.compile("^[ ]?其中[ ]?[,:]?[ ]?$");

    /**
     * A statement that opens as the split of the total: 在主动公开的信息中,机构职能类信息16条… (Beijing's template),
     * 在已公开的52条区卫生局政府信息中,…, 全部公开信息中,….
     */
    private static final Pattern SPLIT_STATEMENT = Pattern.compile(
            "[ \\t]*(?:在)?(?:本年度?)?(?:主动公开的(?:政府)?信息中|已公开的[^,。;]{0,16}?信息中"
                    + "|(?:全部|所有)(?:主动)?公开(?:的)?(?:政府|政务)?信息中)");

    private static final Pattern SPLIT_OPENS = Pattern.compile("其中");

    /**
     * A lone catalogue category in the 其中 split of the proactive total, among categories the catalogue has no key
     * for (…45条，较2017年提升59%，其中公示公告2条，工作动态43条; 其中，业务类信息101条…;工作动态类信息108条).
     */
    private static boolean inTheSplitOfTheTotal(Candidate c, Integer totalEnd, BodyScope scope) {
        return totalEnd != null && totalEnd <= c.start()
                && SPLIT_OPENS.matcher(scope.text(totalEnd, c.start())).find();
    }

    /** A lone category opening a 其中 clause right after the total, in the same statement. */
    private static boolean splitsTheTotal(Candidate c, Integer totalEnd, BodyScope scope) {
        if (totalEnd == null || totalEnd > c.start() || c.start() - totalEnd > 8) {
            return false;
        }
        return SPLIT_WORD.matcher(scope.clauseText(c.start(), c.start())).matches();
    }

    private List<ExtractedFigure> settle(NormalizedText text, JoinedText joined, List<Candidate> kept,
                                         BodyScope scope, Map<Candidate, Candidate> original) {
        // One sentence giving one field several values lists parts (查阅点7个…8个…10个): none of them stands. A
        // cumulative count beside the year's (累计…1323条,其中2014年…130条) is no part: it only competes, ranked lower.
        Map<String, Set<String>> valuesPerSentence = new HashMap<>();
        for (Candidate c : kept) {
            if (c.parent() == null && c.kind() != Candidate.Kind.TABLE
                    && !CUMULATIVE.matcher(scope.clauseText(c.start(), c.end())).find()) {
                valuesPerSentence.computeIfAbsent(c.key() + "#" + scope.sentence(c.start()), k -> new HashSet<>())
                        .add(c.quantity().text() + c.quantity().qualifier());
            }
        }
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : kept) {
            if (c.parent() != null) {
                continue;
            }
            if (c.kind() != Candidate.Kind.TABLE && valuesPerSentence.getOrDefault(c.key() + "#"
                    + scope.sentence(c.start()), Set.of()).size() > 1) {
                continue;
            }
            best.merge(c.key(), c, (a, b) -> b.confidence() > a.confidence()
                    || (b.confidence() == a.confidence() && b.start() < a.start()) ? b : a);
        }
        // A share or change stands with its figure: the one chosen, or one that passed the checks and states the
        // same value (the table's 3216 stands, the prose 3216 brings its 比上年增加418条).
        Map<Candidate, Candidate> admitted = new IdentityHashMap<>();
        for (Candidate c : kept) {
            if (c.parent() == null) {
                admitted.put(original.get(c), c);
            }
        }
        List<Candidate> out = new ArrayList<>(best.values());
        for (Candidate c : kept) {
            Candidate parent = c.parent() == null ? null : admitted.get(c.parent());
            Candidate standing = parent == null ? null : best.get(parent.key());
            if (standing != null && !best.containsKey(c.key())
                    && standing.quantity().text().equals(parent.quantity().text())
                    && standing.quantity().qualifier() == parent.quantity().qualifier()) {
                best.put(c.key(), c);
                out.add(c);
            }
        }
        List<ExtractedFigure> figures = new ArrayList<>(out.size());
        for (Candidate c : out) {
            int start = c.start();
            int end = c.end();
            if (c.kind() != Candidate.Kind.TABLE && joined.joined()) {
                start = joined.start(c.start());
                end = joined.end(c.end());
                start = Math.max(start, end - 60); // a footer taken out inside the span lengthens it
            }
            figures.add(new ExtractedFigure(c.key(), c.quantity().text(), c.quantity().qualifier(), start, end,
                    text.originalSlice(start, end), c.confidence()));
        }
        figures.sort(Comparator.comparingInt(ExtractedFigure::start));
        return figures;
    }

    /** True when the label names two channels joined (信函、传真申请), not one channel in two words (信函邮寄申请). */
    private static boolean joinsChannels(String s, int start, int end) {
        return JOINED_CHANNELS.matcher(s).region(Math.max(0, start - 6), end).find();
    }

    /** The share stated right after a count, as the count's K.pct. */
    private static void share(String s, Candidate count, int labelStart, List<Candidate> found) {
        Matcher m = SHARE.matcher(s).region(count.end(), Math.min(s.length(), count.end() + 24));
        if (m.lookingAt()) {
            BigDecimal pct = new BigDecimal(m.group("pct"));
            int start = Math.max(labelStart, m.end() - 60);
            found.add(new Candidate(count.key() + ".pct", new Quantity(pct, Qualifier.EXACT),
                    start, m.end(), count.confidence(), count.topic(), count.kind(), count));
        }
    }

    /** 比上年多2385条 right after the total: the field's change (proactive.total_change), signed. */
    private static void change(String s, Candidate total, String changeKey, List<Candidate> found) {
        Matcher m = CHANGE.matcher(s).region(total.end(), Math.min(s.length(), total.end() + 40));
        if (m.lookingAt()) {
            Quantity q = Quantity.read(m);
            if (q == null || q.isBlank()) {
                return;
            }
            String dir = m.group("dir");
            if (dir.equals("减少") || dir.equals("下降") || dir.equals("少")) {
                q = q.times(BigDecimal.ONE.negate());
            }
            int start = total.end() < s.length() && s.charAt(total.end()) == ',' ? total.end() + 1 : total.end();
            found.add(new Candidate(changeKey, q, start, m.end(), total.confidence(), total.topic(),
                    total.kind(), total));
        }
    }
}
