package org.ogireview.extract;

import org.junit.jupiter.api.Test;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables 二 and 三 decoded from the cell stream, one flattening at a time, on real published text: the excerpts of
 * {@code src/test/resources/reports/real} (source URLs in its MANIFEST.md, a copy of ../shared/corpus/real/MANIFEST.md)
 * and a few lines quoted from them below with their source.
 */
class TemplateDecoderTest {

    private final Extractor extractor = new Extractor();

    private Map<String, ExtractedFigure> real(String prefix) throws Exception {
        Path file = RealCorpusTest.reports().stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        return extractor.extract(new ReportIngester().ingest(file)).figures().stream()
                .collect(Collectors.toMap(ExtractedFigure::key, Function.identity()));
    }

    static Map<String, ExtractedFigure> decode(String text, ReportFormat format) {
        NormalizedText t = NormalizedText.of(text);
        return new TemplateDecoder().decode(t, format, new CellFigures(t, FieldCatalog.standard())).stream()
                .collect(Collectors.toMap(ExtractedFigure::key, Function.identity(), (a, b) -> a));
    }

    static String value(Map<String, ExtractedFigure> figures, String key) {
        ExtractedFigure f = figures.get(key);
        return f == null ? null : f.qualifier() == Qualifier.BLANK_IN_SOURCE ? "blank" : f.value();
    }

    /** 01 (yangling.gov.cn): rows with padding cells `| |||` and a trailing empty cell `| ||`. */
    @Test
    void rowsWithPaddingAndTrailingEmptyCellsRead() throws Exception {
        Map<String, ExtractedFigure> x = real("01_");
        for (String key : List.of("rules.issued", "rules.repealed", "rules.in_force", "normative_docs.issued",
                "normative_docs.repealed", "normative_docs.in_force", "licensing.decisions", "penalty.decisions",
                "coercion.decisions", "fees.amount")) {
            assertThat(value(x, "proactive." + key)).as(key).isEqualTo("0");
        }
    }

    /** 04 (xixianxinqu.gov.cn): one cell per paragraph, the group label split as `（三）` / `不予公开`. */
    @Test
    void oneCellPerParagraphReadsEveryApplicantColumn() throws Exception {
        Map<String, ExtractedFigure> x = real("04_");
        long columns = x.keySet().stream().filter(k -> k.contains("@")).count();
        assertThat(columns).isEqualTo(42); // seven rows before the text ends, six applicant columns each (as gold)
        assertThat(value(x, "applications.denied.security_stability@legal_services")).isEqualTo("0");
        assertThat(x.get("applications.received@natural_person").confidence()).isEqualTo(TemplateDecoder.SURE);
    }

    /**
     * 15 (huangpi.gov.cn): one cell a line ending in ` |`, Hubei's annotated labels, and the header's example
     * `如 -8`, which is no cell.
     */
    @Test
    void annotatedLabelsOneCellALineAndTheMinusEightTrap() throws Exception {
        Map<String, ExtractedFigure> x = real("15_");
        assertThat(value(x, "proactive.normative_docs.made")).isEqualTo("87");
        assertThat(value(x, "proactive.normative_docs.published")).isEqualTo("0");
        assertThat(value(x, "proactive.normative_docs.total_public")).isEqualTo("0");
        assertThat(value(x, "proactive.other_services.decisions")).isEqualTo("0");
        assertThat(x.values()).noneMatch(f -> f.value().equals("-8"));
    }

    /**
     * 18 (Traditional, a converter's 檔案 for 文件): the `-` cell and the empty row 行政事業性收費 | |||||
     * are blank_in_source, never zero; the extra row 其他主動公開檔案 takes its own numbers with it.
     */
    @Test
    void traditionalTextDashCellsAndEmptyRowsAreBlanks() throws Exception {
        Map<String, ExtractedFigure> x = real("18_");
        assertThat(value(x, "proactive.normative_docs.made")).isEqualTo("2");
        assertThat(value(x, "proactive.normative_docs.total_public")).isEqualTo("19");
        assertThat(value(x, "proactive.licensing.decisions")).isEqualTo("93");
        assertThat(value(x, "proactive.coercion.change")).isEqualTo("4");
        assertThat(value(x, "proactive.coercion.decisions")).isEqualTo("blank");
        assertThat(value(x, "proactive.fees.prior_items")).isEqualTo("blank");
        assertThat(value(x, "proactive.fees.change")).isEqualTo("blank");
    }

