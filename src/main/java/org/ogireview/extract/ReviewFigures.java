package org.ogireview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reconsideration, litigation and complaints in prose: "收到…行政复议51件，其中：维持具体行政行为26件，被依法纠错2件，
 * 其他情形23件。提起行政诉讼25件，其中：维持…22件，被依法纠错3件". An outcome (维持, 纠错, 其他, 尚未审结) belongs to
 * the subject named last before it (行政复议 or 行政诉讼), so the same words give review.upheld in one sentence and
 * litigation.upheld in the next.
 */
final class ReviewFigures {

    private enum Subject {
        REVIEW("review"), LITIGATION("litigation"), COMPLAINTS("complaints");

        final String prefix;

        Subject(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final String N = "[ ]?" + ProseRules.FILL + Quantity.REGEX + "[ ]?(?<qunit>"
            + ProseRules.LEGAL + ")" + Quantity.POST;
    private static final String GAP = "[^,;。:\\d\\n]";

    private static final AnchoredPattern MENTION = anchored(
            "(?<review>行政复议|复议)|(?<lit>行政诉讼|诉讼)|(?<comp>申诉|举报|投诉)");
    private static final AnchoredPattern REVIEW_TOTAL = anchored(
            "(?:行政复议|复议)(?:案件|申请)?(?:的)?(?:案件)?" + N);
    private static final AnchoredPattern LITIGATION_TOTAL = anchored(
            "(?<!复议后)(?:行政诉讼|诉讼)(?:案件)?(?:的)?(?:案件)?" + N);
    private static final AnchoredPattern COMPLAINTS_TOTAL = anchored(
            "(?:申诉|举报|投诉)(?:案件|事项|件)?(?:的)?" + N);
    private static final AnchoredPattern UPHELD = anchored("维持" + GAP + "{0,24}?" + N);
    private static final AnchoredPattern CORRECTED = anchored(
            "(?:纠错|纠正|撤销|确认违法|责令(?:履行|改正|重新))" + GAP + "{0,10}?" + N);
    private static final AnchoredPattern OTHER = anchored("(?:其他|其它)(?:情形|结果|情况|方式|处理)?(?:的)?" + N);
    private static final AnchoredPattern PENDING = anchored(
            "(?:尚未审结|未审结|尚在审理|正在审理|审理中|尚未结案|未结案|尚未办结)(?:的)?" + N);
    /** An outcome must follow its subject closely (the same statement, in practice). */
    private static final int OUTCOME_REACH = 160;

    private ReviewFigures() {
    }

    private static AnchoredPattern anchored(String regex) {
        return AnchoredPattern.of(Pattern.compile(regex));
    }

    static List<Candidate> find(String s) {
        List<Candidate> out = new ArrayList<>();
        totals(out, REVIEW_TOTAL, "review.total", s);
        totals(out, LITIGATION_TOTAL, "litigation.total", s);
        totals(out, COMPLAINTS_TOTAL, "complaints.total", s);

        List<int[]> mentions = new ArrayList<>(); // {offset, subject ordinal}
        MENTION.forEach(s, m -> {
            Subject subject = m.group("review") != null ? Subject.REVIEW
                    : m.group("lit") != null ? Subject.LITIGATION : Subject.COMPLAINTS;
            mentions.add(new int[]{m.start(), subject.ordinal()});
        });
        outcomes(out, UPHELD, "upheld", s, mentions);
        outcomes(out, CORRECTED, "corrected", s, mentions);
        outcomes(out, OTHER, "other", s, mentions);
        outcomes(out, PENDING, "pending", s, mentions);
        return out;
    }

    private static void totals(List<Candidate> out, AnchoredPattern p, String key, String s) {
        p.forEach(s, m -> {
            Quantity q = Quantity.read(m);
            if (q != null) {
                out.add(candidate(key, q, m.start(), m.end()));
            }
        });
    }

    private static void outcomes(List<Candidate> out, AnchoredPattern p, String suffix, String s,
                                 List<int[]> mentions) {
        p.forEach(s, m -> {
            Subject subject = subjectBefore(mentions, m.start());
            if (subject == null || subject == Subject.COMPLAINTS) {
                return;
            }
            Quantity q = Quantity.read(m);
            if (q != null) {
                out.add(candidate(subject.prefix + "." + suffix, q, m.start(), m.end()));
            }
        });
    }

    private static Subject subjectBefore(List<int[]> mentions, int offset) {
        Subject found = null;
        for (int[] mention : mentions) {
            if (mention[0] >= offset) {
                break;
            }
            if (offset - mention[0] <= OUTCOME_REACH) {
                found = Subject.values()[mention[1]];
            } else {
                found = null;
            }
        }
        return found;
    }

    private static Candidate candidate(String key, Quantity q, int start, int end) {
        return new Candidate(key, q, Math.max(start, end - 60), end, 0.85, Topic.REVIEW, Candidate.Kind.PROSE, null);
    }
}
