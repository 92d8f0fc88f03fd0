package org.ogireview.store;

import org.ogireview.check.Finding;
import org.ogireview.model.CheckMark;

import java.util.List;

/**
 * One report with everything the exports need: its list line, its figures in catalogue order, the latest findings of
 * the checks and the coder's marks on them.
 */
public record ReportBundle(ReportSummary report, List<StoredFigure> figures, List<Finding> findings,
                           List<CheckMark> marks) {

    public ReportBundle {
        figures = List.copyOf(figures);
        findings = List.copyOf(findings);
        marks = List.copyOf(marks);
    }
}