    /**
     * 22 (hengdong.gov.cn): a header cut to `本年新 | 本年新` reads by the template; rows printed empty are blanks;
     * table 三 is only its header when the text ends, so none of its cells is invented.
     */
    @Test
    void cutHeadersEmptyRowsAndATableThatIsOnlyAHeader() throws Exception {
        Map<String, ExtractedFigure> x = real("22_");
        assertThat(value(x, "proactive.rules.made")).isEqualTo("1");
        assertThat(value(x, "proactive.rules.published")).isEqualTo("1");
        assertThat(value(x, "proactive.normative_docs.total_public")).isEqualTo("22");
        assertThat(value(x, "proactive.licensing.prior_items")).isEqualTo("blank");
        assertThat(value(x, "proactive.penalty.decisions")).isEqualTo("blank");
        assertThat(value(x, "proactive.procurement.amount")).isEqualTo("0");
        assertThat(x.keySet()).noneMatch(k -> k.startsWith("applications."));
    }

    /** 20 (gskanglexian.gov.cn): `本年新制作数量` printed twice, the second column read by its place; 152790元. */
    @Test
    void duplicatedHeaderReadsByPlaceAndAmountsConvert() throws Exception {
        Map<String, ExtractedFigure> x = real("20_");
        assertThat(value(x, "proactive.normative_docs.published")).isEqualTo("0");
        assertThat(value(x, "proactive.procurement.projects")).isEqualTo("6");
        assertThat(value(x, "proactive.procurement.amount")).isEqualTo("15.279");
    }

    /** 17 (lw.gov.cn) and 23 (gztongzi.gov.cn): every column in its place, a signed change, a lone non-zero. */
    @Test
    void trialColumnsKeepTheirPlaces() throws Exception {
        Map<String, ExtractedFigure> liwan = real("17_");
        assertThat(value(liwan, "proactive.licensing.prior_items")).isEqualTo("21");
        assertThat(value(liwan, "proactive.licensing.change")).isEqualTo("19");
        assertThat(value(liwan, "proactive.licensing.decisions")).isEqualTo("40");
        Map<String, ExtractedFigure> tongzi = real("23_");
        assertThat(value(tongzi, "proactive.fees.prior_items")).isEqualTo("2");
        assertThat(value(tongzi, "proactive.fees.change")).isEqualTo("0");
    }

    /** 21 (changtu.gov.cn): the text ends after six of （一）予以公开's seven cells: those six, no total. */
    @Test
    void aRowTheTextEndsInGivesWhatItHas() throws Exception {
        Map<String, ExtractedFigure> x = real("21_");
        assertThat(value(x, "applications.granted@other_org")).isEqualTo("0");
        assertThat(x.get("applications.granted@natural_person").confidence()).isEqualTo(TemplateDecoder.CUT);
        assertThat(x).doesNotContainKey("applications.granted");
        assertThat(value(x, "proactive.other_services.decisions")).isEqualTo("16");
        assertThat(value(x, "proactive.penalty.prior_items")).isEqualTo("36");
    }

    /**
     * Labels a converter put before a block of bare numbers. Real labels and numbers (hongze-2024, the bundled
     * sample: 规章 0/0/0, 行政规范性文件 3/0/8), laid out the way such converters leave them.
     */
    @Test
    void labelsBeforeTheirNumbersAreFilledInTurn() {
        Map<String, ExtractedFigure> x = decode("""
                二、主动公开政府信息情况
                第二十条第（一）项
                信息内容
                本年制发件数
                本年废止件数
                现行有效件数
                规章
                行政规范性文件
                0 0 0
                3 0 8
                第二十条第（五）项
                """, ReportFormat.TABLE2021);
        assertThat(value(x, "proactive.rules.in_force")).isEqualTo("0");
        assertThat(value(x, "proactive.normative_docs.issued")).isEqualTo("3");
        assertThat(value(x, "proactive.normative_docs.in_force")).isEqualTo("8");
    }

    /**
     * A header flattened in document order names 总计 second (自然人 · 法人或其他组织 · 总计 · 商业企业 …, as in 21); the
     * data keep the template's order. The arithmetic (总计 = the sum of the applicant columns) chooses the template;
     * where no row decides, the cells that differ between the readings are flagged, not guessed. Numbers from the
     * bundled sample hongze-2024 (本年新收 95 … 95; 1.本机关不掌握 31 … 31).
     */
    @Test
    void theArithmeticChoosesBetweenColumnReadings() {
        String header = """
                三、收到和处理政府信息公开申请情况
                (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |
                申请人情况 |
                自然人 |
                法人或其他组织 |
                总计 |
                商业企业 |
                科研机构 |
                社会公益组织 |
                法律服务机构 |
                其他 |
                """;
        Map<String, ExtractedFigure> sums = decode(header + """
                一、本年新收政府信息公开申请数量 | 90 | 5 | 0 | 0 | 0 | 0 | 95
                """, ReportFormat.TABLE2021);
        assertThat(value(sums, "applications.received")).isEqualTo("95");
        assertThat(value(sums, "applications.received@commercial")).isEqualTo("5");
        assertThat(sums.get("applications.received@commercial").confidence()).isEqualTo(TemplateDecoder.SURE);

        Map<String, ExtractedFigure> undecided = decode(header + """
                一、本年新收政府信息公开申请数量 | 31 | 2 | 0 | 0 | 0 | 0 | 31
                """, ReportFormat.TABLE2021);
        assertThat(value(undecided, "applications.received")).isEqualTo("31");
        assertThat(undecided.get("applications.received@commercial").confidence())
                .isLessThan(0.6); // the form marks a figure under 0.6 as unsure (DocumentLayout.UNSURE_BELOW)
        // a cell both readings agree on is sure
        assertThat(undecided.get("applications.received@research").confidence()).isEqualTo(TemplateDecoder.SURE);
    }

