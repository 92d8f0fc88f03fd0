package org.ogireview.extract;

import org.ogireview.testing.TestFiles;

/**
 * A third blind measure of how general the extractor is: the reports of {@code src/test/resources/reports/blind3}
 * were written (with their gold) before the extractor code was read, after the held-out and blind corpora had both
 * been absorbed. It prints F1, precision and recall per report and every miss, and fails when the score falls under
 * a floor set a little below what was measured when the floor was last set. Raise the floors as the extractor
 * improves; once its misses have been fixed this corpus, too, only guards against regressions.
 */
class Blind3CorpusTest extends ScoredCorpusTest {

    /**
     * Micro F1 over the corpus: 0.979 when first measured at 3811660 (precision 0.998, recall 0.962; 34 misses, most
     * of them in the PDF-text narrative report, whose lines break between labels and numbers); 0.988 once ragged PDF
     * copies were joined and 比上年增加 1 058 条 / 非本局 read. This corpus has now been read too: a regression guard.
     */
    private static final double FLOOR_F1 = 0.98;
    /**
     * Mean of the per-report F1: 0.950 when first measured (ordos-2016-pdftext 0.642); a collapse on one report shows
     * here. 0.976 after the fixes above.
     */
    private static final double FLOOR_MEAN_REPORT_F1 = 0.97;

    Blind3CorpusTest() {
        super("Blind3 corpus", TestFiles::blind3Reports, () -> TestFiles.blind3Folder().resolve("blind3-gold.csv"), 12,
                FLOOR_F1, FLOOR_MEAN_REPORT_F1);
    }
}
