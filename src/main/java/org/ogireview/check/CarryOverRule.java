package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.ogireview.check.Equation.Term;
import org.ogireview.model.ApplicantColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * years.carry_over: what one year's table 三 carries over to the next (四、结转下年度继续办理) is what the next year's
 * table takes over (二、上年结转政府信息公开申请数量), in every applicant column.
 */
final class CarryOverRule implements YearPairRule {

    static final String ID = "years.carry_over";

    private final ApplicationTable table;

    CarryOverRule(ApplicationTable table) {
        this.table = table;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(ReportFacts earlier, ReportFacts later) {
        return Formats.includes(Formats.TABLES, earlier.format()) && Formats.includes(Formats.TABLES, later.format());
    }

    @Override
    public List<Finding> check(ReportFacts earlier, ReportFacts later) {
        int y0 = Bodies.yearOf(earlier);
        int y1 = Bodies.yearOf(later);
        List<Finding> out = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            String outKey = c.key(table.carriedOut);
            String inKey = c.key(table.carriedIn);
            Reading carriedOut = Reading.of(earlier, outKey).named(outKey + " (" + y0 + ")");
            Reading carriedIn = Reading.of(later, inKey).named(inKey + " (" + y1 + ")");
            out.add(Equation.check(ID + "@" + ApplicationTable.columnId(c), Severity.ERROR, List.of(outKey, inKey),
                    CheckText.zh("carryOver.title", c.labelZh()), CheckText.en("carryOver.title", c.labelEn()),
                    List.of(Term.plus(carriedOut, CheckText.zh("carryOver.out", y0), CheckText.en("carryOver.out", y0))),
                    List.of(Term.plus(carriedIn, CheckText.zh("carryOver.in", y1), CheckText.en("carryOver.in", y1)))));
        }
        return out;
    }
}
