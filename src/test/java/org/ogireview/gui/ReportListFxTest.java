package org.ogireview.gui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.ogireview.gui.importing.BundledSamples;
import org.ogireview.gui.importing.CollectionImport;
import org.ogireview.gui.importing.ImportItem;
import org.ogireview.gui.importing.Importer;
import org.ogireview.gui.testing.TestStores;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportSummary;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report list of the real window on a real H2 file: a folder import stopped halfway keeps what it stored, and
 * the filters and the text search narrow the list.
 */
class ReportListFxTest extends DeskFxHarness {

    private static final int FILES = 150;
    /** The import waits after this many files until the test has clicked Stop, so the stop always comes midway. */
    private static final int PAUSE_AFTER = 10;

    private final AtomicInteger pauseAfter = new AtomicInteger(PAUSE_AFTER);
    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch stopClicked = new CountDownLatch(1);

    /** The app's own import, holding still once after {@link #pauseAfter} files (a stand-in for a slow disk). */
    private Importer pausing(ReportStore s) {
        Importer real = new CollectionImport(s, () -> "tester");
        return (items, progress, cancelled) -> real.run(items, (done, total, name) -> {
            progress.done(done, total, name);
            if (done == pauseAfter.get()) {
                paused.countDown();
                try {
                    stopClicked.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, cancelled);
    }

    /** Copies of the bundled samples, each with its own trailing blank lines so that no two have the same bytes. */
    private Path manyReports() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("collection"));
        List<Path> samples = BundledSamples.copyToTemp();
        for (int i = 0; i < FILES; i++) {
            Path sample = samples.get(i % samples.size());
            String text = Files.readString(sample, StandardCharsets.UTF_8) + "\n".repeat(1 + i / samples.size());
            Files.writeString(folder.resolve(String.format("r%03d-%s", i, sample.getFileName())), text,
                    StandardCharsets.UTF_8);
        }
        return folder;
    }

    private void importFolder(Path folder) {
        dialogs.folderAnswers.add(folder);
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        clickOn("#importAddFolder");
        clickOn("#importStart");
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !desk.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status() {
        return lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<ReportSummary> table() {
        return lookup("#reportTable").queryAs(TableView.class);
    }

    @Test
    void aStoppedFolderImportKeepsWhatItStoredAndTheNextImportAddsTheRest() throws Exception {
        Path db = dir.resolve("stop.mv.db");
        Path folder = manyReports();
        openDesk(db, this::pausing);

        importFolder(folder);
        assertThat(paused.await(60, TimeUnit.SECONDS)).isTrue();
        clickOn("#stopTask");
        pauseAfter.set(-1);
        stopClicked.countDown();
        waitUntilIdle();

        int kept = store.count();
        assertThat(kept).isGreaterThanOrEqualTo(PAUSE_AFTER).isLessThan(FILES);
        assertThat(status()).startsWith("Import stopped: " + kept + " added, 0 already present, 0 failed");
        assertThat(table().getItems()).hasSize(kept);
        assertThat(lookup("#listCount").queryAs(Label.class).getText()).isEqualTo(kept + " of " + kept + " reports");
        assertThat(dialogs.errors).isEmpty();

        // closed and opened again, the reports stored before the stop are all there
        closeDesk();
        FxToolkit.cleanupStages();
        openDesk(db, this::pausing);
        assertThat(store.count()).isEqualTo(kept);
        assertThat(table().getItems()).hasSize(kept);

        // the same folder again: the rest is imported, the others are known
        importFolder(folder);
        waitUntilIdle();
        assertThat(status()).startsWith("Import finished: " + (FILES - kept) + " added, " + kept
                + " already present, 0 failed");
        assertThat(store.count()).isEqualTo(FILES);
        assertThat(table().getItems()).hasSize(FILES);
    }

    @Test
    void yearStateAndATextSearchNarrowTheList() throws Exception {
        Path db = dir.resolve("filters.mv.db");
        try (ReportStore s = TestStores.open(db)) {
            new CollectionImport(s, () -> "tester").run(BundledSamples.copyToTemp().stream().map(ImportItem::new)
                    .toList(), (done, total, name) -> { }, () -> false);
        }
        openDesk(db);
        int all = table().getItems().size();
        assertThat(all).isEqualTo(BundledSamples.names().size());

        choose("#filterYear", "2023");
        assertThat(table().getItems()).extracting(ReportSummary::fileName).containsExactly("hongze-2023.txt");
        choose("#filterStatus", "Verified");
        assertThat(table().getItems()).isEmpty();
        assertThat(lookup("#listCount").queryAs(Label.class).getText()).isEqualTo("0 of " + all + " reports");
        choose("#filterStatus", "Not started");
        assertThat(table().getItems()).hasSize(1);
        clickOn("#clearFilters");
        assertThat(table().getItems()).hasSize(all);

        // the Luzhou report writes 瀘州 in Traditional characters; the Simplified phrase finds it and nothing else
        clickOn("#reportSearch").write("泸州").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !desk.model().list().searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).extracting(ReportSummary::region).containsExactly("泸州市");
        assertThat(lookup("#listCount").queryAs(Label.class).getText()).isEqualTo("1 of " + all + " reports");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).hasSize(all);
    }

    /** Opens a filter's drop-down and clicks the entry with this label. */
    private void choose(String box, String label) {
        clickOn(box);
        Node entry = lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(label)).query();
        clickOn(entry);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(box).queryAs(ComboBox.class).getValue()).hasToString(label);
    }
}
