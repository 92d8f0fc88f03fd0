package org.ogireview.extract;

import org.ogireview.model.Qualifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zero stated in words: 未收到…行政复议和行政诉讼 (review.total and litigation.total are 0), 无收费 / 未收取…费用
 * (fees.collected 0), 没有出现…申请行政复议、提起行政诉讼等情况, 未收到依申请公开政府信息申请 (applications.received
 * 0), 行政复议、行政诉讼均为零. Each subject named after one negation within its clause gets its own zero, with the
 * span running from the negation word to the subject so the snippet shows both. The subjects' words are each
 * field's zero wordings in the {@link FieldVocabulary}; how a negation governs them is here.
 */
final class ZeroStatements {

    private static final FieldVocabulary VOCABULARY = FieldVocabulary.standard();

    /**
     * A negation and the clause after it. Not 无法/无论/未经/未按/未能… where the word does not deny that something
     * happened.
     */
    private static final AnchoredPattern NEGATION = AnchoredPattern.of(Pattern.compile(
            "(?:没有|未曾|尚未|均未|并未|从未|未|尚无|并无|暂无|均无|无(?!关)|零|不(?=收取|收费)|不存在(?=不予公开))"
                    + "(?!法|论|偿|需|须|纸|缝|误|疑|意|效|私|限|线|人|数|不(?!予公开)|经|按|能|及时|来|满|予|被|及|超过|锡|为)"));
    /** The clause a negation governs: up to the next clause mark, at most this long. */
    private static final int SCOPE = 40;
    private static final String CLAUSE_MARKS = "。;,!?\n";
    /** Where a clause's scope ends early: a contrast starts a new statement. */
    /** Words about how cases ended or a rate of them, not how many there were. */
    private static final Pattern OUTCOME_WORDS = Pattern.compile("纠错|纠正|撤销|败诉|维持|率|比例");
    /** 而 after 因 / 针对 / 由于 joins a cause to its effect (没有因政府信息公开而产生的收费): no contrast, the scope goes on. */
    private static final Pattern SCOPE_END = Pattern.compile("但|(?<!(?:因|针对|由于)[^而,。;]{0,20})而|仅|只|\\d");
    private static final Pattern REVIEW = zero("review.total");
    private static final Pattern LITIGATION = zero("litigation.total");
    private static final Pattern COMPLAINTS = zero("complaints.total");
    private static final Pattern FEES = zero("fees.collected");
    private static final Pattern APPLICATION = zero("applications.received");
    /** The negations that can deny applications were received (not 未能答复申请…). */
    private static final Pattern RECEIVE_NEGATION = Pattern.compile(
            "^(?:没有|尚未|均未|并未|从未|未)(?:收到|接到|受理|接收|发生|出现|有)|^(?:无|没有|暂无|尚无|零)(?=依申请|申请|政府信息公开申请)");
    /** A subject list followed by 均为零 / 为0. */
    private static final AnchoredPattern IS_ZERO = AnchoredPattern.of(Pattern.compile(
            "(?<subjects>(?:行政复议|行政诉讼|复议|诉讼|申诉|举报|投诉)[^。;,!?\\d\\n]{0,20}?)"
                    + "(?:数量?|件数|案件数?)?(?:均|都|皆)?(?:为|是)(?:0|零)(?![\\d.])(?:件|起)?"));

    /** No staff of a kind: 现无专职人员,由1名兼职人员承担. */
    private static final AnchoredPattern NO_STAFF = AnchoredPattern.of(Pattern.compile(
            "(?:没有|无|暂无|尚无|未配备|未设)(?<kind>专职|全职|兼职)(?:工作)?人员"));

    /** Fees stated as a zero amount: 收费金额为0, 收取费用0元. */
    private static final AnchoredPattern FEES_ZERO = AnchoredPattern.of(Pattern.compile(
            "(?:收费|收取费用|收取)(?:金额|总额|总计|合计)?(?:为|是|共计|合计)?[ ]?(?:0|零)(?![\\d.])(?:元)?"));

