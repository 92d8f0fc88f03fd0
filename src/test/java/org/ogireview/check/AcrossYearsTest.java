package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.junit.jupiter.api.Test;
import org.ogireview.model.ReportFormat;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireview.check.Findings.one;

class AcrossYearsTest {

    private final Checker checker = new Checker();
    private final ReportFacts hongze2023 = Facts.sample("hongze-2023.txt");
    private final ReportFacts hongze2024 = Facts.sample("hongze-2024.txt");

    @Test
    void hongzeTitlesItselfTwoWaysButIsOneBody() {
        // 2023: 洪泽区; 2024: 淮安市洪泽区
        List<YearPairFindings> pairs = checker.checkYearPairs(List.of(hongze2024, hongze2023));
        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.earlier().id()).isEqualTo("hongze-2023.txt");
            assertThat(p.later().id()).isEqualTo("hongze-2024.txt");
        });
    }

    @Test
    void hongzeCarriesNothingOverAndTheDocumentsInForceAddUp() {
        // 规范性文件: in force 5 at the end of 2023, 3 issued and 0 repealed in 2024, 8 in force
        List<Finding> findings = checker.checkAcrossYears(List.of(hongze2023, hongze2024));
        assertThat(findings).hasSize(7 + 2).filteredOn(f -> !f.ran() || f.failed()).isEmpty();
        assertThat(one(findings, "years.in_force@normative_docs").messageEn())
                .isEqualTo("Normative documents in force: in force 2024 8, in force 2023 5 + issued 2024 3"
                        + " - repealed 2024 0 = 8: consistent");
    }

    @Test
    void aCarryOverThatIsNotTakenOverIsAnError() {
        ReportFacts earlier = Facts.with(Facts.with(hongze2023, "applications.carried_out", "3"),
                "applications.carried_out@natural_person", "3");
        List<Finding> failed = Findings.failed(checker.checkAcrossYears(List.of(earlier, hongze2024)));
        assertThat(failed).extracting(Finding::rule)
                .containsExactlyInAnyOrder("years.carry_over@total", "years.carry_over@natural_person");
        Finding total = one(failed, "years.carry_over@total");
        assertThat(total.severity()).isEqualTo(Severity.ERROR);
        assertThat(total.fields()).containsExactly("applications.carried_out", "applications.carried_in");
        assertThat(total.messageEn()).isEqualTo("Carry-over, column Total: carried out of 2023 3,"
                + " carried into 2024 0: they differ by 3");
    }

    @Test
    void documentsInForceThatDoNotAddUpAreAWarning() {
        ReportFacts later = Facts.with(hongze2024, "proactive.normative_docs.in_force", "9");
        Finding f = one(checker.checkAcrossYears(List.of(hongze2023, later)), "years.in_force@normative_docs");
        assertThat(f.failed()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.messageZh()).contains("2024年现行有效 9").contains("差 1");
    }

    @Test
    void onlyConsecutiveYearsOfOneBodyArePaired() {
        ReportFacts other = Facts.with(hongze2024, "report.region", "淮阴区");
        assertThat(checker.checkYearPairs(List.of(hongze2023, other))).isEmpty();
        ReportFacts later = Facts.with(hongze2024, "report.year", "2025");
        assertThat(checker.checkYearPairs(List.of(hongze2023, later))).isEmpty();
        assertThat(checker.checkYearPairs(List.of(hongze2023, hongze2023))).isEmpty();
    }

    @Test
    void theStatedChangeIsThisYearsTotalLessLastYears() {
        ReportFacts y2011 = Facts.of(ReportFormat.NARRATIVE, "report.region", "瀘州市", "report.year", "2011",
                "proactive.total", "59155");
        ReportFacts y2012 = Facts.seed("000_6c56c39d01f2e555.txt"); // 61540, 比2011年多2385条
        Finding f = one(checker.checkAcrossYears(List.of(y2011, y2012)), PriorYearGrowthRule.ID);
        assertThat(f.ran()).isTrue();
        assertThat(f.failed()).isFalse();

        ReportFacts other2011 = Facts.with(y2011, "proactive.total", "58261"); // 61540 - 58261 = 3279
        Finding wrong = one(checker.checkAcrossYears(List.of(other2011, y2012)), PriorYearGrowthRule.ID);
        assertThat(wrong.failed()).isTrue();
        assertThat(wrong.severity()).isEqualTo(Severity.WARNING);
        assertThat(wrong.messageEn()).isEqualTo("Proactive disclosure, change against last year: change stated for"
                + " 2012 2385, total 2012 61540 - total 2011 58261 = 3279: they differ by 894");
    }

    @Test
    void lastYearWithoutATotalCannotRun() {
        ReportFacts y2011 = Facts.of(ReportFormat.NARRATIVE, "report.region", "泸州市", "report.year", "2011",
                "proactive.total", "");
        Finding f = one(checker.checkAcrossYears(List.of(y2011, Facts.seed("000_6c56c39d01f2e555.txt"))),
                PriorYearGrowthRule.ID);
        assertThat(f.ran()).isFalse();
        assertThat(f.messageEn()).isEqualTo("could not run: blank in source proactive.total (2011)");
    }
}
