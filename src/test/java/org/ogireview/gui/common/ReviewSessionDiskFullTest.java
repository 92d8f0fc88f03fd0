package org.ogireview.gui.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.gui.testing.SessionFixture;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.store.FailingStores;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.FailingFileSystem;
import org.ogireview.testing.TestFiles;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's first edit on a full disk: it must not show as saved (no "corrected", no progress counted), the user
 * sees why, it is not there after a restart, and the same edit is saved once there is room.
 */
class ReviewSessionDiskFullTest {

    @TempDir
    Path dir;

    @AfterEach
    void room() {
        FailingFileSystem.full.set(false);
    }

    @Test
    void theFirstEditOnAFullDiskIsShownAsNotSavedAndCanBeRetried() throws Exception {
        Path db = dir.resolve("desk.mv.db");
        long id;
        Figure before;
        try (H2ReportStore store = FailingStores.open(db)) {
            new CollectionImporter(store).run(TestFiles.seeds().subList(0, 1));
            SessionFixture f = new SessionFixture(store).withCoder("li");
            id = store.list().get(0).id();
            assertThat(f.session.open(id)).isTrue();
            before = f.session.current().figures().get(0);
            Figure corrected = before.withValue("777", before.qualifier()).withStatus(FigureStatus.CORRECTED);

            FailingFileSystem.full.set(true);
            assertThat(f.session.save(before, corrected, "edit")).isFalse();
            assertThat(f.dialogs.errors).singleElement().satisfies(e -> assertThat(e).contains("Not saved")
                    .contains("the disk is full").contains("No space left on device"));
            assertThat(f.session.current().figures().get(0).status()).isEqualTo(before.status());
            assertThat(f.session.current().figures().get(0).value()).isEqualTo(before.value());

            FailingFileSystem.full.set(false);
            assertThat(f.session.save(before, corrected, "edit")).isTrue();
            assertThat(f.session.current().figures().get(0).value()).isEqualTo("777");
        }
        try (H2ReportStore reopened = H2ReportStore.open(db)) {
            assertThat(reopened.figures(id).get(0).value()).isEqualTo("777");
            assertThat(reopened.history(id)).extracting(e -> e.action()).containsExactly("import", "edit");
        }
    }
}
