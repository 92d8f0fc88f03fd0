package org.ogireview.store;

import org.ogireview.testing.FailingFileSystem;

import java.nio.file.Path;

/** An H2 store whose disk can be made full on purpose ({@link FailingFileSystem#full}), for tests in any package. */
public final class FailingStores {

    private FailingStores() {
    }

    public static H2ReportStore open(Path db) throws StoreException {
        FailingFileSystem.register();
        return H2ReportStore.open(db, FailingFileSystem.PREFIX);
    }
}
