package org.ogireview.extract;

import org.ogireview.eval.GoldScorer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How general the extractor is: every report of the held-out corpus ({@code src/test/resources/reports/heldout},
 * written apart from the extractor code; see its README) is ingested, extracted and scored against its hand-made
 * gold with the project's scorer. The test prints F1, precision and recall per report and the most common misses
 * (the work list for extractor fixes), and fails when the score falls under a floor set a little below what main
 * scored when the floor was last raised: it guards against regressions, and the floor should go up as the
 * extractor improves.
 */
class HeldoutCorpusTest {

    /**
     * Micro F1 over the whole corpus: 0.999 at a1d706e (0.008 at 83cbd41, before PDF import and the standard tables).
     * The corpus has been read while fixing the extractor, so this guards against regressions only.
     */
    private static final double FLOOR_F1 = 0.99;
    /** Mean of the per-report F1, so the many table cells cannot hide a collapse on narrative reports. */
    private static final double FLOOR_MEAN_REPORT_F1 = 0.98;
    private static final int MISSES_SHOWN = 30;

    private static CorpusScoring corpus;

    @BeforeAll
    static void readCorpus() throws IOException {
        corpus = CorpusScoring.read("Held-out corpus", TestFiles.heldoutReports(),
                TestFiles.heldoutFolder().resolve("heldout-gold.csv"));
    }

    @Test
    void everyReportHasGoldAndEveryGoldFileExists() throws IOException {
        corpus.assertEveryReportHasGold(16);
    }

    @Test
    void goldRowsFollowTheConventions() {
        corpus.assertGoldFollowsTheConventions();
    }

    /** Each PDF restates a text or HTML report: same figures, less the web page's publication date. */
    @Test
    void pdfTwinsCarryTheirSourcesGold() {
        Map<String, Map<String, String>> byFile = new TreeMap<>();
        for (GoldScorer.Row r : corpus.gold()) {
            byFile.computeIfAbsent(r.file(), k -> new TreeMap<>()).put(r.field(), r.value() + "/" + r.qualifier());
        }
        int twins = 0;
        for (String file : byFile.keySet()) {
            if (!file.endsWith(".pdf")) {
                continue;
            }
            String stem = file.substring(0, file.length() - 4);
            String source = byFile.containsKey(stem + ".txt") ? stem + ".txt" : stem + ".html";
            Map<String, String> expected = new TreeMap<>(byFile.get(source));
            expected.remove("report.published_on");
            assertThat(byFile.get(file)).as(file + " against " + source).isEqualTo(expected);
            twins++;
        }
        assertThat(twins).isEqualTo(4);
    }

    @Test
    void extractorScoresAtLeastTheFloorAndPrintsWhatItMissed() {
        CorpusScoring.Result result = corpus.scoreAndPrint(MISSES_SHOWN);

        assertThat(result.overall().f1()).as("held-out micro F1 (see the printed report)")
                .isGreaterThanOrEqualTo(FLOOR_F1);
        assertThat(result.meanReportF1()).as("held-out mean per-report F1")
                .isGreaterThanOrEqualTo(FLOOR_MEAN_REPORT_F1);
    }
}
