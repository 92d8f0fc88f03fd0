package org.ogireview.gui;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.gui.importing.ImportItem;
import org.ogireview.gui.importing.ImportSummary;
import org.ogireview.gui.importing.CollectionImport;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.ReviewState;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seed report reviewed with the keyboard alone, on a real H2 database filled by the real importer: F8 to the first
 * figure needing attention, Ctrl+Enter through the figures, Ctrl+Shift+P for a contradiction the report itself
 * prints. Prints how many key presses it took. Also: Ctrl+Z takes a confirmation back, and that lasts.
 */
class DeskKeyboardReviewFxTest extends DeskFxHarness {

    private static final String SEED = "003_c1df64b726b009ca.txt";

    private int keyPresses;

    @Test
    void aSeedIsReviewedToVerifiedWithTheKeyboardAlone() throws Exception {
        Path db = dir.resolve("keys.mv.db");
        long id = importSeed(db);
        openDesk(db, s -> new CollectionImport(s, () -> "test"));
        assertThat(desk.model().session().current().id()).isEqualTo(id);
        int figures = desk.model().session().current().figures().size();
        assertThat(figures).isGreaterThan(5);
        assertThat(summary(id).state()).isEqualTo(ReviewState.NEW);

        key(KeyCode.F8);
        assertThat(desk.model().form().selectedProperty().get()).isNotNull();
        int guard = 0;
        while (desk.review().remaining() > 0 && guard++ < 4 * figures) {
            if (desk.review().openFindingOfSelected().isPresent()) {
                // the contradiction is the report's own: marked "as published", the note typed in the dialog
                dialogs.textAnswers.add("as printed in the report");
                key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
                key(KeyCode.F8);
            } else {
                key(KeyCode.CONTROL, KeyCode.ENTER);
            }
        }
        assertThat(desk.review().remaining()).isZero();
        assertThat(dialogs.errors).isEmpty();
        assertThat(store.figures(id)).allSatisfy(f -> assertThat(f.status().reviewed()).as(f.key()).isTrue());
        assertThat(summary(id).state()).isEqualTo(ReviewState.VERIFIED);
        assertThat(desk.model().list().find(id).orElseThrow().state()).isEqualTo(ReviewState.VERIFIED);
        System.out.printf(Locale.ROOT, "keyboard review: %d key presses for %d figures (%.2f per figure)%n",
                keyPresses, figures, (double) keyPresses / figures);

        // the report list shows the state in words
        assertThat(lookup("#reportTable .table-row-cell.state-verified").tryQuery()).isPresent();
        assertThat(lookup("Verified").tryQuery()).isPresent();

        // F1 lists every shortcut, Ctrl+Shift+H shows what was done, each closed with Esc
        key(KeyCode.F1);
        javafx.scene.control.TableView<?> shortcuts = lookup("#shortcutsTable").queryAs(
                javafx.scene.control.TableView.class);
        assertThat(shortcuts.getItems()).extracting(Object::toString)
                .anyMatch(l -> l.contains("Confirm and go to next"))
                .anyMatch(l -> l.contains("Next figure needing attention") && l.contains("F8"))
                .anyMatch(l -> l.contains("Next report"))
                .anyMatch(l -> l.contains("Keyboard shortcuts"));
        key(KeyCode.ESCAPE);
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        javafx.scene.control.TableView<?> history = lookup("#historyTable").queryAs(
                javafx.scene.control.TableView.class);
        assertThat(history.getItems()).hasSize(store.history(id).size());
        assertThat(store.history(id)).filteredOn(e -> e.action().equals("confirm")).hasSizeGreaterThan(5);
        key(KeyCode.ESCAPE);
        assertThat(lookup("#historyTable").tryQuery()).isEmpty();
    }

