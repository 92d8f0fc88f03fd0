package org.ogireview.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.ReportFormat;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second, blind measure of how general the extractor is: the reports of {@code src/test/resources/reports/blind}
 * were written (with their gold) before the extractor code was read, after the first held-out corpus had been
 * absorbed. Each report is ingested, extracted and scored with {@link GoldScorer}; the test prints F1, precision and
 * recall per report and every miss, and fails when the corpus score falls under a floor set a little below what main
 * scored when the floor was last set. Raise the floors as the extractor improves.
 */
class BlindCorpusTest {

    /**
     * Micro F1 over the corpus: 1.000 once the misses it found were fixed as patterns of the genre (h-harden; 0.990
     * at 6eef554, 0.891 at 83a339d when the narrative and metadata readers were still stubs). The blind corpus has now
     * been read by the extractor's authors, so it no longer measures generality: only a regression.
     */
    private static final double FLOOR_F1 = 0.99;
    /** Mean of the per-report F1: 1.000 after h-harden (0.967 at 6eef554); a miss on a small report shows here. */
    private static final double FLOOR_MEAN_REPORT_F1 = 0.98;

    private static List<GoldScorer.Row> gold;
    private static List<Path> reports;

    @BeforeAll
    static void readCorpus() throws IOException {
        gold = GoldScorer.read(TestFiles.blindFolder().resolve("blind-gold.csv"));
        reports = TestFiles.blindReports();
    }

    @Test
    void everyReportHasGoldAndEveryGoldFileExists() {
        Set<String> reportNames = reports.stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> goldNames = gold.stream().map(GoldScorer.Row::file)
                .collect(Collectors.toCollection(LinkedHashSet::new));

        assertThat(reportNames).hasSize(14);
        assertThat(goldNames).containsExactlyInAnyOrderElementsOf(reportNames);
        assertThat(reports).allSatisfy(p -> assertThat(Files.size(p)).isLessThan(300 * 1024));
    }

    @Test
    void goldRowsFollowTheConventions() {
        FieldCatalog catalog = FieldCatalog.standard();
        Map<String, ReportFormat> formats = new LinkedHashMap<>();
        for (GoldScorer.Row r : gold) {
            if (r.field().equals("report.format")) {
                formats.put(r.file(), ReportFormat.fromCode(r.value()));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (GoldScorer.Row r : gold) {
            String where = r.file() + " " + r.field();
            assertThat(seen.add(r.file() + "\t" + r.field())).as("stated once: " + where).isTrue();
            assertThat(catalog.knows(r.field())).as("catalogue key: " + where).isTrue();
            assertThat(r.qualifier()).as(where).isIn("", "more_than", "about", "less_than", "blank_in_source");
            assertThat(r.value().isEmpty()).as("blank value iff blank_in_source: " + where)
                    .isEqualTo(r.qualifier().equals("blank_in_source"));
            if (!r.field().startsWith("report.") && !r.value().isEmpty()) {
                assertThat(r.value()).as("plain ASCII number: " + where).matches("-?\\d+(\\.\\d+)?");
            }
            FieldDef def = catalog.get(r.field());
            assertThat(formats).as("report.format for " + r.file()).containsKey(r.file());
            assertThat(formats.get(r.file()).usesEra(def.era()))
                    .as("key of the report's era (" + formats.get(r.file()).code() + "): " + where).isTrue();
        }
    }

    @Test
    void extractorScoresAtLeastTheFloorAndPrintsEveryMiss() {
        ReportIngester ingester = new ReportIngester();
        Extractor extractor = new Extractor();
        Map<String, List<GoldScorer.Row>> goldByFile = new LinkedHashMap<>();
        for (GoldScorer.Row r : gold) {
            goldByFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
        }
        List<GoldScorer.Row> predicted = new ArrayList<>();
        StringBuilder out = new StringBuilder("\nBlind corpus: per report\n");
        out.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s %5s %5s  %s%n",
                "file", "f1", "prec", "recall", "gold", "pred", "note"));
        double sumF1 = 0;
        for (Path report : reports) {
            String name = report.getFileName().toString();
            List<GoldScorer.Row> mine = new ArrayList<>();
            String note = "";
            try {
                mine.addAll(GoldScorer.rows(name, extractor.extract(ingester.ingest(report))));
            } catch (IngestException e) {
                note = "not ingested: " + e.getMessage();
            } catch (RuntimeException e) {
                note = "extractor failed: " + e;
            }
            predicted.addAll(mine);
            GoldScorer.Score s = GoldScorer.score(goldByFile.getOrDefault(name, List.of()), mine);
            sumF1 += s.f1();
            out.append(String.format(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f %5d %5d  %s%n",
                    name, s.f1(), s.precision(), s.recall(), s.gold(), s.predicted(), note));
        }
        double meanF1 = sumF1 / reports.size();
        GoldScorer.Score all = GoldScorer.score(gold, predicted);
        out.append("overall: ").append(all.summary())
                .append(String.format(Locale.ROOT, " mean_report_f1=%.3f%n", meanF1));
        out.append("\nMost common misses (count, kind, field; applicant columns folded):\n");
        HeldoutCorpusTest.commonMisses(all.misses()).forEach((k, v) ->
                out.append(String.format(Locale.ROOT, "%4d  %s%n", v, k)));
        out.append("\nEvery miss:\n");
        all.misses().forEach(m -> out.append("  ").append(m).append('\n'));
        System.out.println(out);

        assertThat(all.f1()).as("blind micro F1 (see the printed report)").isGreaterThanOrEqualTo(FLOOR_F1);
        assertThat(meanF1).as("blind mean per-report F1").isGreaterThanOrEqualTo(FLOOR_MEAN_REPORT_F1);
    }
}
