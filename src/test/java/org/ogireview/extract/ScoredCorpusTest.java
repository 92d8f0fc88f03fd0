package org.ogireview.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests every blind corpus gets: each report has gold, the gold follows the spec's conventions, and the extractor
 * scores at least the corpus's floors while printing every miss. A subclass names its corpus, its size and its floors
 * in its constructor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScoredCorpusTest {

    private final String title;
    private final Supplier<List<Path>> reports;
    private final Supplier<Path> goldFile;
    private final int reportCount;
    private final double floorF1;
    private final double floorMeanReportF1;
    private CorpusScoring corpus;

    /**
     * @param floorF1           the least micro F1 over the corpus that passes
     * @param floorMeanReportF1 the least mean per-report F1 that passes (many table cells cannot hide a collapse)
     */
    ScoredCorpusTest(String title, Supplier<List<Path>> reports, Supplier<Path> goldFile, int reportCount,
                     double floorF1, double floorMeanReportF1) {
        this.title = title;
        this.reports = reports;
        this.goldFile = goldFile;
        this.reportCount = reportCount;
        this.floorF1 = floorF1;
        this.floorMeanReportF1 = floorMeanReportF1;
    }

    @BeforeAll
    void readTheCorpus() throws IOException {
        corpus = CorpusScoring.read(title, reports.get(), goldFile.get());
    }

    @Test
    void everyReportHasGoldAndEveryGoldFileExists() throws IOException {
        corpus.assertEveryReportHasGold(reportCount);
    }

    @Test
    void goldRowsFollowTheConventions() {
        corpus.assertGoldFollowsTheConventions();
    }

    @Test
    void extractorScoresAtLeastTheFloorAndPrintsEveryMiss() {
        CorpusScoring.Result result = corpus.scoreAndPrint(Integer.MAX_VALUE);

        assertThat(result.overall().f1()).as(title + " micro F1 (see the printed report)")
                .isGreaterThanOrEqualTo(floorF1);
        assertThat(result.meanReportF1()).as(title + " mean per-report F1")
                .isGreaterThanOrEqualTo(floorMeanReportF1);
    }
}
