package org.ogireview.gui.importing;

import java.util.List;
import java.util.function.BooleanSupplier;

/** Imports files into the store; the import task runs it off the FX thread. */
@FunctionalInterface
public interface Importer {

    /**
     * @param progress  called after each file with (files done, files in all, the file's name)
     * @param cancelled polled between files; when true the import stops and says so
     */
    ImportSummary run(List<ImportItem> items, Progress progress, BooleanSupplier cancelled);

    @FunctionalInterface
    interface Progress {
        void done(int done, int total, String fileName);
    }
}
