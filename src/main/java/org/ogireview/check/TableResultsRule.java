package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.ogireview.check.Equation.Term;
import org.ogireview.model.ApplicantColumn;
import org.ogireview.model.Qualifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 三, every column: （七）总计 = the sum of the result rows （一）…（六）. （三）（四）（五） have only sub-rows, and
 * （六）其他处理 is one row in the trial version and three in the revised one: the single row is used when the table has
 * it, else its three sub-rows. Messages give the six groups' sums, which is how an auditor reads the table.
 */
final class TableResultsRule extends ScopedRule {

    static final String ID = "apps.table.results";

    /** The result groups (一)…(五) with their rows; the label the message gives them is results.NAME in the bundle. */
    private record Group(String name, List<String> rows) {

        String zh() {
            return CheckText.zh("results." + name);
        }

        String en() {
            return CheckText.en("results." + name);
        }
    }

    private static final List<Group> GROUPS = List.of(
            new Group("granted", List.of("applications.granted")),
            new Group("partly_granted", List.of("applications.partly_granted")),
            new Group("denied", ApplicationTable.RESULT_ROWS.subList(2, 10)),
            new Group("unable", ApplicationTable.RESULT_ROWS.subList(10, 13)),
            new Group("not_processed", ApplicationTable.RESULT_ROWS.subList(13, 18)));

    TableResultsRule() {
        super(ID, Formats.TABLES);
    }

    @Override
    public List<Finding> check(ReportFacts report) {
        List<Finding> out = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            out.add(checkColumn(report, c));
        }
        return out;
    }

    private static Finding checkColumn(ReportFacts report, ApplicantColumn c) {
        String rule = ID + "@" + ApplicationTable.columnId(c);
        List<String> rows = new ArrayList<>(ApplicationTable.RESULT_ROWS);
        rows.add(ApplicationTable.OTHER_HANDLING);
        rows.addAll(ApplicationTable.OTHER_HANDLING_ROWS);
        rows.add(ApplicationTable.TOTAL_HANDLED);
        List<String> fields = ApplicationTable.keys(rows, c);

        List<Group> groups = new ArrayList<>(GROUPS);
        groups.add(otherHandling(report, c));
        List<Reading> gaps = new ArrayList<>();
        Reading total = Reading.of(report, c.key(ApplicationTable.TOTAL_HANDLED));
        if (!total.present()) {
            gaps.add(total);
        }
        List<Term> terms = new ArrayList<>();
        for (Group g : groups) {
            List<Reading> members = g.rows().stream().map(row -> Reading.of(report, c.key(row))).toList();
            members.stream().filter(r -> !r.present()).forEach(gaps::add);
            if (gaps.isEmpty()) {
                terms.add(Term.plus(groupReading(g, c, members), g.zh(), g.en()));
            }
        }
        if (!gaps.isEmpty()) {
            return FindingWords.couldNotRun(rule, Severity.ERROR, fields, gaps);
        }
        return Equation.check(rule, Severity.ERROR, fields, CheckText.zh("table.column", c.labelZh()),
                CheckText.en("table.column", c.labelEn()),
                List.of(Term.plus(total, CheckText.zh("table.totalHandled"), CheckText.en("table.totalHandled"))),
                terms);
    }

    /** （六）其他处理: the single row when stated, else the three sub-rows when the table has them. */
    private static Group otherHandling(ReportFacts report, ApplicantColumn c) {
        boolean single = Reading.of(report, c.key(ApplicationTable.OTHER_HANDLING)).present();
        boolean split = ApplicationTable.OTHER_HANDLING_ROWS.stream()
                .anyMatch(row -> report.figures().containsKey(c.key(row)));
        List<String> rows = !single && split ? ApplicationTable.OTHER_HANDLING_ROWS
                : List.of(ApplicationTable.OTHER_HANDLING);
        return new Group("other_handling", rows);
    }

    /** A group's rows as one number; hedged when any row is, named after the group. */
    private static Reading groupReading(Group g, ApplicantColumn c, List<Reading> members) {
        if (members.size() == 1) {
            return members.get(0);
        }
        BigDecimal sum = Num.sum(members);
        List<String> approx = members.stream().filter(Reading::approx).map(Reading::key).toList();
        String key = approx.isEmpty() ? c.key(g.rows().get(0).replaceAll("\\.[a-z_]+$", ".*"))
                : String.join(", ", approx);
        return new Reading(key, sum, approx.isEmpty() ? Qualifier.EXACT : Qualifier.ABOUT, Reading.Gap.NONE);
    }
}
