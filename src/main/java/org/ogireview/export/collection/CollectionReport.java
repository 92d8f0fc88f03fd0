package org.ogireview.export.collection;

import org.ogireview.model.ReportFormat;
import org.ogireview.model.ReviewState;

/**
 * One dataset report as the collection views see it: its list line and its body. A further file of the same report
 * (a duplicate) is not one: it is counted with the report it copies.
 *
 * @param year null when the report's year is not known
 */
public record CollectionReport(long reportId, String fileName, String region, Integer year, ReportFormat format,
                               int figures, int reviewed, int openChecks, ReviewState state, boolean needsManual,
                               BodyRef body) {

    public CoverageState coverageState() {
        return CoverageState.of(this);
    }
}
