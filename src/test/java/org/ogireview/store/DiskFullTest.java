package org.ogireview.store;

import org.ogireview.importing.ImportSummary;

import org.ogireview.importing.CollectionImporter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.testing.FailingFileSystem;
import org.ogireview.testing.TestFiles;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A full disk at the unit level: H2 writes through {@link FailingFileSystem}, whose writes fail with "No space left on
 * device" while it is full. What is reported saved must be in the file after reopening; what failed is reported as
 * not saved, with the reason, and succeeds when tried again once there is room.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void register() {
        FailingFileSystem.register();
    }

    @AfterEach
    void room() {
        FailingFileSystem.full.set(false);
    }

    @Test
    void importOnAFullDiskReportsNotSavedAndTheDatabaseAgrees() throws Exception {
        List<Path> seeds = TestFiles.seeds();
        Path db = dir.resolve("full.mv.db");
        try (H2ReportStore store = H2ReportStore.open(db, FailingFileSystem.PREFIX)) {
            ImportSummary first = new CollectionImporter(store).run(seeds.subList(0, 2));
            assertThat(first.imported()).isEqualTo(2);

            FailingFileSystem.full.set(true);
            ImportSummary onFull = new CollectionImporter(store).run(seeds.subList(2, 4));
            assertThat(onFull.imported()).isZero();
            assertThat(onFull.failed()).isEqualTo(2);
            assertThat(onFull.failures()).allSatisfy(f -> assertThat(f.message()).startsWith("Not saved")
                    .contains("the disk is full").contains("No space left on device").contains(db.toString())
                    .doesNotContain("MVStoreException"));

            // space freed: the same import goes through on the same open store
            FailingFileSystem.full.set(false);
            ImportSummary retried = new CollectionImporter(store).run(seeds.subList(2, 4));
            assertThat(retried.imported()).isEqualTo(2);
            assertThat(store.count()).isEqualTo(4);
        }
        try (H2ReportStore reopened = H2ReportStore.open(db)) {
            assertThat(reopened.count()).isEqualTo(4);
            assertThat(reopened.history()).filteredOn(e -> e.action().equals("import")).hasSize(4);
        }
    }

    @Test
    void theFirstEditOnAFullDiskIsNotSavedAndIsNotThereAfterARestart() throws Exception {
        Path db = dir.resolve("edit.mv.db");
        long id;
        Figure before;
        try (H2ReportStore store = H2ReportStore.open(db, FailingFileSystem.PREFIX)) {
            new CollectionImporter(store).run(TestFiles.seeds().subList(0, 1));
            id = store.list().get(0).id();
            before = store.figures(id).get(0);
            Figure corrected = before.withValue("12345", before.qualifier()).withStatus(FigureStatus.CORRECTED);

            FailingFileSystem.full.set(true);
            assertThatThrownBy(() -> store.save(id, before, corrected, "li", "edit"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("Not saved")
                    .hasMessageContaining("the disk is full (No space left on device)");

            FailingFileSystem.full.set(false);
            assertThat(store.figures(id).get(0).value()).isEqualTo(before.value());
        }
        try (H2ReportStore reopened = H2ReportStore.open(db)) {
            assertThat(reopened.figures(id).get(0)).isEqualTo(before);
            assertThat(reopened.history(id)).extracting(AuditEntry::action).containsExactly("import");
        }
        // and when there is room, the same edit is saved and survives
        try (H2ReportStore store = H2ReportStore.open(db, FailingFileSystem.PREFIX)) {
            store.save(id, before, before.withValue("12345", before.qualifier()).withStatus(FigureStatus.CORRECTED), "li", "edit");
        }
        try (H2ReportStore reopened = H2ReportStore.open(db)) {
            assertThat(reopened.figures(id).get(0).value()).isEqualTo("12345");
        }
    }
}
