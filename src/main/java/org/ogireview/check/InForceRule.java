package org.ogireview.check;

import org.ogireview.check.Equation.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * years.in_force: rules and normative documents in force at the end of a year = those in force a year earlier +
 * issued − repealed this year (revised table 二). A warning: documents also lapse when their term of validity runs
 * out, which the table does not count as repealed.
 */
final class InForceRule implements YearPairRule {

    static final String ID = "years.in_force";

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
        for (String kind : List.of("rules", "normative_docs")) {
            String inForce = "proactive." + kind + ".in_force";
            String issued = "proactive." + kind + ".issued";
            String repealed = "proactive." + kind + ".repealed";
            String zh = kind.equals("rules") ? "规章" : "规范性文件";
            String en = kind.equals("rules") ? "Rules" : "Normative documents";
            out.add(Equation.check(ID + "@" + kind, Severity.WARNING, List.of(inForce, issued, repealed),
                    zh + "现行有效件数", en + " in force",
                    List.of(Term.plus(Reading.of(later, inForce).named(inForce + " (" + y1 + ")"),
                            y1 + "年现行有效", "in force " + y1)),
                    List.of(Term.plus(Reading.of(earlier, inForce).named(inForce + " (" + y0 + ")"),
                                    y0 + "年现行有效", "in force " + y0),
                            Term.plus(Reading.of(later, issued).named(issued + " (" + y1 + ")"),
                                    y1 + "年制发", "issued " + y1),
                            Term.minus(Reading.of(later, repealed).named(repealed + " (" + y1 + ")"),
                                    y1 + "年废止", "repealed " + y1))));
        }
        return out;
    }
}
