package org.ogireview.store;

import org.ogireview.model.Finding;
import org.ogireview.model.CheckMark;

import java.util.List;

/**
 * One report with everything the long export needs: its list line, its figures in catalogue order, the failed
 * findings of the latest run of the checks (without their messages, which the export does not show) and the coder's
 * marks.
 */
public record ReportBundle(ReportSummary report, List<StoredFigure> figures, List<Finding> findings,
                           List<CheckMark> marks) {

    public ReportBundle {
        figures = List.copyOf(figures);
        findings = List.copyOf(findings);
        marks = List.copyOf(marks);
    }
}
