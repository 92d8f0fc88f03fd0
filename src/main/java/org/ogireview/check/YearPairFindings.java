package org.ogireview.check;

import org.ogireview.model.Finding;

import java.util.List;

/** The across-year findings on two reports of the same body for consecutive years. */
public record YearPairFindings(ReportFacts earlier, ReportFacts later, List<Finding> findings) {

    public YearPairFindings {
        findings = List.copyOf(findings);
    }
}
