package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.ogireview.check.Equation.Term;

import java.util.List;

/**
 * years.growth: the change against last year a report states (比上年多 N 条) = its proactive total − last year's
 * report's total. A warning: a body may revise last year's count, or count more of its departments.
 */
final class PriorYearGrowthRule implements YearPairRule {

    static final String ID = "years.growth";
    static final List<String> FIELDS = List.of("proactive.total_change", "proactive.total");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(ReportFacts earlier, ReportFacts later) {
        return Formats.includes(Formats.NARRATIVE, later.format());
    }

    @Override
    public List<Finding> check(ReportFacts earlier, ReportFacts later) {
        int y0 = Bodies.yearOf(earlier);
        int y1 = Bodies.yearOf(later);
        return List.of(Equation.check(ID, Severity.WARNING, FIELDS, CheckText.zh("priorGrowth.title"),
                CheckText.en("priorGrowth.title"),
                List.of(Term.plus(Reading.of(later, "proactive.total_change")
                        .named("proactive.total_change (" + y1 + ")"), CheckText.zh("priorGrowth.stated", y1),
                        CheckText.en("priorGrowth.stated", y1))),
                List.of(Term.plus(Reading.of(later, "proactive.total").named("proactive.total (" + y1 + ")"),
                                CheckText.zh("priorGrowth.total", y1), CheckText.en("priorGrowth.total", y1)),
                        Term.minus(Reading.of(earlier, "proactive.total").named("proactive.total (" + y0 + ")"),
                                CheckText.zh("priorGrowth.total", y0), CheckText.en("priorGrowth.total", y0)))));
    }
}
