package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;
import org.ogireview.testing.TestFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The standard-table readers, one pattern family at a time, through the extractor facade. */
class StandardTableExtractorTest {

    @TempDir
    Path temp;

    private final Extractor extractor = new Extractor();

    /** Rows enough for the format detector to see the standard application table. */
    private static final String APPLICATION_HEAD = """
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6
            二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
            """;
    private static final String APPLICATION_TAIL = """
            （七）总计 | 5 | 1 | 0 | 0 | 0 | 0 | 6
            四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0
            """;

    private Extraction text(String text) {
        return extractor.extract(IngestedDocument.ofText("t.txt", text));
    }

    private Extraction html(String body) throws Exception {
        Path file = temp.resolve("t.html");
        Files.writeString(file, "<html><body>" + body + "</body></html>", StandardCharsets.UTF_8);
        return extractor.extract(HtmlTables.read(file));
    }

    private static String value(Extraction x, String key) {
        return x.figure(key).map(ExtractedFigure::value).orElse(null);
    }

    @Test
    void wordingVariantsFindTheirRows() {
        Extraction x = text(APPLICATION_HEAD + """
                （一）予以公開 | 3 | 0 | 0 | 0 | 0 | 0 | 3
                属于国家秘密 | １ | 0 | 0 | 0 | 0 | 0 | １
                2.其他法律行政止公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2
                3．危及"三安全一稳定" | 4 | 0 | 0 | 0 | 0 | 0 | 4
                1.本 机 关 不 掌 握 相 关 政 府 信 息 | 7 | 0 | 0 | 0 | 0 | 0 | 7
                4.无正当理由大量反复 申请 | 8 | 0 | 0 | 0 | 0 | 0 | 8
                （六）其他处理
                果 3.其他 | 9 | 0 | 0 | 0 | 0 | 0 | 9
                """ + APPLICATION_TAIL);
        assertThat(value(x, "applications.granted")).isEqualTo("3");
        assertThat(value(x, "applications.denied.state_secret")).isEqualTo("1");
        assertThat(value(x, "applications.denied.law_prohibited")).isEqualTo("2");
        assertThat(value(x, "applications.denied.security_stability")).isEqualTo("4");
        assertThat(value(x, "applications.unable.not_held")).isEqualTo("7");
        assertThat(value(x, "applications.not_processed.mass_repeated")).isEqualTo("8");
        assertThat(value(x, "applications.other_handling.other")).isEqualTo("9"); // a label piece before the item
        ExtractedFigure granted = x.figure("applications.granted").orElseThrow();
        assertThat(granted.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(granted.snippet()).contains("予以公開").contains("3");
    }

    @Test
    void groupLabelsNeverPassForTheirLookAlikes() {
        // 不予公开 resembles 予以公开; a subtotal printed on a group row must not become a figure
        Extraction x = text(APPLICATION_HEAD + """
                （一）予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3
                （三）不予公开 | 9 | 0 | 0 | 0 | 0 | 0 | 9
                1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                """ + APPLICATION_TAIL);
        assertThat(value(x, "applications.granted")).isEqualTo("3");
        assertThat(x.figures()).noneMatch(f -> f.value().equals("9"));
    }

    @Test
    void aLabelThatCannotBeReadTakesTheOneRowMissingBetweenItsNeighbours() {
        Extraction x = text(APPLICATION_HEAD + """
                1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                2.#### | 2 | 0 | 0 | 0 | 0 | 0 | 2
                3.危及“三安全一稳定” | 3 | 0 | 0 | 0 | 0 | 0 | 3
                1.本机关不掌握相关政府信息 | 4 | 0 | 0 | 0 | 0 | 0 | 4
                ?? | 5 | 0 | 0 | 0 | 0 | 0 | 5
                ?? | 6 | 0 | 0 | 0 | 0 | 0 | 6
                1.信访举报投诉类申请 | 7 | 0 | 0 | 0 | 0 | 0 | 7
                """ + APPLICATION_TAIL);
        ExtractedFigure placed = x.figure("applications.denied.law_prohibited").orElseThrow();
        assertThat(placed.value()).isEqualTo("2");
        assertThat(placed.confidence()).isLessThan(0.9);
        // two unreadable rows in a row: nothing is guessed
        assertThat(x.figure("applications.unable.needs_creation")).isEmpty();
        assertThat(x.figure("applications.unable.unclear")).isEmpty();
    }

    @Test
    void renamedColumnsFallBackToTheTemplateOrder() {
        Extraction x = text("""
                二、主动公开政府信息情况
                信息内容 | 数据1 | 数据2 | 数据3
                规章 | 1 | 2 | 3
                行政规范性文件 | 4 | 5 | 6
                信息内容 | 数据1
                行政许可 | 550
                """ + "三、收到和处理政府信息公开申请情况\n项目 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7\n"
                + APPLICATION_HEAD.lines().skip(1).reduce("", (a, b) -> a + b + "\n") + APPLICATION_TAIL);
        assertThat(x.format()).isEqualTo(ReportFormat.TABLE2021);
        assertThat(value(x, "proactive.rules.issued")).isEqualTo("1");
        assertThat(value(x, "proactive.rules.repealed")).isEqualTo("2");
        assertThat(value(x, "proactive.normative_docs.in_force")).isEqualTo("6");
        assertThat(value(x, "proactive.licensing.decisions")).isEqualTo("550");
        assertThat(value(x, "applications.received@natural_person")).isEqualTo("5");
        assertThat(value(x, "applications.received@commercial")).isEqualTo("1");
        assertThat(value(x, "applications.received")).isEqualTo("6");
    }

    @Test
    void aRecognisableHeaderOrdersTheApplicantColumns() throws Exception {
        Extraction x = html("""
                <p>三、收到和处理政府信息公开申请情况</p>
                <table>
                <tr><td rowspan="2">申请人情况</td><td rowspan="2">总计</td><td rowspan="2">自然人</td>
                    <td colspan="5">法人或其他组织</td></tr>
                <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
                <tr><td>一、本年新收政府信息公开申请数量</td><td>10</td><td>7</td><td>1</td><td>1</td><td>0</td><td>1</td><td>0</td></tr>
                <tr><td>二、上年结转政府信息公开申请数量</td><td>2</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
                <tr><td>四、结转下年度继续办理</td><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
                </table>""");
        assertThat(value(x, "applications.received")).isEqualTo("10");
        assertThat(value(x, "applications.received@natural_person")).isEqualTo("7");
        assertThat(value(x, "applications.received@research")).isEqualTo("1");
        assertThat(value(x, "applications.received@legal_services")).isEqualTo("1");
        assertThat(value(x, "applications.received@other_org")).isEqualTo("0");
        assertThat(value(x, "applications.carried_in")).isEqualTo("2");
    }

    @Test
    void aHeaderInTabbedTextOrdersTheColumnsOfRowsWithMoreLabelCells() {
        Extraction x = text("三、收到和处理政府信息公开申请情况\n"
                + "申请人情况\t总计\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
                + "一、本年新收政府信息公开申请数量\t10\t7\t1\t1\t0\t1\t0\n"
                + "二、上年结转政府信息公开申请数量\t2\t2\t0\t0\t0\t0\t0\n"
                + "三、本年度办理结果\t（一）予以公开\t6\t4\t1\t0\t0\t1\t0\n"
                + "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t3\t3\t0\t0\t0\t0\t0\n"
                + "四、结转下年度继续办理\t1\t1\t0\t0\t0\t0\t0\n");
        assertThat(value(x, "applications.received")).isEqualTo("10");
        assertThat(value(x, "applications.received@natural_person")).isEqualTo("7");
        assertThat(value(x, "applications.granted")).isEqualTo("6");
        assertThat(value(x, "applications.granted@commercial")).isEqualTo("1");
        assertThat(value(x, "applications.granted@legal_services")).isEqualTo("1");
        assertThat(value(x, "applications.partly_granted")).isEqualTo("3");
    }

    @Test
    void emptyCellsAreBlankInSourceNeverZero() throws Exception {
        Extraction x = html("""
                <table>
                <tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
                <tr><td>规章</td><td></td><td>0</td><td>2</td></tr>
                </table>
                <table>
                <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>5</td><td></td><td></td><td>&nbsp;</td><td></td><td></td><td>5</td></tr>
                <tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
                <tr><td rowspan="2">（四）无法提供</td><td colspan="2">1.本机关不掌握相关政府信息</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
                <tr><td colspan="2">2.没有现成信息需要另行制作</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
                <tr><td colspan="3">四、结转下年度继续办理</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
                </table>""");
        ExtractedFigure issued = x.figure("proactive.rules.issued").orElseThrow();
        assertThat(issued.qualifier()).isEqualTo(Qualifier.BLANK_IN_SOURCE);
        assertThat(issued.value()).isEmpty();
        assertThat(issued.snippet()).startsWith("规章");
        assertThat(value(x, "proactive.rules.in_force")).isEqualTo("2");
        for (String col : new String[]{"commercial", "research", "ngo", "legal_services", "other_org"}) {
            ExtractedFigure f = x.figure("applications.received@" + col).orElseThrow();
            assertThat(f.qualifier()).as(col).isEqualTo(Qualifier.BLANK_IN_SOURCE);
            assertThat(f.end()).as("the span points at the row").isGreaterThan(f.start());
        }
        assertThat(value(x, "applications.received@natural_person")).isEqualTo("5");
        assertThat(value(x, "applications.received")).isEqualTo("5");
        assertThat(value(x, "applications.unable.needs_creation")).isEqualTo("1");
    }

    @Test
    void table4SplitIntoThreeTablesIsNamedByTheLabelsAbove() throws Exception {
        String head = "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>";
        Extraction x = html(APPLICATION_HEAD.replace("\n", "<br>")
                + "<p>四、政府信息公开行政复议、行政诉讼情况</p><p>行政复议</p><table>" + head
                + "<tr><td>1</td><td>2</td><td>0</td><td>0</td><td>3</td></tr></table>"
                + "<p>行政诉讼</p><p>未经复议直接起诉</p><table>" + head
                + "<tr><td>0</td><td>0</td><td>1</td><td>0</td><td>1</td></tr></table>"
                + "<p>复议后起诉</p><table>" + head
                + "<tr><td>0</td><td>1</td><td>0</td><td>1</td><td>2</td></tr></table>");
        assertThat(value(x, "review.upheld")).isEqualTo("1");
        assertThat(value(x, "review.corrected")).isEqualTo("2");
        assertThat(value(x, "review.total")).isEqualTo("3");
        assertThat(value(x, "litigation.direct.other")).isEqualTo("1");
        assertThat(value(x, "litigation.direct.total")).isEqualTo("1");
        assertThat(value(x, "litigation.after_review.corrected")).isEqualTo("1");
        assertThat(value(x, "litigation.after_review.pending")).isEqualTo("1");
        assertThat(value(x, "litigation.after_review.total")).isEqualTo("2");
        assertThat(x.figure("review.total").orElseThrow().snippet()).contains("行政复议").contains("3");
    }

    @Test
    void table4AsLabelledRowsOrWithItsOwnColumnOrder() {
        Extraction rows = text(APPLICATION_HEAD + APPLICATION_TAIL + """
                四、政府信息公开行政复议、行政诉讼情况
                项目 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
                复议后起诉 | 0 | 0 | 0 | 4 | 4
                行政复议 | 2 | 0 | 0 | 0 | 2
                未经复议直接起诉 | 0 | 3 | 0 | 0 | 3
                """);
        assertThat(value(rows, "review.upheld")).isEqualTo("2");
        assertThat(value(rows, "litigation.direct.corrected")).isEqualTo("3");
        assertThat(value(rows, "litigation.after_review.pending")).isEqualTo("4");

        Extraction reordered = text(APPLICATION_HEAD + APPLICATION_TAIL + """
                四、政府信息公开行政复议、行政诉讼情况
                行政复议
                总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结
                5 | 4 | 1 | 0 | 0
                """);
        assertThat(value(reordered, "review.total")).isEqualTo("5");
        assertThat(value(reordered, "review.upheld")).isEqualTo("4");
        assertThat(value(reordered, "review.corrected")).isEqualTo("1");
    }

    @Test
    void aTable3RowThatLostTwoEmptyCellsIsNotTable4() {
        // PDF text drops empty cells: 二、上年结转 keeps five numbers, like a part of table 四
        Extraction x = text("本报告由总体情况、政府信息公开行政复议和行政诉讼情况等部分组成\n" + """
                一、本年新收政府信息公开申请数量 142 18 1 3 2 166
                二、上年结转政府信息公开申请数量 6 1 0 0 7
                1.本机关不掌握相关政府信息 29 3 0 1 0 0 33
                四、结转下年度继续办理 11 2 0 1 0 0 14
                四、政府信息公开行政复议、行政诉讼情况
                行政复议 行政诉讼
                3 1 1 0 5 2 0 0 1 3 1 0 0 0 1
                """);
        assertThat(value(x, "review.upheld")).isEqualTo("3");
        assertThat(value(x, "review.total")).isEqualTo("5");
        assertThat(value(x, "litigation.after_review.total")).isEqualTo("1");
        assertThat(x.figure("applications.carried_in")).isEmpty(); // five values cannot be placed in seven columns
    }

    @Test
    void otherHandlingAsOneRowOrThreeSubRows() {
        Extraction split = text(APPLICATION_HEAD + """
                5.要求行政机关确认或重新出具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                （六）其他处理
                1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 2 | 0 | 0 | 0 | 0 | 0 | 2
                3.其他 | 3 | 0 | 0 | 0 | 0 | 0 | 3
                """ + APPLICATION_TAIL);
        assertThat(value(split, "applications.other_handling.overdue_amendment")).isEqualTo("1");
        assertThat(value(split, "applications.other_handling.overdue_fee")).isEqualTo("2");
        assertThat(value(split, "applications.other_handling.other")).isEqualTo("3");
        assertThat(split.figure("applications.other_handling")).isEmpty();

        Extraction single = text(APPLICATION_HEAD + "（六）其他处理 | 4 | 0 | 0 | 0 | 0 | 0 | 4\n" + APPLICATION_TAIL);
        assertThat(value(single, "applications.other_handling")).isEqualTo("4");
        assertThat(single.figures()).noneMatch(f -> f.key().startsWith("applications.other_handling."));

        // a bare 其他 outside （六）其他处理 is no figure
        Extraction stray = text(APPLICATION_HEAD + "其他 | 9 | 0 | 0 | 0 | 0 | 0 | 9\n" + APPLICATION_TAIL);
        assertThat(stray.figures()).noneMatch(f -> f.value().equals("9"));
    }

    @Test
    void trialTable2ReadsSignedChangesAndTheProcurementAmount() throws Exception {
        Extraction x = extractor.extract(new ReportIngester().ingest(
                TestFiles.resource("/reports/tables/linjiang-jiangbei-2019.txt")));
        assertThat(x.format()).isEqualTo(ReportFormat.TABLE2019);
        assertThat(value(x, "proactive.licensing.change")).isEqualTo("-12");
        assertThat(value(x, "proactive.other_services.change")).isEqualTo("3");
        assertThat(value(x, "proactive.penalty.prior_items")).isEqualTo("1203");
        ExtractedFigure amount = x.figure("proactive.procurement.amount").orElseThrow();
        assertThat(amount.value()).isEqualTo("251.63");
        assertThat(amount.snippet()).contains("2,516,300元").contains("251.63万元");
        // the revised-only keys never appear in a trial-format report
        assertThat(x.figures()).noneMatch(f -> f.key().startsWith("proactive.rules.issued"));
    }

    @Test
    void theTableWinsOverNumbersInProse() throws Exception {
        // hongze-2024 says 受理政府信息公开申请 17 件 in its overview; its table says 95
        Extraction x = extractor.extract(new ReportIngester().ingest(TestFiles.bundledReport("hongze-2024.txt")));
        assertThat(value(x, "applications.received")).isEqualTo("95");
        ExtractedFigure f = x.figure("applications.received").orElseThrow();
        assertThat(x.figure("applications.received").orElseThrow().snippet()).contains("本年新收").contains("95");
        String source = Files.readString(TestFiles.bundledReport("hongze-2024.txt"));
        assertThat(source.substring(f.start(), f.end())).isEqualTo("95");
    }

    @Test
    void tablesInTheTextAreFoundWhenTheSourcesOwnTablesHoldNone() throws Exception {
        String text = Files.readString(TestFiles.bundledReport("hongze-2023.txt"));
        int nav = text.indexOf('\n');
        org.ogireview.ingest.TextTable layout = new org.ogireview.ingest.TextTable(0, nav, java.util.List.of(
                new org.ogireview.ingest.TableRow(java.util.List.of(
                        new org.ogireview.ingest.TableCell(text.substring(0, nav), 0, nav)), 0, nav)));
        IngestedDocument doc = new IngestedDocument("h.html", "", "html", "UTF-8", text, java.util.List.of(layout),
                java.util.List.of(), 0, null, java.util.List.of());
        Extraction x = extractor.extract(doc);
        assertThat(value(x, "applications.unable.not_held")).isEqualTo("10");
        assertThat(value(x, "litigation.after_review.upheld")).isEqualTo("5");
    }

    @Test
    void aReportWithoutTablesYieldsNoTableFigures() {
        Extraction x = text("2013年，全区主动公开政府信息1136条，受理依申请公开21件，均按时答复。");
        assertThat(x.format()).isEqualTo(ReportFormat.NARRATIVE);
        assertThat(x.figures()).noneMatch(f -> f.key().startsWith("applications.") && f.key().contains("@"));
        assertThat(new StandardTableExtractor().extract(new ExtractionContext(
                IngestedDocument.ofText("e.txt", ""), NormalizedText.of(""), java.util.List.of(),
                ReportFormat.TABLE2021, null))).isEmpty();
    }
}
