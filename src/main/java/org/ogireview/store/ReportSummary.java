package org.ogireview.store;

import org.ogireview.model.ReportFormat;
import org.ogireview.model.ReviewState;
import org.ogireview.model.UserText;

/** One line of the report list: enough to sort and filter without loading a report's text or figures. */
public record ReportSummary(long id, String fileName, String region, Integer year, ReportFormat format,
                            int figures, int reviewed, int openChecks, ReviewState state, UserText needsManual) {
}
