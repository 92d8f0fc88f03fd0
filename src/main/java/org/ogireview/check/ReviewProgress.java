package org.ogireview.check;

import org.ogireview.model.Finding;

import org.ogireview.model.CheckMark;
import org.ogireview.model.Figure;
import org.ogireview.model.ReviewState;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a report's review stands, from its figures, its findings and the coder's check marks.
 *
 * <p>VERIFIED: every figure was looked at (confirmed, corrected, blank, not stated) and every failed finding is
 * settled, which means marked "as published" (a finding that a correction resolved no longer fails, so it is not in
 * the list). IN_PROGRESS: any figure was looked at or any finding marked. NEW otherwise; a report with no figures
 * at all is never VERIFIED.
 *
 * @param failedOpen failed findings with no "as published" mark
 */
public record ReviewProgress(int figures, int figuresReviewed, int failed, int failedMarked, int failedOpen) {

    public static ReviewProgress of(Collection<Figure> figures, List<Finding> findings, List<CheckMark> marks) {
        int reviewed = (int) figures.stream().filter(f -> f.status().reviewed()).count();
        Set<String> settled = new HashSet<>();
        for (CheckMark m : marks) {
            if (m.asPublished()) {
                settled.add(markKey(m.rule(), m.fields()));
            }
        }
        int failed = 0;
        int marked = 0;
        for (Finding f : findings) {
            if (f.failed()) {
                failed++;
                if (settled.contains(markKey(f.rule(), f.fieldList()))) {
                    marked++;
                }
            }
        }
        return new ReviewProgress(figures.size(), reviewed, failed, marked, failed - marked);
    }

    /** The state alone, when the counts are not wanted. */
    public static ReviewState stateOf(Collection<Figure> figures, List<Finding> findings, List<CheckMark> marks) {
        return of(figures, findings, marks).state();
    }

    public ReviewState state() {
        if (figures > 0 && figuresReviewed == figures && failedOpen == 0) {
            return ReviewState.VERIFIED;
        }
        return figuresReviewed > 0 || failedMarked > 0 ? ReviewState.IN_PROGRESS : ReviewState.NEW;
    }

    /** True when the mark settles the finding: same rule, same fields. */
    public static boolean settles(CheckMark mark, Finding finding) {
        return mark.asPublished() && markKey(mark.rule(), mark.fields()).equals(markKey(finding.rule(),
                finding.fieldList()));
    }

    private static String markKey(String rule, String fields) {
        return rule + "\u0000" + (fields == null ? "" : fields.strip());
    }
}
