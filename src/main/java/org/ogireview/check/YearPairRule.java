package org.ogireview.check;

import org.ogireview.model.Finding;

import java.util.List;

/** A rule on two reports of the same body for consecutive years. Stateless. */
interface YearPairRule {

    String id();

    boolean appliesTo(ReportFacts earlier, ReportFacts later);

    List<Finding> check(ReportFacts earlier, ReportFacts later);
}
