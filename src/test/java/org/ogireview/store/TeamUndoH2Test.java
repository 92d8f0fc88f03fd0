package org.ogireview.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** {@link TeamUndoContract} on one H2 file used under two coder names (one desk, two people taking turns). */
class TeamUndoH2Test extends TeamUndoContract {

    @TempDir
    Path dir;

    @Override
    void openTwoDesks() throws Exception {
        H2ReportStore store = H2ReportStore.open(dir.resolve("shared"));
        ExportFixtures.importBundled(store);
        li = store;
        wang = store;
    }

    @Override
    void closeDesks() {
        li.close();
    }
}
