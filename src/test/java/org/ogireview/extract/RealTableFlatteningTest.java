package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.ReportFormat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flattenings of the standard tables first met on the real excerpts of {@code src/test/resources/reports/real2}
 * (prefix {@code t_}; each page's URL is in MANIFEST.md there and in the test's comment), one general rule a test.
 */
class RealTableFlatteningTest {

    private final Extractor extractor = new Extractor();

    private Map<String, ExtractedFigure> real2(String prefix) throws Exception {
        Path file = Real2TableCorpusTest.reports().stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        return extractor.extract(new ReportIngester().ingest(file)).figures().stream()
                .collect(Collectors.toMap(ExtractedFigure::key, Function.identity()));
    }

    /** The cells of a few quoted lines, decoded alone (as {@link TemplateDecoderTest} does). */
    private static Map<String, ExtractedFigure> decode(String text, ReportFormat format) {
        return TemplateDecoderTest.decode(text, format);
    }

    private static String value(Map<String, ExtractedFigure> figures, String key) {
        return TemplateDecoderTest.value(figures, key);
    }

    /**
     * t_12 (williamhillcn.org, a mirror of a 2020 区发改局 report): table 三 one cell a line, each empty applicant
     * cell a bare `|` line (`… | 25 |` / `|` ×4 / `| 25 |`). The empty cells hold their columns: 25 is the 自然人
     * cell and the total, the other columns are blank, never shifted.
     */
    @Test
    void emptyCellsOnLinesOfTheirOwnHoldTheirColumns() throws Exception {
        Map<String, ExtractedFigure> x = real2("t_12_");
        assertThat(value(x, "applications.received@natural_person")).isEqualTo("25");
        assertThat(value(x, "applications.received@commercial")).isEqualTo("blank");
        assertThat(value(x, "applications.received@other_org")).isEqualTo("blank");
        assertThat(value(x, "applications.received")).isEqualTo("25");
        assertThat(value(x, "applications.carried_in@natural_person")).isEqualTo("blank");
        assertThat(value(x, "applications.carried_in")).isEqualTo("0");
        assertThat(value(x, "applications.granted@natural_person")).isEqualTo("7");
        assertThat(value(x, "applications.partly_granted@commercial")).isEqualTo("blank");
        assertThat(value(x, "applications.partly_granted")).isEqualTo("1");
    }

    /**
     * A tab layout (the blind corpus's wuhou-2022 shape): the label's spanned cells are empty cells on the label's
     * own line; they are padding, not applicant columns.
     */
    @Test
    void emptiesOnTheLabelsOwnLineStayPadding() {
        Map<String, ExtractedFigure> x = decode("""
                一、本年新收政府信息公开申请数量\t\t\t1046\t158\t2\t4\t37\t15\t1262
                二、上年结转政府信息公开申请数量\t\t\t41\t9\t0\t0\t2\t1\t53
                """, ReportFormat.TABLE2021);
        assertThat(value(x, "applications.carried_in@natural_person")).isEqualTo("41");
        assertThat(value(x, "applications.carried_in")).isEqualTo("53");
    }

    /**
     * t_01 (hanyang.gov.cn/…/t20230119_2136694.shtml) and t_09 (bjbahr.com, a mirror): table 二 one cell a line,
     * each line closed by ` |`, a single-value block's number on the line after its label (`行政处罚 |` / `187 |` /
     * `||`). The piece after a line's closing `|` is no cell, so the label is not an empty row; and 规章's empty
     * third cell, a bare `|` line, is blank.
     */
    @Test
    void aLabelThatOnlyEndsItsLineWaitsForItsNumber() throws Exception {
        Map<String, ExtractedFigure> haidian = real2("t_09_");
        assertThat(value(haidian, "proactive.penalty.decisions")).isEqualTo("187");
        assertThat(value(haidian, "proactive.licensing.decisions")).isEqualTo("0");
        Map<String, ExtractedFigure> hanyang = real2("t_01_");
        assertThat(value(hanyang, "proactive.fees.amount")).isEqualTo("0");
        assertThat(value(hanyang, "proactive.rules.issued")).isEqualTo("0");
        assertThat(value(hanyang, "proactive.rules.in_force")).isEqualTo("blank");
        assertThat(value(hanyang, "proactive.normative_docs.repealed")).isEqualTo("12");
    }

