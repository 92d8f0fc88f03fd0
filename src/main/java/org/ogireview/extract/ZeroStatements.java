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
 * span running from the negation word to the subject so the snippet shows both.
 */
final class ZeroStatements {

    /**
     * A negation and the clause after it. Not 无法/无论/未经/未按/未能… where the word does not deny that something
     * happened.
     */
    private static final AnchoredPattern NEGATION = AnchoredPattern.of(Pattern.compile(
            "(?:没有|未曾|尚未|均未|并未|从未|未|尚无|并无|暂无|均无|无|零|不(?=收取|收费))"
                    + "(?!法|论|偿|需|须|纸|缝|误|关|疑|意|效|私|限|线|人|数|不|经|按|能|及时|来|满|予|被|及|超过|锡|为)"));
    /** The clause a negation governs: up to the next clause mark, at most this long. */
    private static final int SCOPE = 40;
    private static final String CLAUSE_MARKS = "。;,!?\n";
    /** Where a clause's scope ends early: a contrast starts a new statement. */
    /** Words about how cases ended or a rate of them, not how many there were. */
    private static final Pattern OUTCOME_WORDS = Pattern.compile("纠错|纠正|撤销|败诉|维持|率|比例");
    private static final Pattern SCOPE_END = Pattern.compile("但|而|仅|只|\\d");
    private static final Pattern REVIEW = Pattern.compile("行政复议|复议");
    private static final Pattern LITIGATION = Pattern.compile("行政诉讼|诉讼");
    private static final Pattern COMPLAINTS = Pattern.compile("申诉|举报|投诉");
    private static final Pattern FEES = Pattern.compile("收费|收取|费用|缴费");
    /** 申请 as the thing received, not the verb of 申请行政复议 or part of 申请人. */
    private static final Pattern APPLICATION = Pattern.compile(
            "依申请公开(?!(?:[^。,;]{0,12})(?:复议|诉讼))|申请(?!行政|复议|诉讼|人|公开|书|表|的?(?:复议|诉讼))");
    /** The negations that can deny applications were received (not 未能答复申请…). */
    private static final Pattern RECEIVE_NEGATION = Pattern.compile(
            "^(?:没有|尚未|均未|并未|从未|未)(?:收到|接到|受理|接收|发生|出现|有)|^(?:无|没有|暂无|尚无|零)(?=依申请|申请|政府信息公开申请)");
    /** A subject list followed by 均为零 / 为0. */
    private static final AnchoredPattern IS_ZERO = AnchoredPattern.of(Pattern.compile(
            "(?<subjects>(?:行政复议|行政诉讼|复议|诉讼|申诉|举报|投诉)[^。;,!?\\d\\n]{0,20}?)"
                    + "(?:数量?|件数|案件数?)?(?:均|都|皆)?(?:为|是)(?:0|零)(?![\\d.])(?:件|起)?"));

    /** Fees stated as a zero amount: 收费金额为0, 收取费用0元. */
    private static final AnchoredPattern FEES_ZERO = AnchoredPattern.of(Pattern.compile(
            "(?:收费|收取费用|收取)(?:金额|总额|总计|合计)?(?:为|是|共计|合计)?[ ]?(?:0|零)(?![\\d.])(?:元)?"));

    private ZeroStatements() {
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
            if (RECEIVE_NEGATION.matcher(clause).find()) {
                subject(out, APPLICATION, "applications.received", Topic.APPLICATIONS, clause, negStart);
            }
        });
        FEES_ZERO.forEach(s, z -> out.add(zero("fees.collected", Topic.FEES, z.start(), z.end())));
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
