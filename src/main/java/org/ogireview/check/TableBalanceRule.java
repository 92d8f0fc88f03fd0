package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.ogireview.check.Equation.Term;
import org.ogireview.model.ApplicantColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * The corner rule of table 三, printed in its top-left cell (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和):
 * in every column, received + carried in = total handled + carried out.
 */
final class TableBalanceRule extends ScopedRule {

    static final String ID = "apps.table.balance";

    private final ApplicationTable table;

    TableBalanceRule(ApplicationTable table) {
        super(ID, Formats.TABLES);
        this.table = table;
    }

    @Override
    public List<Finding> check(ReportFacts report) {
        List<Finding> out = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            List<String> fields = ApplicationTable.keys(List.of(table.received, table.carriedIn,
                    table.totalHandled, table.carriedOut), c);
            List<Reading> r = fields.stream().map(k -> Reading.of(report, k)).toList();
            out.add(Equation.check(ID + "@" + ApplicationTable.columnId(c), Severity.ERROR, fields,
                    CheckText.zh("table.column", c.labelZh()), CheckText.en("table.column", c.labelEn()),
                    List.of(term(r.get(0), "table.received"), term(r.get(1), "table.carriedIn")),
                    List.of(term(r.get(2), "table.totalHandled"), term(r.get(3), "table.carriedOut"))));
        }
        return out;
    }

    private static Term term(Reading r, String labelKey) {
        return Term.plus(r, CheckText.zh(labelKey), CheckText.en(labelKey));
    }
}
