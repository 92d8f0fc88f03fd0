package org.ogireview.gui.importing;

import org.ogireview.extract.Extraction;
import org.ogireview.extract.Extractor;
import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.store.ImportOutcome;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Imports files one after another: read (with the coder's charset when chosen), extract, store. A file that
 * fails is noted with its problem and the import goes on; a cancel stops between two files.
 */
public final class StoreImporter implements Importer {

    private final ReportStore store;
    private final ReportIngester ingester = new ReportIngester();
    private final Extractor extractor;

    public StoreImporter(ReportStore store, Extractor extractor) {
        this.store = store;
        this.extractor = extractor;
    }

    @Override
    public ImportSummary run(List<ImportItem> items, Progress progress, BooleanSupplier cancelled) {
        int added = 0;
        int present = 0;
        long last = -1;
        List<ImportSummary.Failure> failed = new ArrayList<>();
        int done = 0;
        for (ImportItem item : items) {
            if (cancelled.getAsBoolean()) {
                return new ImportSummary(added, present, failed, true, last);
            }
            try {
                IngestedDocument document = ingester.ingest(item.file(), item.charset());
                Extraction extraction = extractor.extract(document);
                byte[] original = Files.readAllBytes(item.file());
                ImportOutcome outcome = store.add(document, extraction, item.file().toString(), original);
                if (outcome.alreadyPresent()) {
                    present++;
                } else {
                    added++;
                    last = outcome.reportId();
                }
            } catch (IngestException | StoreException e) {
                failed.add(new ImportSummary.Failure(item.file(), e.getMessage()));
            } catch (IOException e) {
                failed.add(new ImportSummary.Failure(item.file(), item.file().getFileName() + ": " + e.getMessage()));
            } catch (RuntimeException e) {
                // An extractor bug on one odd file must not end the import of a whole folder.
                failed.add(new ImportSummary.Failure(item.file(), item.file().getFileName() + ": " + e));
            }
            done++;
            progress.done(done, items.size(), item.file().getFileName().toString());
        }
        return new ImportSummary(added, present, failed, false, last);
    }
}
