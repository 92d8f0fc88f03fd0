package org.ogireview.check;

import org.ogireview.check.FieldRelations.ResultGroup;
import org.ogireview.model.ApplicantColumn;

import java.util.List;

/**
 * The rows and columns of the standard application table (table 三), as figure keys. Which key is which row, and
 * which result rows form a group, is data ({@code table3} and {@code table3-result} lines of field-relations.txt);
 * the applicant columns are the template's own ({@link ApplicantColumn}).
 */
final class ApplicationTable {

    /** The six applicant columns, without 总计. */
    static final List<ApplicantColumn> APPLICANTS = List.of(ApplicantColumn.NATURAL_PERSON,
            ApplicantColumn.COMMERCIAL, ApplicantColumn.RESEARCH, ApplicantColumn.NGO,
            ApplicantColumn.LEGAL_SERVICES, ApplicantColumn.OTHER_ORG);

    final String received;
    final String carriedIn;
    final String totalHandled;
    final String carriedOut;
    /** （一）…（六）: the result groups, in table order. */
    final List<ResultGroup> results;
    /** Every row with numbers, in table order. */
    final List<String> rows;

    ApplicationTable(FieldRelations relations) {
        this.received = relations.table3("received");
        this.carriedIn = relations.table3("carried_in");
        this.totalHandled = relations.table3("total_handled");
        this.carriedOut = relations.table3("carried_out");
        this.results = relations.resultGroups();
        this.rows = relations.table3Rows();
    }

    /** True for a row of a group the table prints in one of two forms: the other form is simply absent. */
    boolean optional(String row) {
        return results.stream().anyMatch(g -> g.optional() && g.allRows().contains(row));
    }

    /** The column's name in rule ids: the suffix, or "total" for 总计. */
    static String columnId(ApplicantColumn c) {
        return c == ApplicantColumn.TOTAL ? "total" : c.suffix();
    }

    static List<String> keys(List<String> rows, ApplicantColumn c) {
        return rows.stream().map(c::key).toList();
    }
}
