package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.ogireview.check.Equation.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * years.in_force: rules and normative documents in force at the end of a year = those in force a year earlier +
 * issued − repealed this year (revised table 二). A warning: documents also lapse when their term of validity runs
 * out, which the table does not count as repealed. The kinds of document and their keys: {@code in-force} lines of
 * field-relations.txt.
 */
final class InForceRule implements YearPairRule {

    static final String ID = "years.in_force";

    private final List<FieldRelations.InForce> kinds;

    InForceRule(FieldRelations relations) {
        this.kinds = relations.inForce();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(ReportFacts earlier, ReportFacts later) {
        return Formats.includes(Formats.TABLE2021, earlier.format())
                && Formats.includes(Formats.TABLE2021, later.format());
    }

    @Override
    public List<Finding> check(ReportFacts earlier, ReportFacts later) {
        int y0 = Bodies.yearOf(earlier);
        int y1 = Bodies.yearOf(later);
        List<Finding> out = new ArrayList<>();
        for (FieldRelations.InForce k : kinds) {
            String kind = k.kind();
            String inForce = k.inForce();
            String issued = k.issued();
            String repealed = k.repealed();
            String zh = CheckText.zh("inForce." + kind);
            String en = CheckText.en("inForce." + kind);
            out.add(Equation.check(ID + "@" + kind, Severity.WARNING, List.of(inForce, issued, repealed),
                    CheckText.zh("inForce.title", zh), CheckText.en("inForce.title", en),
                    List.of(Term.plus(Reading.of(later, inForce).named(inForce + " (" + y1 + ")"),
                            CheckText.zh("inForce.year", y1), CheckText.en("inForce.year", y1))),
                    List.of(Term.plus(Reading.of(earlier, inForce).named(inForce + " (" + y0 + ")"),
                                    CheckText.zh("inForce.year", y0), CheckText.en("inForce.year", y0)),
                            Term.plus(Reading.of(later, issued).named(issued + " (" + y1 + ")"),
                                    CheckText.zh("inForce.issued", y1), CheckText.en("inForce.issued", y1)),
                            Term.minus(Reading.of(later, repealed).named(repealed + " (" + y1 + ")"),
                                    CheckText.zh("inForce.repealed", y1), CheckText.en("inForce.repealed", y1)))));
        }
        return out;
    }
}
