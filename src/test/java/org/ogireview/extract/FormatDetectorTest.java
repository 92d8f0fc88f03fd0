package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.ReportFormat;
import org.ogireview.testing.TestFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector();

    private static final String APPLICATION_ROWS = """
            一、本年新收政府信息公开申请数量 | 21 | 0 | 0 | 0 | 0 | 0 | 21
            二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
            1.本机关不掌握相关政府信息 | 10 | 0 | 0 | 0 | 0 | 0 | 10
            四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0
            """;

    private ReportFormat detect(String text, Integer year) {
        return detector.detect(NormalizedText.of(text), List.of(), year);
    }

    @Test
    void revisedTableColumnsMeanTable2021WhateverTheYear() {
        String text = "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 0 | 0 | 0\n"
                + "信息内容 | 本年收费金额（单位：万元）\n" + APPLICATION_ROWS;
        assertThat(detect(text, 2020)).isEqualTo(ReportFormat.TABLE2021);
        assertThat(detect(text, null)).isEqualTo(ReportFormat.TABLE2021);
    }

    @Test
    void trialTableColumnsMeanTable2019WhateverTheYear() {
        String text = "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t3\n"
                + "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n" + APPLICATION_ROWS;
        assertThat(detect(text, 2021)).isEqualTo(ReportFormat.TABLE2019);
    }

    @Test
    void spacesInsideTheWordsDoNotHideThem() {
        String text = "信息内容 本年 制发件数 本年废 止件数 现行 有效件数\n" + APPLICATION_ROWS;
        assertThat(detect(text, 2019)).isEqualTo(ReportFormat.TABLE2021);
    }

    @Test
    void theRevisedOtherHandlingSubRowsMeanTable2021() {
        String text = APPLICATION_ROWS + "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0\n"
                + "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0\n";
        assertThat(detect(text, 2020)).isEqualTo(ReportFormat.TABLE2021);
    }

    @Test
    void theYearDecidesOnlyWhenTheContentCannot() {
        assertThat(detect(APPLICATION_ROWS, 2019)).isEqualTo(ReportFormat.TABLE2019);
        assertThat(detect(APPLICATION_ROWS, 2020)).isEqualTo(ReportFormat.TABLE2019);
        assertThat(detect(APPLICATION_ROWS, 2021)).isEqualTo(ReportFormat.TABLE2021);
        assertThat(detect(APPLICATION_ROWS, 2024)).isEqualTo(ReportFormat.TABLE2021);
        assertThat(detect(APPLICATION_ROWS, null)).isEqualTo(ReportFormat.TABLE2021);
    }

    /**
     * A report of 2019 on whose copy stops before its tables was still written for them: its keys are those of its
     * year. Real text: 太仓高新区 2022 (ends in 一(四), no table),
     * http://www.taicang.gov.cn/taicang/tcgxqgwh03/202301/0efc32f14ed04dda80b7f4b84483444f.shtml
     */
    @Test
    void withoutAStandardTableAReportOf2019OnTakesItsYearsFormat() {
        String prose = "(二)收到和处理政府信息公开申请情况\n\n2022年我区收到政府信息公开申请1,全年无因依申请公开引起投诉、复议及诉讼情况。";
        assertThat(detect(prose, 2022)).isEqualTo(ReportFormat.TABLE2021);
        assertThat(detect(prose, 2020)).isEqualTo(ReportFormat.TABLE2019);
        assertThat(detect(prose, 2019)).isEqualTo(ReportFormat.TABLE2019);
        assertThat(detect(prose, 2018)).isEqualTo(ReportFormat.NARRATIVE);
    }

    @Test
    void withoutAStandardTableAReportIsNarrative() throws Exception {
        assertThat(detect("2013年，全区主动公开政府信息1136条，受理依申请公开21件。", 2013))
                .isEqualTo(ReportFormat.NARRATIVE);
        assertThat(detect("全区主动公开政府信息1136条，受理依申请公开21件。", null)).isEqualTo(ReportFormat.NARRATIVE);
        for (Path seed : TestFiles.seeds()) {
            assertThat(detect(Files.readString(seed), null)).as(seed.getFileName().toString())
                    .isEqualTo(ReportFormat.NARRATIVE);
        }
    }

    @Test
    void realReportsGetTheirFormat() throws Exception {
        ReportIngester ingester = new ReportIngester();
        Extractor extractor = new Extractor();
        for (Path sample : TestFiles.sampleTexts()) {
            assertThat(extractor.extract(ingester.ingest(sample)).format()).isEqualTo(ReportFormat.TABLE2021);
        }
        Path trial = TestFiles.resource("/reports/tables/linjiang-jiangbei-2019.txt");
        assertThat(extractor.extract(ingester.ingest(trial)).format()).isEqualTo(ReportFormat.TABLE2019);
    }

    /**
     * A report for 2019 on follows the standard tables even where its text ends before them (a stored page keeps
     * only its start). Real text: ../shared/corpus/real/12 (https://www.whkfq.gov.cn/xxgk/zfxxgkndbg/2024/jdbsc/
     * 202501/t20250117_2519642.html) and 09 (Traditional, http://www.866tx.com/art/2023/1/19/art_1229709995_71123.html).
     */
    @Test
    void aTableEraReportWhoseTextEndsBeforeTheTablesFollowsItsYear() {
        String zhuankou = "根据《中华人民共和国政府信息公开条例》(国务院令第711号),现向社会公布2024年度沌口街政府信息公开工作年度报告。"
                + "2024年,沌口街道接到2项政府信息公开的申请。";
        assertThat(detect(zhuankou, 2024)).isEqualTo(ReportFormat.TABLE2021);
        // ../shared/corpus/real/16 (http://lnst.gov.cn/html/CYSTQ/202101/0163350250579547.html), its prose only
        assertThat(detect("3.依申请公开情况,2020年度我街道未收到申请人提出的依申请公开", 2020))
                .isEqualTo(ReportFormat.TABLE2019);
        assertThat(detect("根據《中華人民共和國政府信息公開條例》、省市區關于政府信息公開工作有關規定和要求,結合本年度工作實際,"
                + "特編制杭州錢江經濟開發區2022年度政府信息公開工作報告,并向社會公布。", 2022))
                .isEqualTo(ReportFormat.TABLE2021);
    }
}