    @Test
    void aContradictionTheCoderTypesIsMarkedInTheFormAndSettledByKey() throws Exception {
        Path db = dir.resolve("contradiction.mv.db");
        long id = importSeed(db);
        openDesk(db, s -> new CollectionImport(s, () -> "test"));
        key(KeyCode.F8);
        int guard = 0;
        while (!"staff.full_time".equals(desk.model().session().selectedKeyProperty().get()) && guard++ < 40) {
            key(KeyCode.CONTROL, KeyCode.ENTER);
        }
        assertThat(desk.model().session().selectedKeyProperty().get()).isEqualTo("staff.full_time");
        // the coder reads 11 full-time staff where the report's parts no longer add up to its 49
        key(KeyCode.CONTROL, KeyCode.A);
        write("11");
        key(KeyCode.ENTER);
        assertThat(stored(id, "staff.full_time").value()).isEqualTo("11");
        javafx.scene.control.TextField editor = lookup("#" + org.ogireview.gui.form.FormIds.editor("staff.total"))
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(editor.getStyleClass()).contains("check-failed");
        assertThat(editor.getTooltip().getText()).contains("Failed check");
        assertThat(desk.review().openFindingOfSelected()).isPresent();
        assertThat(summary(id).openChecks()).isPositive();

        dialogs.textAnswers.add("page 2 prints 11 + 39 = 49");
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        assertThat(desk.review().openFindingOfSelected()).isEmpty();
        assertThat(editor.getStyleClass()).doesNotContain("check-failed");
        assertThat(store.checkMarks(id)).singleElement()
                .satisfies(m -> assertThat(m.note()).isEqualTo("page 2 prints 11 + 39 = 49"));
        assertThat(summary(id).openChecks()).isZero();
        while (desk.review().remaining() > 0 && guard++ < 80) {
            key(KeyCode.CONTROL, KeyCode.ENTER);
        }
        assertThat(summary(id).state()).isEqualTo(ReviewState.VERIFIED);
    }

    @Test
    void undoAfterAConfirmationBringsBackAutoAndThatSurvivesReopening() throws Exception {
        Path db = dir.resolve("undo.mv.db");
        long id = importSeed(db);
        openDesk(db, s -> new CollectionImport(s, () -> "test"));
        key(KeyCode.F8);
        FieldViewModel first = desk.model().form().selectedProperty().get();
        assertThat(first.status()).isEqualTo(FigureStatus.AUTO);
        key(KeyCode.CONTROL, KeyCode.ENTER);
        assertThat(stored(id, first.key()).status()).isEqualTo(FigureStatus.CONFIRMED);
        assertThat(desk.model().form().selectedProperty().get()).isNotSameAs(first);

        key(KeyCode.CONTROL, KeyCode.Z);
        assertThat(stored(id, first.key()).status()).isEqualTo(FigureStatus.AUTO);
        assertThat(desk.model().session().selectedKeyProperty().get()).isEqualTo(first.key());
        assertThat(summary(id).state()).isEqualTo(ReviewState.NEW);

        closeDesk();
        FxToolkit.cleanupStages();
        openDesk(db, s -> new CollectionImport(s, () -> "test"));
        assertThat(stored(id, first.key()).status()).isEqualTo(FigureStatus.AUTO);
        assertThat(desk.model().form().field(first.key()).orElseThrow().status()).isEqualTo(FigureStatus.AUTO);
        assertThat(store.history(id)).extracting(e -> e.action()).contains("confirm", "undo");
    }

    /** One chord pressed and released, counted as one key press, then the desk settles. */
    private void key(KeyCode... chord) {
        press(chord);
        KeyCode[] reversed = new KeyCode[chord.length];
        for (int i = 0; i < chord.length; i++) {
            reversed[i] = chord[chord.length - 1 - i];
        }
        release(reversed);
        keyPresses++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long importSeed(Path db) throws Exception {
        Path file = dir.resolve(SEED);
        try (InputStream in = getClass().getResourceAsStream("/org/ogireview/samples/" + SEED)) {
            Files.copy(in, file);
        }
        try (H2ReportStore h2 = H2ReportStore.open(db)) {
            ImportSummary summary = new CollectionImport(h2, () -> "test").run(List.of(new ImportItem(file)),
                    (done, total, name) -> { }, () -> false);
            assertThat(summary.failed()).isEmpty();
            new DeskPreferences(prefsNode).setLastReport(summary.lastAdded());
            return summary.lastAdded();
        }
    }

    private Figure stored(long id, String key) throws Exception {
        return store.figures(id).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    private ReportSummary summary(long id) throws Exception {
        return store.list().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
