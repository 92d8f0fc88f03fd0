package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.junit.jupiter.api.Test;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireview.check.Findings.one;

class PercentageRuleTest {

    private static final String LUZHOU = "000_6c56c39d01f2e555.txt";
    private final Checker checker = new Checker();

    private List<Finding> pct(ReportFacts r) {
        return checker.check(r).stream().filter(f -> f.rule().equals(PercentageRule.ID)).toList();
    }

    @Test
    void everyLuzhouPercentageMatchesItsCounts() {
        // 7 categories of 61540, 4 outcomes of 27 answered: 74.07 (20/27 = 74.074), 7.4 (2/27 = 7.407), 11.11
        List<Finding> findings = pct(Facts.seed(LUZHOU));
        assertThat(findings).hasSize(11);
        assertThat(findings).filteredOn(f -> !f.ran() || f.failed()).isEmpty();
        assertThat(one(findings, PercentageRule.ID, "applications.partly_granted.pct").messageEn())
                .contains("7.4% is consistent with 2 / 27 = 7.407%");
    }

    @Test
    void everyMianyangChannelShareMatches() {
        // 272/456 = 59.649 -> 59.6; 3/456 = 0.658 -> 0.7
        List<Finding> findings = pct(Facts.seed("001_cad39cc556105118.txt"));
        assertThat(findings).hasSize(4).filteredOn(f -> !f.ran() || f.failed()).isEmpty();
    }

    @Test
    void aWrongShareIsAWarningWithBothNumbers() {
        ReportFacts r = Facts.with(Facts.seed(LUZHOU), "applications.granted.pct", "74.7");
        Finding f = one(pct(r), PercentageRule.ID, "applications.granted.pct");
        assertThat(f.failed()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.messageEn()).contains("74.7%").contains("20 / 27 = 74.074%");
        assertThat(f.messageZh()).contains("写作 74.7%");
    }

    @Test
    void roundingAndTruncationBothPass() {
        BigDecimal twoThirds = Num.percent(BigDecimal.valueOf(2), BigDecimal.valueOf(3));
        for (String ok : List.of("66.67", "66.66", "66.7", "66.6", "67")) {
            assertThat(Num.matchesStated(new BigDecimal(ok), twoThirds)).as(ok).isTrue();
        }
        for (String bad : List.of("66.5", "66.68", "65", "68", "6.67")) {
            assertThat(Num.matchesStated(new BigDecimal(bad), twoThirds)).as(bad).isFalse();
        }
    }

    @Test
    void truncationCaseFromCounts() {
        ReportFacts r = Facts.of(ReportFormat.NARRATIVE, "applications.received", "3", "applications.answered", "3",
                "applications.granted", "2", "applications.granted.pct", "66.66");
        assertThat(one(pct(r), PercentageRule.ID).failed()).isFalse();
        ReportFacts wrong = Facts.with(r, "applications.granted.pct", "66.5");
        assertThat(one(pct(wrong), PercentageRule.ID).failed()).isTrue();
    }

    @Test
    void outcomesMayBeSharesOfTheReceived() {
        // 30 received, 27 answered; 20 granted stated as 66.67% = 20/30
        ReportFacts r = Facts.with(Facts.seed(LUZHOU), "applications.received", "30");
        r = Facts.with(r, "applications.granted.pct", "66.67");
        Finding f = one(pct(r), PercentageRule.ID, "applications.granted.pct");
        assertThat(f.failed()).isFalse();
        assertThat(f.messageEn()).contains("20 / 30");
    }

    @Test
    void aShareWithoutItsCountCannotRun() {
        ReportFacts r = Facts.without(Facts.seed(LUZHOU), "applications.granted");
        Finding f = one(pct(r), PercentageRule.ID, "applications.granted.pct");
        assertThat(f.ran()).isFalse();
        assertThat(f.messageEn()).contains("missing applications.granted");
    }

    @Test
    void aWholeOfZeroCannotRun() {
        ReportFacts r = Facts.of(ReportFormat.NARRATIVE, "staff.total", "0", "staff.full_time", "0",
                "staff.full_time.pct", "0");
        Finding f = one(pct(r), PercentageRule.ID);
        assertThat(f.ran()).isFalse();
        assertThat(f.messageEn()).contains("the whole is 0");
    }

    @Test
    void anApproximateShareIsNoted() {
        ReportFacts r = Facts.with(Facts.seed(LUZHOU), "applications.granted.pct", "75", Qualifier.ABOUT);
        Finding f = one(pct(r), PercentageRule.ID, "applications.granted.pct");
        assertThat(f.failed()).isFalse();
        assertThat(f.messageEn()).contains("approximate");
    }

    @Test
    void theGrowthRateIsAgainstLastYearsTotal() {
        // 泸州 states 61540 条, 比2011年多2385条, 增长4.32%: but 2385 / 59155 = 4.03%
        ReportFacts r = Facts.with(Facts.seed(LUZHOU), "proactive.total_change.pct", "4.32");
        Finding f = one(pct(r), PercentageRule.ID, "proactive.total_change.pct");
        assertThat(f.failed()).isTrue();
        assertThat(f.messageEn()).contains("2385 / (61540 - 2385) = 4.0318%");
        ReportFacts right = Facts.with(r, "proactive.total_change.pct", "4.03");
        assertThat(one(pct(right), PercentageRule.ID, "proactive.total_change.pct").failed()).isFalse();
    }
}