    /** An empty row printed with its cells still reads as blanks (`行政许可 | ||` before the next label). */
    @Test
    void aRowPrintedEmptyIsStillBlank() {
        Map<String, ExtractedFigure> x = decode("""
                第二十条第(五)项 | |||
                信息内容 | 本年处理决定数量 | ||
                行政许可 | ||
                第二十条第(六)项 | |||
                信息内容 | 本年处理决定数量 | ||
                行政处罚 | 5 | ||
                """, ReportFormat.TABLE2021);
        assertThat(value(x, "proactive.licensing.decisions")).isEqualTo("blank");
        assertThat(value(x, "proactive.penalty.decisions")).isEqualTo("5");
    }

    /**
     * t_11 (tufwp.cn/html//zwgk/ndbg/zb/120011.html, a mirror): table 三 rows printed with one number and the row's
     * padding (`一、本年新收… | 0 | ||||||||`). The row ends on its line, so even where the text stops soon after,
     * the lone number is the row's total, as in every other row of that table.
     */
    @Test
    void aLoneNumberFollowedByPaddingIsTheRowsTotal() throws Exception {
        Map<String, ExtractedFigure> x = real2("t_11_");
        assertThat(value(x, "applications.received")).isEqualTo("0");
        assertThat(value(x, "applications.granted")).isEqualTo("0");
        assertThat(x).doesNotContainKey("applications.granted@natural_person");
    }
    /**
     * t_10 (m.pjmajestic.com/xxgk/zfxxgknb/2021/202201/t20220113_2996311.shtml) and t_11 (tufwp.cn, both mirrors):
     * Traditional text with pinyin in brackets after characters, a mirror's flattened ruby (`規(guī)章`,
     * `本年制發(fā)件數(shù)`), and cells `? 0` where the copy lost a no-break space. The pinyin is no part of a
     * label; the question mark hides no number.
     */
    @Test
    void pinyinInBracketsAndLostCharactersDoNotHideRows() throws Exception {
        Map<String, ExtractedFigure> x = real2("t_10_");
        assertThat(value(x, "proactive.rules.issued")).isEqualTo("0");
        assertThat(value(x, "proactive.rules.repealed")).isEqualTo("0"); // the `? 0` cell
        assertThat(value(x, "proactive.normative_docs.in_force")).isEqualTo("0");
        assertThat(value(x, "proactive.fees.amount")).isEqualTo("0");
        assertThat(value(x, "applications.received@natural_person")).isEqualTo("0");
        Map<String, ExtractedFigure> quoted = decode("""
                第二十條第(一)項(xiàng) | |||
                信息內(nèi)容 | 本年制發(fā)件數(shù) | 本年廢止件數(shù) | 現(xiàn)行有效件數(shù) |
                行政規(guī)范性文件 | 3 | ? 1 | 12 |
                """, ReportFormat.TABLE2021);
        assertThat(value(quoted, "proactive.normative_docs.issued")).isEqualTo("3");
        assertThat(value(quoted, "proactive.normative_docs.repealed")).isEqualTo("1");
        assertThat(value(quoted, "proactive.normative_docs.in_force")).isEqualTo("12");
    }

