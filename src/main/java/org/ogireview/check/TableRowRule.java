package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.ogireview.check.Equation.Term;
import org.ogireview.model.ApplicantColumn;

import java.util.ArrayList;
import java.util.List;

/** Table 三, every row: the 总计 column = the sum of the six applicant columns. */
final class TableRowRule extends ScopedRule {

    static final String ID = "apps.table.row";

    private final ApplicationTable table;
    private final Labels labels;

    TableRowRule(ApplicationTable table, Labels labels) {
        super(ID, Formats.TABLES);
        this.table = table;
        this.labels = labels;
    }

    @Override
    public List<Finding> check(ReportFacts report) {
        List<Finding> out = new ArrayList<>();
        for (String row : table.rows) {
            List<String> fields = new ArrayList<>();
            fields.add(row);
            ApplicationTable.APPLICANTS.forEach(c -> fields.add(c.key(row)));
            boolean optional = table.optional(row);
            if (optional && fields.stream().noneMatch(report.figures()::containsKey)) {
                continue; // the table prints (六) either as one row or as three: the other form is simply absent
            }
            Reading total = Reading.of(report, row);
            List<Term> columns = ApplicationTable.APPLICANTS.stream()
                    .map(c -> Term.plus(Reading.of(report, c.key(row)), c.labelZh(), c.labelEn())).toList();
            out.add(Equation.check(ID + "@" + row, Severity.ERROR, fields,
                    CheckText.zh("tableRow.title", labels.zh(row)), CheckText.en("tableRow.title", labels.en(row)),
                    List.of(Term.plus(total, CheckText.zh("tableRow.total"), CheckText.en("tableRow.total"))),
                    columns));
        }
        return out;
    }
}
