package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.junit.jupiter.api.Test;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireview.check.Findings.one;

class PartsWholeRulesTest {

    private static final String LUZHOU = "000_6c56c39d01f2e555.txt";
    private static final String MIANYANG = "001_cad39cc556105118.txt";
    private final Checker checker = new Checker();

    @Test
    void luzhouCategoriesAddUpToTheTotal() {
        // 11244 + 2128 + 8518 + 35241 + 774 + 449 + 3186 = 61540, no 行政执法类 in Sichuan's scheme
        Finding f = one(checker.check(Facts.seed(LUZHOU)), "parts.proactive_categories");
        assertThat(f.ran()).isTrue();
        assertThat(f.failed()).isFalse();
        assertThat(f.messageEn()).contains("= 61540").contains("(not stated: proactive.enforcement)");
    }

    @Test
    void mianyangEightCategoriesAddUpToTheTotal() {
        Finding f = one(checker.check(Facts.seed(MIANYANG)), "parts.proactive_categories");
        assertThat(f.ran()).isTrue();
        assertThat(f.failed()).isFalse();
        assertThat(f.messageZh()).contains("327899");
    }

    @Test
    void categoriesAboveTheTotalAreAnError() {
        ReportFacts r = Facts.with(Facts.seed(LUZHOU), "proactive.work_updates", "36241");
        Finding f = one(checker.check(r), "parts.proactive_categories");
        assertThat(f.failed()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.messageEn()).contains("= 62540").contains("more than").contains("61540").contains("by 1000");
        assertThat(f.messageZh()).contains("超过").contains("多 1000");
    }

    @Test
    void aCompleteSchemeShortOfTheTotalIsAWarning() {
        // the list ends in 其他类, so it claims to cover everything
        ReportFacts r = Facts.with(Facts.seed(LUZHOU), "proactive.work_updates", "34241");
        Finding f = one(checker.check(r), "parts.proactive_categories");
        assertThat(f.failed()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.messageEn()).contains("short by 1000");
    }

    @Test
    void withoutACatchAllCategoryFallingShortIsFine() {
        ReportFacts r = Facts.without(Facts.with(Facts.seed(LUZHOU), "proactive.work_updates", "34241"),
                "proactive.other");
        assertThat(one(checker.check(r), "parts.proactive_categories").failed()).isFalse();
    }

    @Test
    void aBlankTotalIsNotZero() {
        // 包头 2013: 主动公开政府信息 条 — the rule cannot run; the categories would otherwise all "exceed" 0
        ReportFacts r = Facts.with(Facts.seed("002_bbf8da712e3e6082.txt"), "proactive.overview", "12");
        Finding f = one(checker.check(r), "parts.proactive_categories");
        assertThat(f.ran()).isFalse();
        assertThat(f.failed()).isFalse();
        assertThat(f.messageEn()).startsWith("could not run").contains("blank in source proactive.total");
    }

    @Test
    void anApproximateTotalIsNotHeldToTheSum() {
        // 淮南 2009: 3万余条 (more_than)
        ReportFacts r = Facts.with(Facts.seed("004_504f2814b7c8e9b7.txt"), "proactive.overview", "31000");
        Finding f = one(checker.check(r), "parts.proactive_categories");
        assertThat(f.ran()).isTrue();
        assertThat(f.failed()).isFalse();
        assertThat(f.messageEn()).contains("approximate");
    }

    @Test
    void mianyangChannelsAddUpToTheApplications() {
        // 272 + 122 + 59 + 3 = 456; e-mail not stated, so checked as at most
        Finding f = one(checker.check(Facts.seed(MIANYANG)), "parts.application_channels");
        assertThat(f.ran()).isTrue();
        assertThat(f.failed()).isFalse();
    }

    @Test
    void allFiveChannelsMustAddUp() {
        ReportFacts r = Facts.with(Facts.seed(MIANYANG), "applications.email", "0");
        assertThat(one(checker.check(r), "parts.application_channels").failed()).isFalse();
        ReportFacts short1 = Facts.with(r, "applications.online", "121");
        Finding f = one(checker.check(short1), "parts.application_channels");
        assertThat(f.failed()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.messageEn()).contains("short by 1");
    }

    @Test
    void channelsAboveTheApplicationsFailEvenWhenSomeAreUnstated() {
        ReportFacts r = Facts.with(Facts.seed(MIANYANG), "applications.in_person", "300");
        Finding f = one(checker.check(r), "parts.application_channels");
        assertThat(f.failed()).isTrue();
        assertThat(f.messageEn()).contains("484").contains("by 28");
    }

    @Test
    void luzhouOutcomesStayWithinTheAnswered() {
        // 20 + 2 + 2 + 3 = 27 answered
        Finding f = one(checker.check(Facts.seed(LUZHOU)), "parts.application_outcomes");
        assertThat(f.failed()).isFalse();
        assertThat(f.messageEn()).contains("Applications answered 27");
    }