    /** t_11: `向社會公布2021年本級政府信息公開工作年度報告` names no body: 本级 ("this level") is no region. */
    @Test
    void thisLevelIsNoRegion() throws Exception {
        assertThat(value(real2("t_11_"), "report.region")).isNotEqualTo("本级");
    }
    /**
     * t_07 (180.76.149.248:88/book/dzs/shenji/files/basic-html/page9.html): one page of a PDF flip-book holding only
     * table 三's last row and table 四, whose header is printed a character a line (`结 结 其 尚` / `果 果 他 未`).
     * 结转下年度继续办理, 未经复议直接起诉 and 复议后起诉 are the standard tables' own wording, so the page is read as
     * one, its year from `2020 年,` (a space before 年).
     */
    @Test
    void aPageWithOnlyTheLastTablesIsAStandardTableReport() throws Exception {
        Map<String, ExtractedFigure> x = real2("t_07_");
        assertThat(value(x, "report.format")).isEqualTo("table2019");
        assertThat(value(x, "report.year")).isEqualTo("2020");
        assertThat(value(x, "applications.carried_out")).isEqualTo("0");
        assertThat(value(x, "litigation.after_review.total")).isEqualTo("0");
        assertThat(x).doesNotContainKey("litigation.total"); // a narrative-only key
    }
    /**
     * t_04 (bjtzh.gov.cn/tzzfxxgk/c109617/202009/1314868.shtml): 其他对外管理服务事项 split into sub-rows 行政检查 and
     * 行政确认, each with its own numbers. The sub-rows have no keys, and the first sub-row's numbers are not the
     * row's: the row gives nothing (adding the sub-rows up would be a derived figure).
     */
    @Test
    void aRowSplitIntoSubRowsLendsItNoNumbers() throws Exception {
        Map<String, ExtractedFigure> x = real2("t_04_");
        assertThat(x.keySet()).noneMatch(k -> k.startsWith("proactive.other_services."));
        assertThat(value(x, "proactive.licensing.decisions")).isEqualTo("0");
        assertThat(value(x, "proactive.normative_docs.made")).isEqualTo("1");
        Map<String, ExtractedFigure> quoted = decode("""
                第二十条第(五)项 |
                信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
                行政许可 | 4 | 1 | 30 |
                其他对外管理服务事项 |
                行政检查 | 2 | 0 | 15 |
                行政确认 | 3 | 1 | 9 |
                第二十条第(六)项 |
                信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
                行政处罚 | 5 | 0 | 12 |
                """, ReportFormat.TABLE2019);
        assertThat(quoted.keySet()).noneMatch(k -> k.startsWith("proactive.other_services."));
        assertThat(value(quoted, "proactive.licensing.decisions")).isEqualTo("30");
        assertThat(value(quoted, "proactive.penalty.decisions")).isEqualTo("12");
    }
    /**
     * t_08 (180.76.149.248:88/book/2022dzs/xinfang/files/basic-html/page8.html): a PDF flip-book page titled
     * `Page 8 - 威海市文登区信访局2022年…`: the page number is no part of the body's name.
     */
    @Test
    void aFlipBookPageNumberIsNoPartOfTheName() throws Exception {
        Map<String, ExtractedFigure> x = real2("t_08_");
        assertThat(value(x, "report.region")).isEqualTo("威海市文登区信访局");
        assertThat(value(x, "review.total")).isEqualTo("0");
        assertThat(value(x, "litigation.direct.total")).isEqualTo("0");
    }
    /**
     * t_16 (shengbaoju.com/govinfo/contents/1287/13695.html, a mirror of 鸭南乡's 2021 report): the overview has a
     * heading `（三）因政府信息公开申请行政复议、提起行政诉讼的情况` before the tables. It names table 四's subjects but
     * holds no number: table 二 after it is still read, every column of it.
     */
    @Test
    void anOverviewHeadingNamingReviewDoesNotEndTheTables() throws Exception {
        Map<String, ExtractedFigure> x = real2("t_16_");
        assertThat(value(x, "proactive.rules.issued")).isEqualTo("0");
        assertThat(value(x, "proactive.rules.repealed")).isEqualTo("0");
        assertThat(value(x, "proactive.normative_docs.issued")).isEqualTo("0");
        assertThat(x.get("proactive.rules.issued").confidence()).isEqualTo(TemplateDecoder.SURE);
    }
    /**
     * t_26 (xiongxian.gov.cn/zwgkcontent-888888040-56270.html): a page that lost every number cell but one. The
     * labels of the whole template stand one a line with nothing between them, and a single 0 after 规章. No cell
     * can be placed: the decoder reads no figure, neither the lone 0 in a guessed column nor blanks for the template.
     */
    @Test
    void aTableThatLostItsNumbersGivesNoFigures() throws Exception {
        Map<String, ExtractedFigure> x = real2("t_26_");
        assertThat(x.keySet()).allMatch(k -> k.startsWith("report."));
        assertThat(value(x, "report.format")).isEqualTo("table2019");
    }
}
