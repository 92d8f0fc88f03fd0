package org.ogireview.gui;

import javafx.scene.control.TableView;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.ogireview.store.Backups;
import org.ogireview.store.DailyCheck;
import org.ogireview.store.Database;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.DamagedDatabases;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window opens a database at once and checks it in the background: the list shows while the full check still
 * runs; a damaged file then brings up the read-only message and the window saves nothing more; a healthy one gets
 * the day's backup.
 */
class DailyCheckFxTest extends DeskFxHarness {

    private final CountDownLatch checking = new CountDownLatch(1);
    private final CountDownLatch goOn = new CountDownLatch(1);

    /** Opens the desk as the app does, holding the background check once it has taken its copy. */
    private DailyCheck openHeld(Path db) throws Exception {
        H2ReportStore opened = H2ReportStore.open(Database.openDeferringCheck(db));
        DailyCheck check = opened.database().dailyCheck().orElseThrow();
        check.onPhase(phase -> {
            if (phase == DailyCheck.Phase.CHECKING) {
                checking.countDown();
                try {
                    goOn.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        openDeskOn(opened, null);
        return check;
    }

    @Test
    void theListShowsWhileTheCheckRunsAndDamageItFindsBringsTheReadOnlyMessage() throws Exception {
        Path damaged = DamagedDatabases.damagedInAReport(DamagedDatabases.healthy(dir, "good"), dir);
        DailyCheck check = openHeld(damaged);
        assertThat(checking.await(60, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        // the check is still reading its copy through: the list is there and the window can be used
        assertThat(check.outcome()).isNull();
        assertThat(lookup("#reportTable").queryAs(TableView.class).getItems()).hasSize(7);
        assertThat(lookup("#statusBar").queryAs(StatusBar.class).getText()).contains("in the background");
        assertThat(dialogs.errors).isEmpty();
        assertThat(store.readOnlyReason()).isEmpty();

        goOn.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> check.outcome() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(check.outcome().kind()).isEqualTo(DailyCheck.Kind.DAMAGED);
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("The database is damaged: read-only").contains(damaged.toString()).contains("report");
        assertThat(lookup("#statusBar").queryAs(StatusBar.class).getText())
                .isEqualTo("The database is damaged: read-only");
        assertThat(store.readOnlyReason()).isPresent();
        assertThat(Backups.list(damaged)).isEmpty(); // no backup of a damaged file
    }

    @Test
    void aHealthyDatabaseGetsTheDaysBackupOnceTheCheckEnds() throws Exception {
        Path db = DamagedDatabases.healthy(dir, "desk");
        DailyCheck check = openHeld(db);
        assertThat(checking.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(lookup("#reportTable").queryAs(TableView.class).getItems()).hasSize(7);
        assertThat(Backups.list(db)).isEmpty();
        goOn.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> check.outcome() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(check.outcome().kind()).isEqualTo(DailyCheck.Kind.BACKED_UP);
        assertThat(Backups.list(db)).containsExactly(check.outcome().backup());
        assertThat(lookup("#statusBar").queryAs(StatusBar.class).getText()).startsWith("Database checked: healthy")
                .contains(check.outcome().backup().getFileName().toString());
        assertThat(dialogs.errors).isEmpty();
    }
}
