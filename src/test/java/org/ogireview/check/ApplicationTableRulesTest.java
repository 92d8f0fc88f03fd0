package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.junit.jupiter.api.Test;
import org.ogireview.model.ApplicantColumn;
import org.ogireview.model.ReportFormat;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireview.check.Findings.one;

class ApplicationTableRulesTest {

    private final Checker checker = new Checker();

    private List<Finding> tableFindings(ReportFacts r) {
        return checker.check(r).stream().filter(f -> f.rule().startsWith("apps.table.")).toList();
    }

    @Test
    void bothHongzeTablesAddUpEverywhere() {
        for (String name : List.of("hongze-2023.txt", "hongze-2024.txt", "hongze-2024.pdf")) {
            List<Finding> findings = tableFindings(Facts.sample(name));
            // 7 balances, 7 result sums, 23 rows (one 其他处理 row, no sub-rows)
            assertThat(findings).as(name).hasSize(7 + 7 + 23);
            assertThat(findings).as(name).filteredOn(f -> !f.ran() || f.failed()).isEmpty();
        }
    }

    @Test
    void theResultSumReadsLikeTheTable() {
        Finding f = one(checker.check(Facts.sample("hongze-2024.txt")), "apps.table.results@total");
        assertThat(f.messageZh()).isEqualTo("申请情况表“总计”列：办理结果总计 95，予以公开 50 + 部分公开 9 + 不予公开 3"
                + " + 无法提供 32 + 不予处理 1 + 其他处理 0 = 95，相符");
        assertThat(f.fields()).contains("applications.denied.query_matters", "applications.total_handled")
                .hasSize(23);
    }

    @Test
    void aMistypedCellBreaksItsColumnAndItsRow() {
        ReportFacts r = Facts.with(Facts.sample("hongze-2024.txt"), "applications.granted@natural_person", "51");
        List<Finding> failed = Findings.failed(tableFindings(r));
        assertThat(failed).extracting(Finding::rule)
                .containsExactlyInAnyOrder("apps.table.results@natural_person", "apps.table.row@applications.granted");
        Finding row = one(failed, "apps.table.row@applications.granted");
        assertThat(row.severity()).isEqualTo(Severity.ERROR);
        assertThat(row.messageEn()).contains("total 50").contains("Natural persons 51").contains("= 51")
                .contains("differ by 1");
        assertThat(one(failed, "apps.table.results@natural_person").messageEn())
                .contains("total handled 95").contains("granted 51").contains("= 96");
    }

    @Test
    void theCornerRuleHoldsInEveryColumn() {
        ReportFacts r = Facts.with(Facts.sample("hongze-2023.txt"), "applications.carried_out", "2");
        r = Facts.with(r, "applications.carried_out@natural_person", "2");
        List<Finding> failed = Findings.failed(tableFindings(r));
        assertThat(failed).extracting(Finding::rule)
                .containsExactlyInAnyOrder("apps.table.balance@total", "apps.table.balance@natural_person");
        assertThat(one(failed, "apps.table.balance@total").messageEn())
                .isEqualTo("Application table, column Total: received 21 + carried in 0 = 21, total handled 21"
                        + " + carried out 2 = 23: they differ by 2");
    }

    @Test
    void aBlankCellIsNotZero() {
        ReportFacts r = Facts.with(Facts.sample("hongze-2023.txt"), "applications.granted@ngo", "",
                org.ogireview.model.Qualifier.BLANK_IN_SOURCE);
        List<Finding> findings = tableFindings(r);
        assertThat(Findings.failed(findings)).isEmpty();
        Finding results = one(findings, "apps.table.results@ngo");
        assertThat(results.ran()).isFalse();
        assertThat(results.messageEn()).isEqualTo("could not run: blank in source applications.granted@ngo");
        assertThat(one(findings, "apps.table.row@applications.granted").ran()).isFalse();
        assertThat(one(findings, "apps.table.balance@ngo").ran()).isTrue();
    }

    @Test
    void otherHandlingSplitIntoThreeRows() {
        // revised 2021 layout: （六）其他处理 as three sub-rows, no row of its own
        ReportFacts r = Facts.of(ReportFormat.TABLE2021);
        String[] rows = {"applications.granted", "applications.partly_granted"};
        r = column(r, "applications.received", 6);
        r = column(r, "applications.carried_in", 0);
        r = column(r, rows[0], 3);
        r = column(r, rows[1], 1);
        for (String row : FieldRelations.standard().table3Rows().subList(4, 20)) {
            r = column(r, row, 0);
        }
        r = column(r, "applications.other_handling.overdue_amendment", 1);
        r = column(r, "applications.other_handling.overdue_fee", 0);
        r = column(r, "applications.other_handling.other", 1);
        r = column(r, "applications.total_handled", 6);
        r = column(r, "applications.carried_out", 0);
        List<Finding> findings = tableFindings(r);
        assertThat(findings).hasSize(7 + 7 + 25).filteredOn(f -> !f.ran() || f.failed()).isEmpty();
        assertThat(one(findings, "apps.table.results@natural_person").messageEn()).contains("other handling 2");

        ReportFacts wrong = Facts.with(r, "applications.other_handling.other@natural_person", "2");
        wrong = Facts.with(wrong, "applications.other_handling.other", "2");
        assertThat(Findings.failed(tableFindings(wrong))).extracting(Finding::rule)
                .containsExactlyInAnyOrder("apps.table.results@natural_person", "apps.table.results@total");
    }

    @Test
    void aMissingTableCannotRun() {
        List<Finding> findings = tableFindings(Facts.of(ReportFormat.TABLE2019, "applications.received", "3"));
        assertThat(findings).isNotEmpty().allMatch(f -> !f.ran());
        assertThat(one(findings, "apps.table.balance@total").messageEn())
                .isEqualTo("could not run: missing applications.carried_in, applications.total_handled,"
                        + " applications.carried_out");
    }

    @Test
    void narrativeReportsSkipTheTable() {
        assertThat(tableFindings(Facts.seed("000_6c56c39d01f2e555.txt"))).isEmpty();
    }

    /** Puts n in the natural-person column and in 总计, 0 in the other applicant columns. */
    private static ReportFacts column(ReportFacts r, String row, int n) {
        for (ApplicantColumn c : ApplicantColumn.values()) {
            int v = c == ApplicantColumn.NATURAL_PERSON || c == ApplicantColumn.TOTAL ? n : 0;
            r = Facts.with(r, c.key(row), Integer.toString(v));
        }
        return r;
    }
}
