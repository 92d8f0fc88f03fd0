package org.ogireview.testing;

import org.ogireview.check.ReviewProgress;
import org.ogireview.cli.SyntheticBody;
import org.ogireview.model.CheckMark;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoreException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A database for the collection views: the five seeds, the sample reports as text and PDF, and a made-up body,
 * 德阳市, with one narrative report a year 2009–2018. One seed is verified (every figure confirmed, every failed
 * check marked as published); in 德阳市's 2012 report applications received, reconsideration and litigation totals
 * are confirmed, and in its 2013 report applications received is corrected to 440 (the extractor read 433).
 */
public final class CollectionDatabase {

    public static final String SYNTHETIC_PLACE = "德阳市";
    public static final String VERIFIED_FILE = "003_c1df64b726b009ca.txt";
    public static final String STARTED_FILE = "德阳市-2012.txt";
    public static final String CORRECTED_FILE = "德阳市-2013.txt";
    private static final java.util.Set<String> CONFIRMED_KEYS = java.util.Set.of("applications.received",
            "review.total", "litigation.total");

    private CollectionDatabase() {
    }

    public static Path create(Path dir) throws Exception {
        Path db = dir.resolve("collection.mv.db");
        List<Path> files = new ArrayList<>(TestFiles.seeds());
        files.addAll(TestFiles.sampleTexts());
        files.addAll(TestFiles.samplePdfs());
        files.addAll(SyntheticBody.write(dir.resolve("synthetic"), SYNTHETIC_PLACE, 2009, 10));
        try (H2ReportStore store = H2ReportStore.open(db)) {
            new CollectionImporter(store).coder("li").run(files);
            for (ReportSummary s : store.list()) {
                if (s.fileName().equals(VERIFIED_FILE)) {
                    review(store, s.id(), Integer.MAX_VALUE, true);
                } else if (s.fileName().equals(STARTED_FILE)) {
                    for (Figure f : store.figures(s.id())) {
                        if (CONFIRMED_KEYS.contains(f.key())) {
                            store.save(s.id(), f, f.withStatus(FigureStatus.CONFIRMED), "li", "confirm");
                        }
                    }
                } else if (s.fileName().equals(CORRECTED_FILE)) {
                    for (Figure f : store.figures(s.id())) {
                        if (f.key().equals("applications.received")) {
                            store.save(s.id(), f, f.withValue("440", f.qualifier()), "li", "correct");
                        }
                    }
                }
            }
        }
        return db;
    }

    /** Confirms up to n figures as a coder would, marks failed checks as published if asked, and sets the state. */
    private static void review(H2ReportStore store, long id, int n, boolean settle) throws StoreException {
        int done = 0;
        for (Figure f : store.figures(id)) {
            if (done++ >= n) {
                break;
            }
            store.save(id, f, f.withStatus(FigureStatus.CONFIRMED), "li", "confirm");
        }
        if (settle) {
            for (var finding : store.findings(id)) {
                if (finding.isProblem()) {
                    store.saveCheckMark(new CheckMark(id, finding.rule(), finding.fieldList(), true,
                            "as printed", "li", java.time.Instant.now()));
                }
            }
        }
        var progress = ReviewProgress.of(store.figures(id), store.findings(id), store.checkMarks(id));
        store.updateReviewSummary(id, progress.failedOpen(), progress.state());
    }
}
