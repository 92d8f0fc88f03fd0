package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.junit.jupiter.api.Test;
import org.ogireview.model.ReportFormat;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireview.check.Findings.one;

class SanityRulesTest {

    private final Checker checker = new Checker();
    private final ReportFacts mianyang = Facts.seed("001_cad39cc556105118.txt");

    private List<Finding> rule(ReportFacts r, String id) {
        return checker.check(r).stream().filter(f -> f.rule().equals(id)).toList();
    }

    @Test
    void mianyang2017WasPublishedIn2018() {
        Finding f = one(checker.check(mianyang), ReportYearRule.ID);
        assertThat(f.ran()).isTrue();
        assertThat(f.failed()).isFalse();
    }

    @Test
    void aReportPublishedBeforeItsYearIsAnError() {
        // the extractor took a year from the text for the report year
        ReportFacts r = Facts.with(mianyang, "report.year", "2019");
        Finding f = one(checker.check(r), ReportYearRule.ID);
        assertThat(f.failed()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.messageEn()).isEqualTo("report year 2019, published on 2018-03-15: a report cannot be"
                + " published before the year it covers");
    }

    @Test
    void noPublicationDateNoYearCheck() {
        Finding f = one(checker.check(Facts.seed("000_6c56c39d01f2e555.txt")), ReportYearRule.ID);
        assertThat(f.ran()).isFalse();
        assertThat(f.messageEn()).isEqualTo("could not run: missing report.published_on");
        Finding garbled = one(checker.check(Facts.with(mianyang, "report.published_on", "2018年3月")),
                ReportYearRule.ID);
        assertThat(garbled.ran()).isFalse();
        assertThat(garbled.messageEn()).contains("not a date report.published_on");
    }

    @Test
    void metadataServesWhenThereAreNoMetadataFigures() {
        ReportFacts r = new ReportFacts("x", "绵阳市", 2017, java.time.LocalDate.of(2018, 3, 15),
                ReportFormat.NARRATIVE, java.util.Map.of());
        assertThat(one(checker.check(r), ReportYearRule.ID).ran()).isTrue();
    }

    @Test
    void countsAreNeverNegativeButChangesMayBe() {
        List<Finding> fine = rule(Facts.with(Facts.seed("000_6c56c39d01f2e555.txt"),
                "proactive.total_change", "-120"), NonNegativeRule.ID);
        assertThat(fine).hasSize(1);
        assertThat(fine.get(0).failed()).isFalse();
        assertThat(fine.get(0).fields()).isEmpty();

        List<Finding> bad = rule(Facts.with(mianyang, "applications.fax", "-3"), NonNegativeRule.ID);
        assertThat(bad).hasSize(1);
        assertThat(bad.get(0).failed()).isTrue();
        assertThat(bad.get(0).fields()).containsExactly("applications.fax");
        assertThat(bad.get(0).messageEn()).isEqualTo("Filed by fax is negative (-3); it cannot be");
    }

    @Test
    void signedTableFieldsMayBeNegative() {
        ReportFacts r = Facts.of(ReportFormat.TABLE2019, "proactive.licensing.change", "-4",
                "proactive.licensing.prior_items", "12");
        assertThat(rule(r, NonNegativeRule.ID)).singleElement().matches(f -> !f.failed());
    }

    @Test
    void sharesLieBetweenZeroAndHundred() {
        assertThat(rule(mianyang, PercentRangeRule.ID)).singleElement().matches(f -> f.ran() && !f.failed());
        List<Finding> bad = rule(Facts.with(mianyang, "applications.online.pct", "126.8"), PercentRangeRule.ID);
        assertThat(bad).singleElement().matches(Finding::failed);
        assertThat(bad.get(0).messageZh()).contains("126.8%").contains("不在 0 到 100 之间");
        // a growth rate is not a share
        List<Finding> growth = rule(Facts.with(mianyang, "proactive.total_change.pct", "130"), PercentRangeRule.ID);
        assertThat(growth).noneMatch(Finding::failed);
    }

    @Test
    void countsAreWholeNumbers() {
        assertThat(rule(mianyang, WholeNumberRule.ID)).singleElement().matches(f -> f.ran() && !f.failed());
        ReportFacts r = Facts.with(mianyang, "applications.mail", "59.5");
        r = Facts.with(r, "staff.total", "十二");
        List<Finding> bad = rule(r, WholeNumberRule.ID);
        assertThat(bad).hasSize(2).allMatch(Finding::failed);
        assertThat(one(bad, WholeNumberRule.ID, "applications.mail").messageEn())
                .isEqualTo("Filed by letter is a count but reads 59.5");
        assertThat(one(bad, WholeNumberRule.ID, "staff.total").messageEn()).isEqualTo("Staff on disclosure work is not a number");
        // money may have decimals: 7730.28 万元
        assertThat(rule(Facts.sample("hongze-2023.txt"), WholeNumberRule.ID)).noneMatch(Finding::failed);
    }

    @Test
    void blanksAreNotChecked() {
        List<Finding> f = rule(Facts.seed("002_bbf8da712e3e6082.txt"), NonNegativeRule.ID);
        assertThat(f).singleElement().matches(x -> !x.failed());
        assertThat(f.get(0).messageEn()).isEqualTo("none of 4 numbers is negative");
    }
}