    /**
     * A zero count after the things it counts, several in one clause: 全年发生依申请和不予公开政府信息条数0条,
     * 被申请行政复议、提起行政诉讼的案件0件. Each thing named gets its own zero.
     */
    private static final Pattern COUNTED_ZERO = Pattern.compile("(?<![\\d.])(?:0|零)[ ]?(?:件|起|条|次|宗|个|项)(?![\\d.])");
    private static final Pattern RECEIVED_SUBJECT = VOCABULARY.field("applications.received").zeroListed();
    /** A negation governing 不予公开 itself: no refusals. */
    private static final Pattern REFUSALS_DENIED = Pattern.compile(
            "^(?:没有|未曾|尚未|均未|并未|从未|未|尚无|并无|暂无|均无|无|不存在)(?:出现|发生|存在|作出|有)?(?:的)?不予公开");
    private static final Pattern ASKED_TO_DISCLOSE = VOCABULARY.field("applications.received").zeroAsked();
    private static final Pattern DENIED_SUBJECT = zero("applications.denied");
    /** A clause that counts how applications were answered or filed, not how many were received. */
    private static final Pattern NOT_RECEIVED_WORDS = Pattern.compile(
            "答复|办结|同意|部分|当面|网上|网络|信函|传真|邮件|咨询|支出|费");

    private ZeroStatements() {
    }

    /** The words a negation names when it denies the field (the vocabulary's zero line). */
    private static Pattern zero(String key) {
        return VOCABULARY.field(key).zero();
    }

    static List<Candidate> find(String s) {
        List<Candidate> out = new ArrayList<>();
        NEGATION.forEach(s, m -> {
            int negStart = m.start();
            int scopeEnd = m.end();
            int limit = Math.min(s.length(), m.end() + SCOPE);
            while (scopeEnd < limit && CLAUSE_MARKS.indexOf(s.charAt(scopeEnd)) < 0) {
                scopeEnd++;
            }
            String scope = s.substring(m.end(), scopeEnd);
            Matcher end = SCOPE_END.matcher(scope);
            if (end.find()) {
                scope = scope.substring(0, end.start());
            }
            String clause = s.substring(negStart, m.end()) + scope;
            if (!OUTCOME_WORDS.matcher(clause).find()) { // 没有…被行政复议纠错: about outcomes, not the count
                subject(out, REVIEW, "review.total", Topic.REVIEW, clause, negStart);
                subject(out, LITIGATION, "litigation.total", Topic.REVIEW, clause, negStart);
            }
            subject(out, COMPLAINTS, "complaints.total", Topic.REVIEW, clause, negStart);
            if (!clause.startsWith("零") || clause.startsWith("零收费")) {
                subject(out, FEES, "fees.collected", Topic.FEES, clause, negStart);
            }
            if (REFUSALS_DENIED.matcher(clause).find()) { // 没有不予公开的情况, 无不予公开、收费…等情况
                subject(out, DENIED_SUBJECT, "applications.denied", Topic.APPLICATIONS, clause, negStart);
            }
            if (RECEIVE_NEGATION.matcher(clause).find()) {
                int before = out.size();
                subject(out, APPLICATION, "applications.received", Topic.APPLICATIONS, clause, negStart);
                if (out.size() == before) { // 没有申请公开…: the application named by what it asks for
                    subject(out, ASKED_TO_DISCLOSE, "applications.received", Topic.APPLICATIONS, clause, negStart);
                }
                if (out.size() > before && !REVIEW.matcher(clause).find() && !LITIGATION.matcher(clause).find()) {
                    // 没有发生依申请公开和不予公开政府信息的情况: the refusals the narrative heading pairs with them
                    subject(out, DENIED_SUBJECT, "applications.denied", Topic.APPLICATIONS, clause, negStart);
                }
            }
        });
        FEES_ZERO.forEach(s, z -> out.add(zero("fees.collected", Topic.FEES, z.start(), z.end())));
        NO_STAFF.forEach(s, z -> out.add(zero(z.group("kind").equals("兼职") ? "staff.part_time" : "staff.full_time",
                Topic.OTHER, z.start(), z.end())));
        countedZeros(s, out);
        IS_ZERO.forEach(s, z -> {
            String subjects = z.group("subjects");
            if (OUTCOME_WORDS.matcher(subjects).find()) {
                return; // 行政复议纠错率为0 is a rate of outcomes, not a count of zero
            }
            for (Pattern p : new Pattern[]{REVIEW, LITIGATION, COMPLAINTS}) {
                Matcher sm = p.matcher(subjects);
                if (sm.find()) {
                    String key = p == REVIEW ? "review.total" : p == LITIGATION ? "litigation.total" : "complaints.total";
                    out.add(zero(key, Topic.REVIEW, z.start() + sm.start(), z.end()));
                }
            }
        });
        return out;
    }

