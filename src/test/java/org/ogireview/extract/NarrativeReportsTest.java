package org.ogireview.extract;

import org.ogireview.eval.GoldScorer;

import org.junit.jupiter.api.Test;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole reports through the real path (file, ingest, Extractor) scored against their gold files with the project's
 * scoring rules: the five seeds, and the narrative reports written for these tests (a Fujian statistics table, a
 * Big5 Traditional report, a GBK report without paragraph breaks, a county report with blanks, a cell-per-line table).
 */
class NarrativeReportsTest {

    private final ReportIngester ingester = new ReportIngester();
    private final Extractor extractor = new Extractor();

    private GoldScorer.Score score(List<Path> reports, Path gold) throws Exception {
        List<GoldScorer.Row> predicted = new ArrayList<>();
        for (Path report : reports) {
            IngestedDocument doc = ingester.ingest(report);
            predicted.addAll(GoldScorer.rows(report.getFileName().toString(), extractor.extract(doc)));
        }
        return GoldScorer.score(GoldScorer.read(gold), predicted);
    }

    @Test
    void seeds() throws Exception {
        GoldScorer.Score s = score(TestFiles.seeds(), TestFiles.gold("seeds-gold.csv"));
        assertThat(s.gold()).isEqualTo(94);
        assertThat(s.f1()).as(s.summary() + "\n" + String.join("\n", s.misses())).isGreaterThanOrEqualTo(0.97);
        assertThat(s.provenance()).as(s.summary()).isEqualTo(1.0);
    }

    @Test
    void ownNarrativeReports() throws Exception {
        Path folder = TestFiles.resource("/reports/narrative/narrative-gold.csv").getParent();
        List<Path> reports;
        try (Stream<Path> files = Files.list(folder)) {
            reports = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(reports).hasSizeGreaterThanOrEqualTo(5);
        GoldScorer.Score s = score(reports, folder.resolve("narrative-gold.csv"));
        assertThat(s.predicted()).isPositive();
        assertThat(s.f1()).as(s.summary() + "\n" + String.join("\n", s.misses())).isGreaterThanOrEqualTo(0.97);
        assertThat(s.provenance()).as(s.summary()).isEqualTo(1.0);
    }

    @Test
    void encodedReportsDecodeToSimplifiedFigures() throws IOException, Exception {
        Path big5 = TestFiles.resource("/reports/narrative/liwan-2011-big5.txt");
        Extraction e = extractor.extract(ingester.ingest(big5));
        assertThat(e.region()).isEqualTo("荔湾区");
        assertThat(e.figure("applications.received").orElseThrow().snippet()).contains("二十七");
        Path gbk = TestFiles.resource("/reports/narrative/huaian-land-2010-gbk.txt");
        assertThat(extractor.extract(ingester.ingest(gbk)).year()).isEqualTo(2010);
    }
}
