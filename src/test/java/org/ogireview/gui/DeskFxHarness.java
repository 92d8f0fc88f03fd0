package org.ogireview.gui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.importing.Importer;
import org.ogireview.gui.testing.MemoryPreferences;
import org.ogireview.gui.testing.RecordingDialogs;
import org.ogireview.gui.testing.TestStores;
import org.ogireview.store.ReportStore;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every test of the real desk window shares: a temp folder, a throwaway preferences node (coder "tester",
 * English), recorded dialogs, and opening / closing the desk on a real H2 file database. The window is shown on
 * TestFX's primary stage (headless Monocle in CI).
 */
abstract class DeskFxHarness extends FxRobot {

    @TempDir
    Path dir;

    final MemoryPreferences prefsNode = new MemoryPreferences();
    final RecordingDialogs dialogs = new RecordingDialogs();
    ReportStore store;
    Desk desk;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void coderAndLanguage() {
        // TestFX keeps uncaught exceptions of any thread and throws them into the next test that waits: an H2
        // background thread of an earlier test's deliberately failing disk (ReviewSessionDiskFullTest) must not fail
        // this one. What goes wrong during this test is still thrown.
        org.testfx.util.WaitForAsyncUtils.clearExceptions();
        DeskPreferences prefs = new DeskPreferences(prefsNode);
        prefs.setCoder("tester");
        prefs.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void closeEverything() throws Exception {
        closeDesk();
        FxToolkit.cleanupStages();
    }

    /** Opens the database and the desk on it, with the importer the app wires itself. */
    void openDesk(Path db) throws Exception {
        openDesk(db, null);
    }

    /**
     * Opens the database and the desk on it, with an importer made for that store (null: the app's own); waits until the remembered report (if any) is open. */
    void openDesk(Path db, Function<ReportStore, Importer> importer) throws Exception {
        openDeskOn(TestStores.open(db), importer);
    }

    /** Opens the desk on a store already open (a team database, for instance). */
    void openDeskOn(ReportStore opened, Function<ReportStore, Importer> importer) throws Exception {
        store = opened;
        DeskSetup setup = new DeskSetup(store, new DeskPreferences(prefsNode), false, (w, m) -> dialogs,
                importer == null ? null : importer.apply(store), null);
        desk = new Desk(setup);
        CountDownLatch ready = new CountDownLatch(1);
        FxToolkit.setupStage(stage -> desk.show(stage, ready::countDown));
        assertThat(ready.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the window (storing pending edits) and then the database. */
    void closeDesk() {
        if (desk != null) {
            interact(desk::close);
            desk = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
