package org.ogireview.check;

import org.ogireview.model.Finding;

import org.ogireview.model.ReportFormat;

import java.util.List;

/** A consistency rule on one report. Stateless. */
interface Rule {

    /** The rule's id (instances may add "@…": {@code apps.table.balance@ngo}). */
    String id();

    /** True when reports of this format carry the figures the rule reads; a null format runs every rule. */
    boolean appliesTo(ReportFormat format);

    /** Findings: passed, failed, or could not run. Empty only when the report has nothing the rule looks at. */
    List<Finding> check(ReportFacts report);
}
