package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.ogireview.ingest.TableCell;
import org.ogireview.ingest.TableRow;
import org.ogireview.ingest.TextTable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTableDetectorTest {

    private final TextTableDetector detector = new TextTableDetector();

    private List<TextTable> detect(String text) {
        return detector.detect(NormalizedText.of(text));
    }

    private static List<String> texts(TableRow row) {
        return row.cells().stream().map(TableCell::text).toList();
    }

    /** Every cell's offsets point at its text (a joined label: at its first and last line). */
    private static void assertOffsets(String text, TextTable table) {
        for (TableRow row : table.rows()) {
            for (TableCell c : row.cells()) {
                String slice = text.substring(c.start(), c.end());
                assertThat(slice.replaceAll("\\s", "")).as("cell %s", c.text())
                        .isEqualTo(c.text().replaceAll("\\s", "")).isNotNull();
            }
        }
    }

    @Test
    void wrappedRowLabelJoinsTheNumbersOnTheNextLine() {
        String text = """
                （一）予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                （二）部分公开（区分处理的，只计这一情 形，不
                计其他情形）
                4 | 0 | 0 | 0 | 0 | 0 | 4
                1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                """;
        List<TextTable> tables = detect(text);
        assertThat(tables).hasSize(1);
        TableRow row = tables.get(0).rows().get(1);
        assertThat(texts(row)).containsExactly("（二）部分公开（区分处理的，只计这一情 形，不计其他情形）",
                "4", "0", "0", "0", "0", "0", "4");
        TableCell label = row.cells().get(0);
        assertThat(label.start()).isEqualTo(text.indexOf("（二）"));
        assertThat(label.end()).isEqualTo(text.indexOf("情形）") + 3);
        TableCell four = row.cells().get(1);
        assertThat(four.start()).isEqualTo(text.indexOf("4 |"));
        assertThat(text.substring(four.start(), four.end())).isEqualTo("4");
    }

    @Test
    void labelWrappedOverThreeLinesStopsAtTheNumberingAbove() {
        String text = """
                4.无正当理由大量反复 申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                （五）不予处理
                5.要求行政机关确认或重 新出具
                已获取信息
                0 | 0 | 0 | 0 | 0 | 0 | 0
                （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                """;
        List<TableRow> rows = detect(text).get(0).rows();
        assertThat(rows).extracting(r -> r.cells().get(0).text()).containsExactly("4.无正当理由大量反复 申请", "（五）不予处理",
                "5.要求行政机关确认或重 新出具已获取信息", "（六）其他处理");
        assertThat(rows.get(1).cells()).hasSize(1); // the floating group label stays a label
    }

    @Test
    void floatingGroupLabelsStayOneCellRowsAndFootersAreSkipped() {
        String text = """
                1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                三 、本 年 度办 理 结果

                2.其他法律行政止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                （四）无法提供
                2.没有现成信息需要另行制作 | 3 | 0 | 0 | 0 | 0 | 0 | 3

                -3-
                3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                """;
        List<TextTable> tables = detect(text);
        assertThat(tables).hasSize(1);
        List<TableRow> rows = tables.get(0).rows();
        assertThat(rows).extracting(r -> r.cells().get(0).text()).containsExactly("1.属于国家秘密", "三 、本 年 度办 理 结果",
                "2.其他法律行政止公开", "（四）无法提供", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确");
        assertThat(rows).extracting(r -> r.cells().size()).containsExactly(8, 1, 8, 1, 8, 8);
        assertOffsets(text, tables.get(0));
    }

    @Test
    void groupLabelAsALeadingCellIsACellOfItsOwn() {
        String text = "（三）不予公开 | 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0\n"
                + "（四）无法提供 | 1.本机关不掌握相关政府信息 | 31 | 0 | 0 | 0 | 0 | 0 | 31\n";
        TableRow row = detect(text).get(0).rows().get(1);
        assertThat(texts(row)).startsWith("（四）无法提供", "1.本机关不掌握相关政府信息", "31").hasSize(9);
    }

    @Test
    void tabCellsKeepEmptyCellsWhereTheyStand() {
        String text = "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t\t0\t5\n行政规范性文件\t3\t\t8\n";
        TextTable table = detect(text).get(0);
        TableRow rules = table.rows().get(1);
        assertThat(texts(rules)).containsExactly("规章", "", "0", "5");
        TableCell empty = rules.cells().get(1);
        assertThat(empty.start()).isEqualTo(empty.end()).isEqualTo(text.indexOf("规章") + 3);
        assertThat(texts(table.rows().get(2))).containsExactly("行政规范性文件", "3", "", "8");
    }

    @Test
    void wrappedHeaderCellsAreJoinedColumnByColumn() {
        String tabs = "信息内容\t本年新\t本年新\t对外公开\n\t制作数量\t公开数量\t总数量\n规章\t0\t0\t3\n";
        assertThat(texts(detect(tabs).get(0).rows().get(0)))
                .containsExactly("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量");
        String spaces = """
                  信息内容              本年制发      本年废止      现行有效
                                        件数          件数          件数
                  规章                  0             0             2
                """;
        TextTable table = detect(spaces).get(0);
        assertThat(texts(table.rows().get(0))).containsExactly("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
        assertThat(texts(table.rows().get(1))).containsExactly("规章", "0", "0", "2");
    }

    @Test
    void headerLevelsWithDifferentCellCountsStayApart() {
        String text = "行政复议 | 行政诉讼\n\n未经复议直接起诉 | 复议后起诉\n\n"
                + "10 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 0\n";
        List<TableRow> rows = detect(text).get(0).rows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(2).cells()).hasSize(15);
    }

    @Test
    void runsOfSpacesAndPdfStyleSingleSpacesSplitCells() {
        String text = """
                  一、本年新收政府信息公开申请数量      35      2      0      0      1      0     38
                1.属于国家秘密 1 0 0 0 0 0 1
                行政许可 1 136
                行政处罚  1 136
                政府集中采购 37 18653200元
                """;
        List<TableRow> rows = detect(text).get(0).rows();
        assertThat(texts(rows.get(0))).containsExactly("一、本年新收政府信息公开申请数量", "35", "2", "0", "0", "1", "0", "38");
        assertThat(texts(rows.get(1))).containsExactly("1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1");
        assertThat(texts(rows.get(2))).containsExactly("行政许可", "1 136");
        assertThat(texts(rows.get(3))).containsExactly("行政处罚", "1 136");
        assertThat(texts(rows.get(4))).containsExactly("政府集中采购", "37", "18653200元");
    }

    @Test
    void spaceAlignedRowsGetEmptyCellsWhereTheirColumnsAreBlank() {
        String text = """
                  一、本年新收政府信息公开申请数量           35      2      0      0      1      0     38
                  二、上年结转政府信息公开申请数量            1             0             0             1
                  （一）予以公开                             12      1      0      0      0      0     13
                  （二）部分公开                              3                                          3
                  1.属于国家秘密                              0      0      0      0      0      0      0
                """;
        List<TableRow> rows = detect(text).get(0).rows();
        assertThat(texts(rows.get(1))).containsExactly("二、上年结转政府信息公开申请数量", "1", "", "0", "", "0", "", "1");
        assertThat(texts(rows.get(3))).containsExactly("（二）部分公开", "3", "", "", "", "", "", "3");
        assertThat(texts(rows.get(0))).hasSize(8);

        // single spaces (PDF text) align nothing: a short row is left as it is
        String packed = """
                一、本年新收政府信息公开申请数量 142 18 1 3 2 0 166
                二、上年结转政府信息公开申请数量 6 1 0 0 7
                （一）予以公开 61 9 1 1 1 0 73
                1.属于国家秘密 0 0 0 0 0 0 0
                """;
        assertThat(texts(detect(packed).get(0).rows().get(1))).containsExactly("二、上年结转政府信息公开申请数量", "6", "1",
                "0", "0", "7");
    }

    @Test
    void aNumberedLineAboveCarriesTheStartOfTheRowLabel() {
        String text = """
                  4.无正当理由大量反复申请                            0      0      0      0      0      0      0
                  5.要求行政机关确认或重新
                  出具已获取信息                                      1      0      0      0      0      0      1
                """;
        TableRow row = detect(text).get(0).rows().get(1);
        assertThat(row.cells().get(0).text()).isEqualTo("5.要求行政机关确认或重新出具已获取信息");
        assertThat(row.cells().get(0).start()).isEqualTo(text.indexOf("5.要求"));
        assertThat(row.cells()).hasSize(8);
    }

    @Test
    void aRowSetOutOneCellPerLineIsOneRow() {
        String text = "信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n\n规章\n0\n0\n0\n\n行政规范性文件\n3\n0\n8\n\n"
                + "第二十条第（五）项\n\n信息内容\n本年处理决定数量\n\n行政许可\n9487\n";
        List<TableRow> rows = detect(text).get(0).rows();
        List<List<String>> withNumbers = rows.stream().filter(r -> r.cells().size() > 1).map(TextTableDetectorTest::texts)
                .toList();
        assertThat(withNumbers).containsExactly(List.of("规章", "0", "0", "0"), List.of("行政规范性文件", "3", "0", "8"),
                List.of("行政许可", "9487"));
    }

    @Test
    void proseAndPageFurnitureAreNotTables() {
        String text = """
                发布日期：2020-01-20　　来源：区政府办公室　　【打印】【关闭】
                2023 年，我区在政府网站平台主动发布各类政府信息 2428 条，公开政府常务会议 7
                期，解读信息发布 7 条。2024 年 1 月 1 日起至 2024 年 12 月 31 日止。
                地址：淮安市洪泽区洪泽湖大道 90
                -1-
                """;
        assertThat(detect(text)).isEmpty();
        assertThat(detect("")).isEmpty();
        assertThat(detect("\n\n\n")).isEmpty();
    }

    @Test
    void markdownPipesAndRulesAreRead() {
        String text = "| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 550 |\n";
        TextTable table = detect(text).get(0);
        assertThat(table.rows()).hasSize(2);
        assertThat(texts(table.rows().get(1))).containsExactly("行政许可", "550");
    }

    @Test
    void theSampleTextsYieldTheirTables() throws Exception {
        String text = java.nio.file.Files.readString(
                org.ogireview.testing.TestFiles.bundledReport("hongze-2024.txt"));
        List<TextTable> tables = detect(text);
        int rowsWithSevenNumbers = 0;
        for (TextTable t : tables) {
            assertOffsets(text, t);
            for (TableRow r : t.rows()) {
                long numbers = r.cells().stream().filter(c -> CellValue.parse(c.text()).isNumber()).count();
                if (numbers == 7) {
                    rowsWithSevenNumbers++;
                }
            }
        }
        assertThat(rowsWithSevenNumbers).isEqualTo(23); // table 三 of the 2021 template with one 其他处理 row
    }
}