    /**
     * Zeros counted after a list of what they count (…依申请和不予公开政府信息条数0条, …行政复议、提起行政诉讼的案件0件):
     * a zero for each kind the clause names. Applications and refusals need a list (two kinds named): one of them
     * alone is a label the prose rules read.
     */
    private static void countedZeros(String s, List<Candidate> out) {
        Matcher z = COUNTED_ZERO.matcher(s);
        while (z.find()) {
            int from = z.start();
            while (from > 0 && from > z.start() - SCOPE && CLAUSE_MARKS.indexOf(s.charAt(from - 1)) < 0) {
                from--;
            }
            String clause = s.substring(from, z.start());
            if (clause.isEmpty() || clause.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            boolean outcome = OUTCOME_WORDS.matcher(clause).find();
            if (!outcome) {
                listed(out, REVIEW, "review.total", Topic.REVIEW, clause, from, z.end());
                listed(out, LITIGATION, "litigation.total", Topic.REVIEW, clause, from, z.end());
            }
            listed(out, COMPLAINTS, "complaints.total", Topic.REVIEW, clause, from, z.end());
            boolean applications = !NOT_RECEIVED_WORDS.matcher(clause).find();
            Matcher received = RECEIVED_SUBJECT.matcher(clause);
            Matcher denied = DENIED_SUBJECT.matcher(clause);
            if (applications && received.find() && denied.find()) {
                out.add(zero("applications.received", Topic.APPLICATIONS, from + received.start(), z.end()));
                out.add(zero("applications.denied", Topic.APPLICATIONS, from + denied.start(), z.end()));
            }
        }
    }

    private static void listed(List<Candidate> out, Pattern subject, String key, Topic topic, String clause,
                               int clauseStart, int end) {
        Matcher sm = subject.matcher(clause);
        if (sm.find()) {
            out.add(zero(key, topic, clauseStart + sm.start(), end));
        }
    }

    /**
     * Adds a zero for the subject when the clause names it. The span runs to the subject's last mention in the clause
     * (未收取…复印、邮寄等成本费用) unless another kind of subject stands between (…行政复议和行政诉讼: the review
     * zero ends at 行政复议).
     */
    private static void subject(List<Candidate> out, Pattern subject, String key, Topic topic, String clause,
                                int clauseStart) {
        Matcher sm = subject.matcher(clause);
        if (!sm.find()) {
            return;
        }
        int end = sm.end();
        while (sm.find() && sm.start() - end <= 24) {
            end = sm.end();
        }
        out.add(zero(key, topic, clauseStart, clauseStart + end));
    }

    private static Candidate zero(String key, Topic topic, int start, int end) {
        int s = Math.max(start, end - 60);
        return new Candidate(key, new Quantity(BigDecimal.ZERO, Qualifier.EXACT), s, end, 0.7, topic,
                Candidate.Kind.ZERO, null);
    }
}
