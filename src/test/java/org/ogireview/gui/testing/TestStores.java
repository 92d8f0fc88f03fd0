package org.ogireview.gui.testing;

import org.ogireview.store.ReportStore;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Opens the store the GUI tests run on. */
public final class TestStores {

    private static final Map<Path, InMemoryReportStore> STORES = new HashMap<>();

    private TestStores() {
    }

    public static ReportStore open(Path db) {
        return STORES.computeIfAbsent(db, InMemoryReportStore::new);
    }
}
