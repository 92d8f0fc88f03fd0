package org.ogireview.gui.testing;

import org.ogireview.gui.importing.ImportItem;
import org.ogireview.gui.importing.ImportSummary;
import org.ogireview.gui.importing.Importer;
import org.ogireview.store.ReportStore;

import java.util.List;
import java.util.function.BooleanSupplier;

/** Imports the fixture reports with their hand-located figures (while the extractors are not on main). */
public final class FixtureImporter implements Importer {

    private final ReportStore store;

    public FixtureImporter(ReportStore store) {
        this.store = store;
    }

    @Override
    public ImportSummary run(List<ImportItem> items, Progress progress, BooleanSupplier cancelled) {
        long last = -1;
        int done = 0;
        try {
            for (ImportItem item : items) {
                String name = item.file().getFileName().toString();
                last = name.startsWith("hongze") ? Fixtures.hongze(store) : Fixtures.luzhou(store);
                progress.done(++done, items.size(), name);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new ImportSummary(done, 0, List.of(), false, last);
    }
}
