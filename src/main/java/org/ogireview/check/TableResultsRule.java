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
 * it, else its three sub-rows. Messages give the six groups' sums, which is how an auditor reads the table. The groups
 * and their rows: {@code table3-result} lines of field-relations.txt.
 */
final class TableResultsRule extends ScopedRule {

    static final String ID = "apps.table.results";

    /** A result group as read from one report; the label the message gives it is results.NAME in the bundle. */
    private record Group(String name, List<String> rows) {

        String zh() {
            return CheckText.zh("results." + name);
        }

        String en() {
            return CheckText.en("results." + name);
        }
    }

    private final ApplicationTable table;

    TableResultsRule(ApplicationTable table) {
        super(ID, Formats.TABLES);
        this.table = table;
    }

    @Override
    public List<Finding> check(ReportFacts report) {
        List<Finding> out = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            out.add(checkColumn(report, c));
        }
        return out;
    }

    private Finding checkColumn(ReportFacts report, ApplicantColumn c) {
        String rule = ID + "@" + ApplicationTable.columnId(c);
        List<String> rows = new ArrayList<>();
        table.results.forEach(g -> rows.addAll(g.allRows()));
        rows.add(table.totalHandled);
        List<String> fields = ApplicationTable.keys(rows, c);

        List<Group> groups = table.results.stream().map(g -> form(report, c, g)).toList();
        List<Reading> gaps = new ArrayList<>();
        Reading total = Reading.of(report, c.key(table.totalHandled));
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

    /**
     * The rows a group is read from. A group printed in two forms (（六）其他处理: one row, or three sub-rows) is read
     * from its first form when stated, else from the other when the table has it.
     */
    private static Group form(ReportFacts report, ApplicantColumn c, FieldRelations.ResultGroup g) {
        if (!g.optional()) {
            return new Group(g.name(), g.rows());
        }
        boolean first = g.rows().stream().anyMatch(row -> Reading.of(report, c.key(row)).present());
        boolean split = g.split().stream().anyMatch(row -> report.figures().containsKey(c.key(row)));
        return new Group(g.name(), !first && split ? g.split() : g.rows());
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
