package org.ogireview.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.testing.TestFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * PDF reports: the two sample reports (text, tables, where each figure stands on its page) and PDFs drawn here
 * with PDFBox for what the samples do not show (tables without lines, a landscape page, scans, garbled fonts,
 * locked and damaged files).
 */
class PdfIngestTest {

    private static IngestedDocument hongze2023;
    private static IngestedDocument hongze2024;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSamples() throws Exception {
        ReportIngester ingester = new ReportIngester();
        hongze2023 = ingester.ingest(TestFiles.samplePdfs().get(0));
        hongze2024 = ingester.ingest(TestFiles.samplePdfs().get(1));
    }

    private static List<PageBox> boxesOf(IngestedDocument d, int start, int end) {
        return d.boxes().stream().filter(b -> b.start() >= start && b.end() <= end).toList();
    }

    private static Optional<TableRow> rowStartingWith(IngestedDocument d, String label) {
        return d.tables().stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.cells().get(0).text().equals(label)).findFirst();
    }

    private static TableCell cell(IngestedDocument d, String text) {
        return d.tables().stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.cells().stream())
                .filter(c -> c.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError("no cell " + text));
    }

    @Test
    void sampleReportsReadAsTextWithPagesAndTables() {
        for (IngestedDocument d : List.of(hongze2023, hongze2024)) {
            assertThat(d.sourceKind()).isEqualTo("pdf");
            assertThat(d.pageCount()).isEqualTo(5);
            assertThat(d.needsManual()).isNull();
            assertThat(d.charset()).isNull();
            assertThat(d.tables()).hasSize(3); // 二 (continued over a page), 三 (continued), 四
            assertThat(d.text()).contains("一、总体情况\n").contains("六、其他需要报告的事项\n");
        }
        assertThat(hongze2023.text()).startsWith("洪泽区人民政府\n2023年政府信息公开工作年度报告\n")
                .contains("府网站平台主动公开政府信息1136条。")
                .contains("\n行政处罚 | 4119\n行政强制 | 195\n")
                .contains("\n一、本年新收政府信息公开申请数量 | 21 | 0 | 0 | 0 | 0 | 0 | 21\n")
                .contains("\n10 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 0\n");
        assertThat(hongze2024.text()).contains("信息公开申请17件").contains("\n行政许可 | 9487\n");
    }

    @Test
    void everyCharacterIsBoxedOnItsPage() {
        for (IngestedDocument d : List.of(hongze2023, hongze2024)) {
            long visible = d.text().chars().filter(c -> !Character.isWhitespace(c) && c != '|').count();
            assertThat(d.boxes()).hasSizeGreaterThanOrEqualTo((int) (visible * 0.98));
            for (PageBox b : d.boxes()) {
                assertThat(b.page()).isBetween(0, d.pageCount() - 1);
                assertThat(b.end()).isGreaterThan(b.start()).isLessThanOrEqualTo(d.text().length());
                assertThat(b.x()).isBetween(0f, 595f);
                assertThat(b.y()).isBetween(0f, 842f);
            }
        }
        int at = hongze2023.text().indexOf("1136条");
        List<PageBox> figure = boxesOf(hongze2023, at, at + 4);
        assertThat(figure).hasSize(4).allMatch(b -> b.page() == 0);
        assertThat(figure.get(0).x()).isCloseTo(286.3f, within(1.5f));
    }

    @Test
    void aFigureCellStandsOnItsPageInItsRow() {
        TableRow penalties = rowStartingWith(hongze2023, "行政处罚").orElseThrow();
        TableCell figure = penalties.cells().get(1);
        assertThat(figure.text()).isEqualTo("4119");
        List<PageBox> digits = boxesOf(hongze2023, figure.start(), figure.end());
        List<PageBox> label = boxesOf(hongze2023, penalties.cells().get(0).start(), penalties.cells().get(0).end());
        assertThat(digits).hasSize(4).allMatch(b -> b.page() == 2); // the third page: the table runs on from page 2
        assertThat(label).allMatch(b -> b.page() == 2);
        assertThat(digits.get(0).x()).isCloseTo(362.2f, within(1.5f));
        assertThat(digits.get(0).y()).isCloseTo(label.get(0).y(), within(3f));
        assertThat(digits.get(0).y()).isBetween(125f, 145f);

        TableCell received = rowStartingWith(hongze2024, "一、本年新收政府信息公开申请数量").orElseThrow().cells().get(1);
        assertThat(received.text()).isEqualTo("95");
        assertThat(boxesOf(hongze2024, received.start(), received.end())).allMatch(b -> b.page() == 2);
    }

    @Test
    void tableRowsAreSingleLinesAndPageNumbersStayOutsideThem() {
        for (IngestedDocument d : List.of(hongze2023, hongze2024)) {
            HtmlIngestTest.assertOffsetsExact(d);
            for (TextTable t : d.tables()) {
                for (TableRow r : t.rows()) {
                    assertThat(d.text().substring(r.start(), r.end())).doesNotContainPattern("-\\s*\\d\\s*-");
                }
            }
            assertThat(d.text()).containsPattern("\n- 3 -\n");
        }
        // the page number of page 3 stands between two rows of table 三, inside the table's span
        TextTable applications = hongze2023.tables().get(1);
        int footer = hongze2023.text().indexOf("- 3 -");
        assertThat(footer).isBetween(applications.start(), applications.end());
    }

    @Test
    void rowLabelsSpanRowsAcrossThePageBreak() {
        for (IngestedDocument d : List.of(hongze2023, hongze2024)) {
            assertThat(cell(d, "三、本年度办理结果").rowSpan()).isEqualTo(20);
            assertThat(cell(d, "（四）无法提供").rowSpan()).isEqualTo(3); // two rows on page 3, one on page 4
            assertThat(cell(d, "（三）不予公开").rowSpan()).isEqualTo(8);
            assertThat(cell(d, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）").rowSpan()).isEqualTo(3);
            assertThat(cell(d, "申请人情况").colSpan()).isEqualTo(7);
            assertThat(cell(d, "社会公益组织").text()).isEqualTo("社会公益组织"); // a header cell wrapped over three lines
        }
    }

    @Test
    void theGridMatchesTheTextTwin() throws Exception {
        for (String name : List.of("hongze-2023", "hongze-2024")) {
            IngestedDocument pdf = name.equals("hongze-2023") ? hongze2023 : hongze2024;
            String twin = Files.readString(TestFiles.bundledReport(name + ".txt"), StandardCharsets.UTF_8);
            assertThat(numberTails(pdf.text())).as(name).isEqualTo(numberTails(twin));
        }
    }

    /** The trailing numbers of every line that ends in at least two " | "-separated numbers. */
    private static List<String> numberTails(String text) {
        List<String> tails = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] cells = line.split(" \\| ");
            int k = cells.length;
            while (k > 0 && cells[k - 1].trim().matches("[0-9.]+")) {
                k--;
            }
            if (cells.length - k >= 2) {
                tails.add(String.join("|", List.of(cells).subList(k, cells.length)).replace(" ", ""));
            }
        }
        return tails;
    }

    @Test
    void aRuledTableContinuedOnTheNextPageIsOneTable() throws Exception {
        float[] xs = {60, 200, 300, 400, 500};
        Path f;
        try (PdfSketch s = new PdfSketch()) {
            s.page().text(60, 560, 14, "三、收到和处理政府信息公开申请情况");
            // header: a corner cell over two rows, 申请人情况 over three columns, header cells wrapped
            s.line(60, 600, 500, 600).line(200, 630, 500, 630).line(60, 670, 500, 670).line(60, 700, 500, 700)
                    .line(200, 730, 500, 730).line(200, 760, 500, 760);
            s.line(60, 600, 60, 800).line(200, 600, 200, 800).line(300, 630, 300, 800).line(400, 630, 400, 800)
                    .line(500, 600, 500, 800);
            s.text(80, 640, 9, "（本列数据的勾稽关系）").text(320, 620, 9, "申请人情况");
            s.text(230, 650, 9, "自然人").text(330, 645, 9, "法人或").text(330, 657, 9, "其他组织").text(430, 650, 9, "总计");
            s.text(65, 690, 9, "一、本年新收申请数量").textRight(290, 690, 10, "12").textRight(390, 690, 10, "3")
                    .textRight(490, 690, 10, "15");
            s.text(65, 750, 9, "（四）无法提供");
            s.text(205, 720, 9, "1.不掌握").textRight(390, 720, 10, "2").textRight(490, 720, 10, "2");
            s.text(205, 750, 9, "2.需要另行制作").textRight(390, 750, 10, "1").textRight(490, 750, 10, "1");
            s.text(205, 780, 9, "3.补正后仍不明确").textRight(390, 780, 10, "0").textRight(490, 780, 10, "0");
            s.text(290, 825, 10, "- 1 -");
            // next page: the table goes on, its first row under the label of the page before
            s.page();
            s.line(60, 80, 500, 80).line(60, 110, 500, 110).line(60, 140, 500, 140);
            s.line(60, 80, 60, 140).line(200, 80, 200, 110).line(300, 80, 300, 140).line(400, 80, 400, 140)
                    .line(500, 80, 500, 140);
            s.text(205, 100, 9, "4.其他").textRight(390, 100, 10, "5").textRight(490, 100, 10, "5");
            s.text(65, 130, 9, "（七）总计").textRight(390, 130, 10, "11").textRight(490, 130, 10, "23");
            s.text(60, 180, 14, "四、政府信息公开行政复议、行政诉讼情况");
            f = s.save(dir.resolve("ruled.pdf"));
        }
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.tables()).hasSize(1);
        TextTable t = d.tables().get(0);
        assertThat(d.text()).contains("三、收到和处理政府信息公开申请情况\n\n（本列数据的勾稽关系） | 申请人情况\n"
                + "自然人 | 法人或其他组织 | 总计\n"
                + "一、本年新收申请数量 | 12 | 3 | 15\n"
                + "（四）无法提供 | 1.不掌握 | 2 | 2\n"
                + "2.需要另行制作 | 1 | 1\n"
                + "3.补正后仍不明确 | 0 | 0\n"
                + "- 1 -\n"
                + "4.其他 | 5 | 5\n"
                + "（七）总计 | 11 | 23\n\n四、");
        assertThat(cell(d, "（四）无法提供").rowSpan()).isEqualTo(4); // three rows on page 1, one on page 2
        assertThat(cell(d, "（七）总计").colSpan()).isEqualTo(2);
        assertThat(cell(d, "法人或其他组织").text()).isEqualTo("法人或其他组织");
        assertThat(t.rows()).hasSize(8);
        TableCell other = rowStartingWith(d, "4.其他").orElseThrow().cells().get(1);
        assertThat(boxesOf(d, other.start(), other.end())).singleElement().matches(b -> b.page() == 1);
        HtmlIngestTest.assertOffsetsExact(d);
    }

    @Test
    void rowLabelsRepeatedAfterAPageBreakAreNotNewRows() throws Exception {
        Path f;
        try (PdfSketch s = new PdfSketch()) {
            s.page().text(60, 690, 12, "三、收到和处理政府信息公开申请情况");
            s.line(60, 700, 500, 700).line(60, 800, 500, 800).line(200, 730, 500, 730).line(200, 760, 500, 760);
            s.line(60, 700, 60, 800).line(130, 700, 130, 800).line(200, 700, 200, 800).line(400, 700, 400, 800)
                    .line(500, 700, 500, 800);
            s.text(65, 745, 9, "三、本年度").text(65, 757, 9, "办理结果").text(135, 750, 9, "（六）其他");
            s.text(205, 720, 9, "1.逾期不补正").textRight(490, 720, 10, "4");
            s.text(205, 750, 9, "2.逾期未缴费").textRight(490, 750, 10, "0");
            s.text(205, 780, 9, "3.其他").textRight(490, 780, 10, "2");
            s.text(280, 825, 10, "- 2 -");
            // the next page repeats the two row labels beside a sub-row whose cells are all empty
            s.page();
            s.line(60, 80, 500, 80).line(200, 110, 500, 110).line(60, 140, 500, 140);
            s.line(60, 80, 60, 140).line(130, 80, 130, 140).line(200, 80, 200, 140).line(400, 80, 400, 140)
                    .line(500, 80, 500, 140);
            s.text(65, 100, 9, "三、本年度").text(65, 112, 9, "办理结果").text(135, 105, 9, "（六）其他");
            s.text(205, 100, 9, "4.不再处理");
            s.text(205, 130, 9, "5.另行处理").textRight(490, 130, 10, "1");
            f = s.save(dir.resolve("repeated.pdf"));
        }
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.tables()).hasSize(1);
        assertThat(d.text()).contains("\n三、本年度办理结果 | （六）其他 | 1.逾期不补正 | 4\n2.逾期未缴费 | 0\n3.其他 | 2\n- 2 -\n"
                + "4.不再处理 | \n5.另行处理 | 1\n");
        assertThat(cell(d, "三、本年度办理结果").rowSpan()).isEqualTo(5);
        assertThat(cell(d, "（六）其他").rowSpan()).isEqualTo(5);
        assertThat(d.text()).containsOnlyOnce("三、本年度办理结果").containsOnlyOnce("（六）其他");
        HtmlIngestTest.assertOffsetsExact(d);
    }

    @Test
    void runningHeadersAndFootersDoNotStopATableFromRunningOn() throws Exception {
        Path f;
        try (PdfSketch s = new PdfSketch()) {
            s.page().text(150, 50, 9, "洪泽区2023年政府信息公开工作年度报告（公开版）").text(72, 700, 12, "二、主动公开政府信息情况");
            s.grid(new float[]{72, 300, 500}, new float[]{720, 750, 780});
            s.text(80, 740, 10, "信息内容").text(310, 740, 10, "本年处理决定数量").text(80, 770, 10, "行政许可")
                    .textRight(490, 770, 10, "550");
            s.text(260, 815, 9, "第 1 页 共 2 页");
            s.page().text(150, 50, 9, "洪泽区2023年政府信息公开工作年度报告（公开版）");
            s.grid(new float[]{72, 300, 500}, new float[]{80, 110});
            s.text(80, 100, 10, "行政处罚").textRight(490, 100, 10, "4119");
            s.text(72, 140, 12, "三、收到和处理政府信息公开申请情况");
            s.text(260, 815, 9, "第 2 页 共 2 页");
            f = s.save(dir.resolve("header.pdf"));
        }
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.tables()).hasSize(1);
        assertThat(d.tables().get(0).rows()).hasSize(3);
        assertThat(d.text()).contains("信息内容 | 本年处理决定数量\n行政许可 | 550\n第1页共2页\n"
                + "洪泽区2023年政府信息公开工作年度报告（公开版）\n行政处罚 | 4119\n\n三、");
    }

    @Test
    void aTableWithoutLinesIsRebuiltFromPositions() throws Exception {
        Path f;
        try (PdfSketch s = new PdfSketch()) {
            s.page().text(72, 80, 14, "三、收到和处理政府信息公开申请情况");
            s.text(300, 110, 9, "自然人").text(360, 110, 9, "商业").text(360, 121, 9, "企业").text(420, 110, 9, "总计");
            row(s, 72, 140, "一、本年新收政府信息公开申请数量", "21", "0", "21");
            row(s, 72, 160, "二、上年结转政府信息公开申请数量", "3", "0", "3");
            row(s, 90, 180, "（一）予以公开", "10", "1", "11");
            // a label wrapped over two lines, its numbers between them
            s.text(90, 200, 9, "（二）部分公开（区分处理的，只计这一情形，");
            s.textRight(320, 205, 10, "4").textRight(380, 205, 10, "0").textRight(440, 205, 10, "4");
            s.text(90, 211, 9, "不计其他情形）");
            // a group label floating between its rows, further left than theirs
            row(s, 150, 230, "1.属于国家秘密", "1", "0", "1");
            s.text(90, 240, 9, "（三）不予公开");
            row(s, 150, 250, "2.其他法律行政法规禁止公开", "0", "0", "0");
            s.text(72, 290, 12, "四、政府信息公开行政复议、行政诉讼情况");
            f = s.save(dir.resolve("stream.pdf"));
        }
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.text()).isEqualTo("三、收到和处理政府信息公开申请情况\n\n"
                + " | 自然人 | 商业企业 | 总计\n"
                + "一、本年新收政府信息公开申请数量 | 21 | 0 | 21\n"
                + "二、上年结转政府信息公开申请数量 | 3 | 0 | 3\n"
                + "（一）予以公开 | 10 | 1 | 11\n"
                + "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 4 | 0 | 4\n"
                + "1.属于国家秘密 | 1 | 0 | 1\n"
                + "（三）不予公开\n"
                + "2.其他法律行政法规禁止公开 | 0 | 0 | 0\n\n"
                + "四、政府信息公开行政复议、行政诉讼情况\n");
        assertThat(d.tables()).hasSize(1);
        assertThat(d.tables().get(0).rows()).hasSize(8);
        HtmlIngestTest.assertOffsetsExact(d);
    }

    private static void row(PdfSketch s, float x, float y, String label, String... numbers) throws Exception {
        s.text(x, y, 9, label);
        float right = 320;
        for (String n : numbers) {
            s.textRight(right, y, 10, n);
            right += 60;
        }
    }

    @Test
    void aLandscapePageReadsUpright() throws Exception {
        Path f;
        try (PdfSketch s = new PdfSketch()) {
            s.landscapePage().text(60, 60, 14, "四、政府信息公开行政复议、行政诉讼情况");
            s.grid(new float[]{60, 260, 460, 660}, new float[]{90, 120, 150});
            s.text(70, 110, 10, "行政复议").text(270, 110, 10, "未经复议直接起诉").text(470, 110, 10, "复议后起诉");
            s.textRight(250, 140, 10, "7").textRight(450, 140, 10, "2").textRight(650, 140, 10, "1");
            f = s.save(dir.resolve("landscape.pdf"));
        }
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.text()).isEqualTo("四、政府信息公开行政复议、行政诉讼情况\n\n行政复议 | 未经复议直接起诉 | 复议后起诉\n7 | 2 | 1\n");
        PageBox seven = boxesOf(d, cell(d, "7").start(), cell(d, "7").end()).get(0);
        assertThat(seven.x()).isCloseTo(244f, within(3f)); // on the landscape page as the reader sees it
        assertThat(seven.y()).isBetween(125f, 140f);
    }

    @Test
    void bordersLeftAsGapsBetweenWhiteCellsOnABlackGroundAreLines() throws Exception {
        Path f;
        try (PdfSketch s = new PdfSketch()) {
            s.page().fill(60, 100, 340, 91, 0f); // the table's ground, then each cell in white, 1 pt apart
            float[][] cells = {{61, 101, 199, 29}, {261, 101, 138, 29}, {61, 131, 199, 29}, {261, 131, 138, 29},
                {61, 161, 199, 29}, {261, 161, 138, 29}};
            for (float[] c : cells) {
                s.fill(c[0], c[1], c[2], c[3], 1f);
            }
            s.text(70, 120, 10, "行政许可").textRight(390, 120, 10, "550");
            s.text(70, 150, 10, "行政处罚").textRight(390, 150, 10, "4119");
            s.text(70, 180, 10, "行政强制"); // its figure left blank: only the drawn cells show the row
            f = s.save(dir.resolve("ground.pdf"));
        }
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.text()).isEqualTo("行政许可 | 550\n行政处罚 | 4119\n行政强制 | \n");
        assertThat(d.tables()).hasSize(1);
    }

    @Test
    void flowingTextIsReadAsParagraphs() throws Exception {
        String full = "政府信息公开工作取得新进展全市各级行政机关认真贯彻落实条例围绕市中心工作"; // 36 characters: 72 to 504
        Path f;
        try (PdfSketch s = new PdfSketch()) {
            s.page().text(72, 80, 12, "一、概述");
            s.text(96, 100, 12, full.substring(2)).text(72, 120, 12, full).text(72, 140, 12, "以公开促规范。");
            s.text(72, 160, 12, "（一）公开数量。全年全市各级行政机关共主动公开政府信息，比上年增加了"); // stops short: the number would not fit
            s.text(72, 180, 12, "9712条，增长8.2%。");
            s.text(72, 200, 12, full).text(72, 220, 12, "二、依申请公开情况"); // a heading at the margin after a full line
            for (int i = 0; i < 29; i++) {
                s.text(72, 240 + i * 20, 12, full);
            }
            s.text(280, 820, 10, "- 1 -");
            s.page().text(72, 80, 12, "跨页接续的句子。").text(96, 100, 12, "新的段落。");
            f = s.save(dir.resolve("prose.pdf"));
        }
        IngestedDocument d = new ReportIngester().ingest(f);
        String[] lines = d.text().split("\n");
        assertThat(lines[0]).isEqualTo("一、概述");
        assertThat(lines[1]).isEqualTo(full.substring(2) + full + "以公开促规范。");
        assertThat(lines[2]).isEqualTo("（一）公开数量。全年全市各级行政机关共主动公开政府信息，比上年增加了9712条，增长8.2%。");
        assertThat(lines[3]).isEqualTo(full);
        assertThat(lines[4]).isEqualTo("二、依申请公开情况");
        assertThat(lines[5]).isEqualTo(full.repeat(29) + "跨页接续的句子。"); // over the page break
        assertThat(d.text()).endsWith("跨页接续的句子。\n\n- 1 -\n\n新的段落。\n");
        int across = d.text().indexOf("跨页");
        assertThat(boxesOf(d, across, across + 1)).singleElement().matches(b -> b.page() == 1);
    }

    @Test
    void aLabelTurnedOnItsSideStaysInItsCell() throws Exception {
        Path f;
        try (PdfSketch s = new PdfSketch()) {
            // the turned label spans the three rows: no line between them in the first column
            s.page().line(60, 100, 400, 100).line(100, 130, 400, 130).line(100, 160, 400, 160).line(60, 190, 400, 190);
            s.line(60, 100, 60, 190).line(100, 100, 100, 190).line(300, 100, 300, 190).line(400, 100, 400, 190);
            s.textTurned(85, 185, 10, "办理结果");
            s.text(110, 120, 9, "（一）予以公开").textRight(390, 120, 10, "5");
            s.text(110, 150, 9, "（二）部分公开").textRight(390, 150, 10, "1");
            s.text(110, 180, 9, "（三）不予公开").textRight(390, 180, 10, "0");
            f = s.save(dir.resolve("turned.pdf"));
        }
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.tables()).hasSize(1);
        assertThat(d.tables().get(0).rows().get(0).cells()).extracting(TableCell::text)
                .containsExactly("办理结果", "（一）予以公开", "5");
        assertThat(d.tables().get(0).rows().get(0).cells().get(0).rowSpan()).isEqualTo(3);
    }

    @Test
    void aGarbledTextLayerNeedsManualCodingButKeepsItsPages() throws Exception {
        IngestedDocument d = new ReportIngester().ingest(PdfSketch.garbledPdf(dir.resolve("garbled.pdf")));
        assertThat(d.needsManual()).isEqualTo(PdfTextLayer.GARBLED);
        assertThat(d.needsManual().en()).contains("garbled").contains("ToUnicode");
        assertThat(d.pageCount()).isEqualTo(2);
        assertThat(d.text()).isEmpty();
        assertThat(d.tables()).isEmpty();
    }

    @Test
    void glyphsDroppedForWantOfAUnicodeMapAlsoCountAsGarbled() {
        // A composite font without ToUnicode: PDFBox draws 500 glyphs and gives no text for them.
        PdfPage empty = new PdfPage(0, 595, 842, List.of(), List.of(), 0);
        assertThat(PdfTextLayer.assess(List.of(empty), 500, 500).needsManual()).isEqualTo(PdfTextLayer.GARBLED);
        assertThat(PdfTextLayer.assess(List.of(empty), 0, 0).needsManual()).isEqualTo(PdfTextLayer.NO_TEXT);
    }

    @Test
    void aScanHasNoTextLayer() throws Exception {
        Path f;
        try (PdfSketch s = new PdfSketch()) {
            s.scannedPage().scannedPage().scannedPage();
            f = s.save(dir.resolve("scan.pdf"));
        }
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.needsManual().en()).isEqualTo("the PDF has no text layer: scanned pages, code by hand");
        assertThat(d.pageCount()).isEqualTo(3);
        assertThat(d.text()).isEmpty();
    }

    @Test
    void aScannedPageAmongTextPagesIsNamed() throws Exception {
        Path f;
        try (PdfSketch s = new PdfSketch()) {
            s.page().text(72, 100, 12, "一、总体情况").text(72, 130, 12, "全年主动公开政府信息120条。");
            s.scannedPage();
            f = s.save(dir.resolve("mixed.pdf"));
        }
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.needsManual()).isNull();
        assertThat(d.text()).isEqualTo("一、总体情况\n全年主动公开政府信息120条。\n");
        assertThat(d.warnings()).anyMatch(w -> w.contains("page 2") && w.contains("scanned"));
    }

    @Test
    void aLockedPdfGetsAMessage() throws Exception {
        Path f;
        try (PdfSketch s = new PdfSketch()) {
            s.page().text(72, 100, 12, "全年主动公开政府信息120条。");
            f = s.saveLocked(dir.resolve("locked.pdf"));
        }
        assertThatThrownBy(() -> new ReportIngester().ingest(f)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("locked.pdf: ").hasMessageContaining("password");
    }

    @Test
    void aDamagedPdfGetsAMessage() throws Exception {
        byte[] sample = Files.readAllBytes(TestFiles.samplePdfs().get(0));
        byte[] head = new byte[2000];
        System.arraycopy(sample, 0, head, 0, head.length);
        Path cut = Files.write(dir.resolve("cut.pdf"), head);
        Path junk = Files.write(dir.resolve("junk.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n"
                .getBytes(StandardCharsets.US_ASCII));
        for (Path f : List.of(cut, junk)) {
            assertThatThrownBy(() -> new ReportIngester().ingest(f)).isInstanceOf(IngestException.class)
                    .hasMessageStartingWith(f.getFileName() + ": ").hasMessageContaining("damaged");
        }
    }

    @Test
    void aWebPageSavedAsPdfIsNamedAsSuch() throws Exception {
        Path f = Files.writeString(dir.resolve("report.pdf"),
                "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>页面不存在</body></html>");
        assertThatThrownBy(() -> new ReportIngester().ingest(f)).isInstanceOf(IngestException.class)
                .hasMessageContaining("report.pdf").hasMessageContaining("web page");
    }

    @Test
    void pagesAreDrawnForTheDocumentViewWithBoxesOnTheirInk() throws Exception {
        TableCell figure = rowStartingWith(hongze2023, "行政处罚").orElseThrow().cells().get(1);
        PageBox digit = boxesOf(hongze2023, figure.start(), figure.end()).get(0);
        try (PdfPageImages pages = PdfPageImages.open(TestFiles.samplePdfs().get(0))) {
            assertThat(pages.pageCount()).isEqualTo(5);
            java.awt.image.BufferedImage image = pages.render(digit.page(), 2f);
            assertThat(image.getWidth()).isEqualTo(1190);
            // the box of the digit 4 covers dark pixels: the box stands where the figure is printed
            int dark = 0;
            for (int x = (int) (digit.x() * 2); x < (digit.x() + digit.width()) * 2; x++) {
                for (int y = (int) (digit.y() * 2); y < (digit.y() + digit.height()) * 2; y++) {
                    dark += (image.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
                }
            }
            assertThat(dark).isGreaterThan(20);
            assertThatThrownBy(() -> pages.render(5, 1f)).hasMessageContaining("no page 6");
        }
    }

    @Test
    void compatibilityCharactersBecomeTheUsualOnes() {
        assertThat(PdfGlyphCollector.compatibilityFold("⼀")).isEqualTo("一"); // Kangxi radical one
        assertThat(PdfGlyphCollector.compatibilityFold("⾏")).isEqualTo("行");
        assertThat(PdfGlyphCollector.compatibilityFold("ﬁ")).isEqualTo("fi");
        assertThat(PdfGlyphCollector.compatibilityFold("政")).isEqualTo("政");
    }
}
