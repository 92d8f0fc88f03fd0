package org.ogireview.gui.testing;

import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.nio.file.Path;

/** Opens the store the GUI tests run on: the real H2 store on a temp file. */
public final class TestStores {

    private TestStores() {
    }

    public static ReportStore open(Path db) throws StoreException {
        return H2ReportStore.open(db);
    }
}
