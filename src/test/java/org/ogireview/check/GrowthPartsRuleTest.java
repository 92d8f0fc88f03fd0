package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.junit.jupiter.api.Test;
import org.ogireview.check.GrowthStatements.Level;
import org.ogireview.check.GrowthStatements.Statement;
import org.ogireview.model.ReportFormat;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireview.check.Findings.one;

class GrowthPartsRuleTest {

    private static final String LUZHOU = "000_6c56c39d01f2e555.txt";
    private final Checker checker = new Checker();

    private static String text(String name) throws IOException {
        return Files.readString(TestFiles.bundledReport(name), StandardCharsets.UTF_8);
    }

    @Test
    void findsLuzhousThreeLevelsInTraditionalCharacters() throws IOException {
        List<Statement> s = GrowthStatements.find(text(LUZHOU));
        assertThat(s).extracting(Statement::level).containsExactly(Level.WHOLE, Level.PART, Level.PART);
        assertThat(s).extracting(st -> st.total().intValue()).containsExactly(61540, 12414, 49126);
        assertThat(s).extracting(st -> st.change().intValue()).containsExactly(2385, 447, 2832);
        assertThat(s.get(1).subject()).isEqualTo("市级政府部门");
    }

    @Test
    void luzhousLevelsDoNotAddUpToItsChange() throws IOException {
        // 全市 61540 = 市级 12414 + 区县 49126, but +2385 ≠ +447 + +2832 = +3279
        ReportFacts r = Facts.seed(LUZHOU).withText(text(LUZHOU));
        Finding f = one(checker.check(r), GrowthPartsRule.ID);
        assertThat(f.ran()).isTrue();
        assertThat(f.failed()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.fields()).containsExactly("proactive.total_change", "proactive.total");
        assertThat(f.messageEn()).contains("61540 (+2385)").contains("市级政府部门 12414 (+447)")
                .contains("49126 (+2832)").contains("add up to +3279, not +2385");
        assertThat(f.messageZh()).contains("各部分增减之和为 +3279，不是 +2385");
    }

    @Test
    void levelsThatAddUpPass() {
        String text = "二、主动公开政府信息情况\n全区主动公开政府信息1,500条，较上年增加100条。"
                + "其中区级部门主动公开政府信息900条，比上年增加130条；乡镇（街道）主动公开政府信息600条，比上年减少30条。";
        ReportFacts r = Facts.of(ReportFormat.NARRATIVE, "proactive.total", "1500").withText(text);
        Finding f = one(checker.check(r), GrowthPartsRule.ID);
        assertThat(f.failed()).isFalse();
        assertThat(f.ran()).isTrue();
        assertThat(f.messageEn()).contains("(-30)").contains("consistent");
    }

    @Test
    void levelsThatAreNotAPartitionAreNotCompared() {
        // 市本级 and one county only: their totals fall short of the whole, so their changes need not add up
        String text = "全市主动公开政府信息1000条，比上年多50条。市本级主动公开政府信息400条，比上年多20条。"
                + "某县主动公开政府信息300条，比上年多10条。乡镇主动公开政府信息200条，比上年多5条。";
        Finding f = one(checker.check(Facts.of(ReportFormat.NARRATIVE).withText(text)), GrowthPartsRule.ID);
        assertThat(f.ran()).isFalse();
        assertThat(f.messageEn()).contains("do not add up to the whole 1000");
    }

    @Test
    void noTextNoCheck() {
        Finding f = one(checker.check(Facts.seed(LUZHOU)), GrowthPartsRule.ID);
        assertThat(f.ran()).isFalse();
        assertThat(f.messageEn()).isEqualTo("could not run: the report text is not given");
    }

    @Test
    void theOtherSeedsStateNoChangeByLevel() throws IOException {
        for (String seed : List.of("001_cad39cc556105118.txt", "002_bbf8da712e3e6082.txt",
                "003_c1df64b726b009ca.txt", "004_504f2814b7c8e9b7.txt")) {
            Finding f = one(checker.check(Facts.seed(seed).withText(text(seed))), GrowthPartsRule.ID);
            assertThat(f.failed()).as(seed).isFalse();
        }
    }

    @Test
    void tenThousandsAndDecreases() {
        List<Statement> s = GrowthStatements.find("全县主动公开信息1.2万条，同比减少300条。");
        assertThat(s).hasSize(1);
        assertThat(s.get(0).total()).isEqualByComparingTo(new BigDecimal("12000"));
        assertThat(s.get(0).change()).isEqualByComparingTo(new BigDecimal("-300"));
    }

    @Test
    void levelsOfSubjects() {
        assertThat(GrowthStatements.levelOf("全市各级行政机关2012年")).isEqualTo(Level.WHOLE);
        assertThat(GrowthStatements.levelOf("全市各部门")).isEqualTo(Level.WHOLE);
        assertThat(GrowthStatements.levelOf("全市各区县")).isEqualTo(Level.PART);
        assertThat(GrowthStatements.levelOf("区、县政府2012年")).isEqualTo(Level.PART);
        assertThat(GrowthStatements.levelOf("市政府各部门")).isEqualTo(Level.PART);
        assertThat(GrowthStatements.levelOf("2012年")).isNull();
    }
}
