package org.ogireview.cli;

import org.ogireview.export.ExportSelection;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

/** The line {@code export} prints before a narrowed export: what was asked and how many reports it took. */
final class SelectionLine {

    private SelectionLine() {
    }

    static String of(ReportStore store, ExportSelection selection) throws StoreException {
        ExportSelection.Chosen c = selection.resolve(store, DatasetKeys.of(store));
        return "selected " + c.count() + " of " + c.total() + " report files (" + selection.describe() + ")"
                + (c.count() == 0 ? ": nothing matches, the files hold only their header rows" : "");
    }
}
