package org.ogireview.extract;

import org.ogireview.testing.TestFiles;

/**
 * A second, blind measure of how general the extractor is: the reports of {@code src/test/resources/reports/blind}
 * were written (with their gold) before the extractor code was read, after the first held-out corpus had been
 * absorbed. The test prints F1, precision and recall per report and every miss, and fails when the corpus score falls
 * under a floor set a little below what main scored when the floor was last set. Raise the floors as the extractor
 * improves.
 */
class BlindCorpusTest extends ScoredCorpusTest {

    /**
     * Micro F1 over the corpus: 1.000 once the misses it found were fixed as patterns of the genre (h-harden; 0.990
     * at 6eef554, 0.891 at 83a339d when the narrative and metadata readers were still stubs). The blind corpus has now
     * been read by the extractor's authors, so it no longer measures generality: only a regression.
     */
    private static final double FLOOR_F1 = 0.99;
    /** Mean of the per-report F1: 1.000 after h-harden (0.967 at 6eef554); a miss on a small report shows here. */
    private static final double FLOOR_MEAN_REPORT_F1 = 0.98;

    BlindCorpusTest() {
        super("Blind corpus", TestFiles::blindReports, () -> TestFiles.blindFolder().resolve("blind-gold.csv"), 14,
                FLOOR_F1, FLOOR_MEAN_REPORT_F1);
    }
}
