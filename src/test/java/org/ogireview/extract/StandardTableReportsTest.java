package org.ogireview.extract;

import org.ogireview.eval.GoldScorer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.testing.TestFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard tables of whole reports against hand-checked gold: the two sample texts (洪泽区 2023 and 2024) and
 * reports written for these tests in the shapes real ones take: a 2019 trial-format text with tab-separated cells,
 * a 2021-format HTML page with rowspans, colspans and empty cells, and a 2021-format text aligned with spaces
 * (wrapped labels, floating group labels, page footers, table 四 in three parts).
 *
 * <p>Region, year and publication date come from the metadata extractor, not from the tables, so they are left out
 * of the score here; the tables' figures and report.format are all scored.
 */
class StandardTableReportsTest {

    private static final Set<String> METADATA = Set.of("report.region", "report.year", "report.published_on");
    private static final String OWN = "/reports/tables/";
    private final Extractor extractor = new Extractor();

    @ParameterizedTest
    @ValueSource(strings = {"hongze-2023.txt", "hongze-2024.txt"})
    void sampleTexts(String name) throws Exception {
        IngestedDocument doc = new ReportIngester().ingest(TestFiles.bundledReport(name));
        GoldScorer.Score score = score(doc, TestFiles.gold("samples-gold.csv"));
        assertThat(score.gold()).as("gold rows for %s", name).isGreaterThan(180);
        assertPerfect(name, score);
    }

    @ParameterizedTest
    @ValueSource(strings = {"linjiang-jiangbei-2019.txt", "linjiang-beixi-2021.txt"})
    void ownTextReports(String name) throws Exception {
        Path file = TestFiles.resource(OWN + name);
        IngestedDocument doc = new ReportIngester().ingest(file);
        assertPerfect(name, score(doc, goldOf(file)));
    }

    @Test
    void ownHtmlReportWithSpannedCells() throws Exception {
        Path file = TestFiles.resource(OWN + "linjiang-jiangnan-2022.html");
        IngestedDocument doc = HtmlTables.read(file);
        assertThat(doc.tables()).hasSize(3);
        GoldScorer.Score score = score(doc, goldOf(file));
        assertPerfect(file.getFileName().toString(), score);
        assertThat(score.perField().get("applications.received@ngo")[0]).as("blank cell found as blank").isEqualTo(1);
    }

    /**
     * The sample PDFs' text as PDFBox gives it, with no tables from ingest: cells split by single spaces, header
     * cells one word a line, the label 三、本年度办理结果 one character a line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"hongze-2023.pdf", "hongze-2024.pdf"})
    void samplePdfTextWithoutIngestTables(String name) throws Exception {
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                TestFiles.resource("/samples/" + name).toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        assertPerfect(name, score(IngestedDocument.ofText(name, text), TestFiles.gold("samples-gold.csv")));
    }

    /** The sample texts as a web page copied to text sets tables out: one cell a line. */
    @ParameterizedTest
    @ValueSource(strings = {"hongze-2023.txt", "hongze-2024.txt"})
    void sampleTextsOneCellPerLine(String name) throws Exception {
        String text = Files.readString(TestFiles.bundledReport(name)).replace(" | ", "\n");
        assertPerfect(name, score(IngestedDocument.ofText(name, text), TestFiles.gold("samples-gold.csv")));
    }

    @Test
    void everyFigureSpanShowsItsNumber() throws Exception {
        for (String name : List.of("linjiang-jiangbei-2019.txt", "linjiang-beixi-2021.txt")) {
            IngestedDocument doc = new ReportIngester().ingest(TestFiles.resource(OWN + name));
            Extraction x = extractor.extract(doc);
            for (ExtractedFigure f : x.figures()) {
                if (f.key().startsWith("report.") || f.value().isEmpty()) {
                    continue;
                }
                String span = doc.text().substring(f.start(), f.end()).replaceAll("[,\\s元]", "");
                if (!f.key().endsWith(".amount")) {
                    assertThat(new java.math.BigDecimal(span.replace("+", ""))).as("%s in %s", f.key(), name)
                            .isEqualByComparingTo(f.value());
                }
                assertThat(f.snippet().length()).as("snippet of %s", f.key()).isLessThanOrEqualTo(64);
            }
        }
    }

    private GoldScorer.Score score(IngestedDocument doc, Path goldFile) throws Exception {
        String name = doc.fileName();
        List<GoldScorer.Row> gold = new ArrayList<>();
        for (GoldScorer.Row r : GoldScorer.read(goldFile)) {
            if (r.file().equals(name) && !METADATA.contains(r.field())) {
                gold.add(r);
            }
        }
        List<GoldScorer.Row> predicted = new ArrayList<>(GoldScorer.rows(name, extractor.extract(doc)));
        predicted.removeIf(r -> METADATA.contains(r.field()));
        return GoldScorer.score(gold, predicted);
    }

    private static Path goldOf(Path report) {
        String n = report.getFileName().toString();
        return report.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".gold.csv");
    }

    private static void assertPerfect(String name, GoldScorer.Score score) {
        assertThat(score.misses()).as("%s: %s", name, score.summary()).isEmpty();
        assertThat(score.f1()).as(name).isGreaterThanOrEqualTo(0.99);
        assertThat(score.provenance()).as(name).isEqualTo(1.0);
    }

    @Test
    void goldFilesExistForEveryOwnReport() throws Exception {
        Path folder = TestFiles.resource(OWN + "linjiang-jiangbei-2019.txt").getParent();
        try (var s = Files.list(folder)) {
            List<Path> own = s.filter(p -> p.toString().matches(".*\\.(txt|html)$")).toList();
            assertThat(own).hasSize(3);
            for (Path p : own) {
                assertThat(goldOf(p)).exists();
            }
        }
    }
}
