package org.ogireview.gui;

import org.ogireview.extract.Extractor;
import org.ogireview.gui.exporting.ExportService;
import org.ogireview.gui.importing.Importer;
import org.ogireview.gui.importing.StoreImporter;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.nio.file.Path;

/** The one place where the desk meets the store, import and export implementations. */
final class Wiring {

    private Wiring() {
    }

    /** The database the desk opens when no --db is given. */
    static Path defaultDatabase() {
        return Path.of(System.getProperty("user.home", "."), ".ogi-review", "ogi-review.mv.db");
    }

    static ReportStore openStore(Path database) throws StoreException {
        throw new StoreException(database + ": the database store is not available in this build");
    }

    static Importer importer(ReportStore store) {
        return new StoreImporter(store, new Extractor());
    }

    static ExportService exporter(ReportStore store) {
        return (layout, bom, target) -> {
            throw new UnsupportedOperationException("CSV export is not available in this build");
        };
    }
}