    /** A page footer inside a table (hongze-2024: `-3-` between two rows of （四）无法提供) is skipped. */
    @Test
    void pageFootersInsideATableAreSkipped() {
        Map<String, ExtractedFigure> x = decode("""
                三、收到和处理政府信息公开申请情况
                一、本年新收政府信息公开申请数量 | 95 | 0 | 0 | 0 | 0 | 0 | 95
                （四）无法提供 | 1.本机关不掌握相关政府信息 | 31 | 0 | 0 | 0 | 0 | 0 | 31

                -3-
                2.没有现成信息需要另行制作 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                """, ReportFormat.TABLE2021);
        assertThat(value(x, "applications.unable.not_held")).isEqualTo("31");
        assertThat(value(x, "applications.unable.needs_creation")).isEqualTo("1");
    }

    /**
     * Prose that names rows (blind corpus jinfeng-2024's overview: 全年新收申请217件，上年结转10件) neither opens table
     * 三 nor lends it numbers; table 二 after it still reads.
     */
    @Test
    void sentencesAreNoCells() {
        Map<String, ExtractedFigure> x = decode("""
                依申请公开方面，全年新收申请217件，上年结转10件，
                结转下一年度继续办理16件。
                二、主动公开政府信息情况
                第二十条第（一）项
                信息内容
                本年制发件数
                本年废止件数
                现行有效件数
                规章
                0
                0
                0
                """, ReportFormat.TABLE2021);
        assertThat(x.keySet()).noneMatch(k -> k.startsWith("applications."));
        assertThat(value(x, "proactive.rules.in_force")).isEqualTo("0");
    }

    /** The extract pipeline: a plain-text report keeps the decoder's reading where the row reader misplaced a cell. */
    @Test
    void theDecoderStandsOverTheRowReaderInText() {
        Extraction x = extractor.extract(IngestedDocument.ofText("t.txt", """
                第二十条第(五)项

                信息内容

                上一年项目数量

                本年增/减

                处理决定数量

                行政许可

                21

                +19

                40

                三、收到和处理政府信息公开申请情况
                一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                1.本机关不掌握相关政府信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                """));
        assertThat(x.format()).isEqualTo(ReportFormat.TABLE2019);
        assertThat(x.figure("proactive.licensing.decisions").map(ExtractedFigure::value)).contains("40");
    }

    /**
     * Table 四 one cell a paragraph, as 03 and 04 print tables 二 and 三 (the real excerpts end before table 四, so
     * the template's own words are laid out that way here): the header's result names, then fifteen numbers.
     */
    @Test
    void table4OneCellAParagraphReadsInThreeParts() {
        String header = String.join("\n\n", "四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼",
                "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉",
                "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        String numbers = String.join("\n\n", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0", "2", "0", "0", "1", "3");
        Map<String, ExtractedFigure> x = decode(header + "\n\n" + numbers + "\n\n五、存在的主要问题及改进情况\n",
                ReportFormat.TABLE2021);
        assertThat(value(x, "review.total")).isEqualTo("1");
        assertThat(value(x, "litigation.direct.total")).isEqualTo("0");
        assertThat(value(x, "litigation.after_review.pending")).isEqualTo("1");
        assertThat(value(x, "litigation.after_review.total")).isEqualTo("3");
        assertThat(x.get("review.upheld").confidence()).isEqualTo(TemplateDecoder.SURE);
    }

    /** A Markdown copy's rule line (|---|---|, as 28's metadata table has it) holds no blank cells. */
    @Test
    void markdownRuleLinesAreNoCells() {
        Map<String, ExtractedFigure> x = decode("""
                四、政府信息公开行政复议、行政诉讼情况
                | 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
                | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
                | 27 | 6 | 4 | 2 | 39 | 8 | 2 | 1 | 3 | 14 | 5 | 1 | 0 | 2 | 8 |
                """, ReportFormat.TABLE2019);
        assertThat(value(x, "review.total")).isEqualTo("39");
        assertThat(value(x, "litigation.direct.upheld")).isEqualTo("8");
        assertThat(value(x, "litigation.after_review.total")).isEqualTo("8");
    }
}