    @Test
    void outcomesAboveTheAnsweredFail() {
        ReportFacts r = Facts.with(Facts.seed(LUZHOU), "applications.granted", "22");
        Finding f = one(checker.check(r), "parts.application_outcomes");
        assertThat(f.failed()).isTrue();
        assertThat(f.messageEn()).contains("= 29").contains("by 2");
    }

    @Test
    void outcomesFallBackToTheReceivedWhenAnsweredIsNotStated() {
        ReportFacts r = Facts.with(Facts.without(Facts.seed(LUZHOU), "applications.answered"),
                "applications.received", "25");
        Finding f = one(checker.check(r), "parts.application_outcomes");
        assertThat(f.failed()).isTrue();
        assertThat(f.messageEn()).contains("Applications received 25");
    }

    @Test
    void mianyangReconsiderationAndLitigationAddUp() {
        var findings = checker.check(Facts.seed(MIANYANG));
        assertThat(one(findings, "parts.review").failed()).isFalse(); // 26 + 2 + 23 = 51
        assertThat(one(findings, "parts.litigation").failed()).isFalse(); // 22 + 3 = 25
    }

    @Test
    void hongze2023TableFourContradictsItself() {
        // the published table 四 gives 维持 10, 纠正 1 and a 总计 of 0; 复议后起诉 维持 5 and a 总计 of 0
        var findings = checker.check(Facts.sample("hongze-2023.txt"));
        Finding review = one(findings, "parts.review");
        assertThat(review.failed()).isTrue();
        assertThat(review.severity()).isEqualTo(Severity.ERROR);
        assertThat(review.messageZh()).isEqualTo("行政复议：结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11，"
                + "超过行政复议·总计 0（多 11）");
        assertThat(review.messageEn()).isEqualTo("Administrative reconsideration: upheld 10 + corrected 1 + other result 0"
                + " + pending 0 = 11, more than Reconsideration: total 0 (by 11)");
        assertThat(one(findings, "parts.litigation_after_review").failed()).isTrue();
        assertThat(one(findings, "parts.litigation_direct").failed()).isFalse();
    }

    @Test
    void hongze2024TableFourAddsUp() {
        var findings = checker.check(Facts.sample("hongze-2024.txt"));
        assertThat(one(findings, "parts.review").failed()).isFalse();
        assertThat(one(findings, "parts.litigation_direct").failed()).isFalse();
        assertThat(one(findings, "parts.litigation_after_review").failed()).isFalse();
    }

    @Test
    void allFourStatedResultsMustReachTheTotal() {
        ReportFacts r = Facts.with(Facts.sample("hongze-2024.txt"), "litigation.after_review.total", "4");
        Finding f = one(checker.check(r), "parts.litigation_after_review");
        assertThat(f.failed()).isTrue();
        assertThat(f.messageEn()).contains("short by 1");
    }

    @Test
    void dongchangStaffAddUp() {
        // 专职 10 + 兼职 39 = 49
        ReportFacts r = Facts.seed("003_c1df64b726b009ca.txt");
        assertThat(one(checker.check(r), "parts.staff").failed()).isFalse();
        Finding f = one(checker.check(Facts.with(r, "staff.total", "50")), "parts.staff");
        assertThat(f.failed()).isTrue();
        assertThat(f.messageZh()).contains("不等于").contains("50");
    }

    @Test
    void anApproximatePartDoesNotFailAnEquality() {
        ReportFacts r = Facts.with(Facts.seed("003_c1df64b726b009ca.txt"), "staff.part_time", "40", Qualifier.ABOUT);
        Finding f = one(checker.check(r), "parts.staff");
        assertThat(f.failed()).isFalse();
        assertThat(f.messageEn()).contains("staff.part_time is approximate");
    }

    @Test
    void fieldsStayTheSameWhateverTheReportStates() {
        // a coder's mark names the finding by rule and fields: they must not shift when a figure is added
        var a = one(checker.check(Facts.seed(MIANYANG)), "parts.review");
        var b = one(checker.check(Facts.with(Facts.seed(MIANYANG), "review.pending", "0")), "parts.review");
        assertThat(a.fieldList()).isEqualTo(b.fieldList())
                .isEqualTo("review.total review.upheld review.corrected review.other review.pending");
    }

    @Test
    void narrativeRulesStayOffTables() {
        var findings = checker.check(Facts.of(ReportFormat.TABLE2021, "staff.total", "3"));
        assertThat(findings).noneMatch(f -> f.rule().equals("parts.proactive_categories"));
        assertThat(findings).anyMatch(f -> f.rule().equals("parts.staff") && !f.ran());
    }
}
