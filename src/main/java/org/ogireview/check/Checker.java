package org.ogireview.check;

import java.util.List;

/** Runs the consistency rules. Stateless and thread-safe. */
public final class Checker {

    /** Every rule on one report: failed findings, passed ones and those that could not run. */
    public List<Finding> check(ReportFacts report) {
        return List.of();
    }

    /** The across-year rules on every pair of reports of the same body in consecutive years. */
    public List<Finding> checkAcrossYears(List<ReportFacts> reports) {
        return List.of();
    }
}
