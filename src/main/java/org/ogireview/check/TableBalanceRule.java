package org.ogireview.check;

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

    TableBalanceRule() {
        super(ID, Formats.TABLES);
    }

    @Override
    public List<Finding> check(ReportFacts report) {
        List<Finding> out = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            List<String> fields = ApplicationTable.keys(List.of(ApplicationTable.RECEIVED,
                    ApplicationTable.CARRIED_IN, ApplicationTable.TOTAL_HANDLED, ApplicationTable.CARRIED_OUT), c);
            List<Reading> r = fields.stream().map(k -> Reading.of(report, k)).toList();
            out.add(Equation.check(ID + "@" + ApplicationTable.columnId(c), Severity.ERROR, fields,
                    "申请情况表“" + c.labelZh() + "”列", "Application table, column " + c.labelEn(),
                    List.of(Term.plus(r.get(0), "新收", "received"), Term.plus(r.get(1), "上年结转", "carried in")),
                    List.of(Term.plus(r.get(2), "办理结果总计", "total handled"),
                            Term.plus(r.get(3), "结转下年度", "carried out"))));
        }
        return out;
    }
}
