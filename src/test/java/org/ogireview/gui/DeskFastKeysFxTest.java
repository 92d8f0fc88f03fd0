package org.ogireview.gui;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.gui.importing.CollectionImport;
import org.ogireview.gui.importing.ImportItem;
import org.ogireview.gui.importing.ImportSummary;
import org.ogireview.model.FigureStatus;
import org.ogireview.store.AuditEntry;
import org.ogireview.store.H2ReportStore;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practised coder's Ctrl+Enter comes faster than the desk's own follow-up work (scrolling the form, moving the
 * focus to the next editor). Each press here is posted to the FX queue right after the one before was handled, so
 * it lands between the desk's deferred steps, as a fast real keyboard does: every press must confirm the figure
 * it was meant for, in form order, none passed over and none twice.
 */
class DeskFastKeysFxTest extends DeskFxHarness {

    private static final String SEED = "003_c1df64b726b009ca.txt";
    private static final int PRESSES = 10;

    @Test
    void tenQuickCtrlEntersConfirmTenFiguresInOrder() throws Exception {
        Path db = dir.resolve("fast.mv.db");
        long id = importSeed(db);
        openDesk(db, s -> new CollectionImport(s, () -> "test"));
        press(KeyCode.F8).release(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        // the figures the presses are meant for: the selected one and those after it that need attention
        List<String> expected = new ArrayList<>();
        interact(() -> {
            List<FieldViewModel> order = desk.model().form().formOrder();
            int from = order.indexOf(desk.model().form().selectedProperty().get());
            for (int i = from; i < order.size() && expected.size() < PRESSES; i++) {
                if (desk.review().needsAttention(order.get(i))) {
                    expected.add(order.get(i).key());
                }
            }
        });
        assertThat(expected).hasSize(PRESSES);
        int before = store.history(id).size();

        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> fire(PRESSES, done));
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        List<AuditEntry> history = store.history(id);
        List<String> confirmed = history.subList(before, history.size()).stream()
                .filter(e -> e.action().equals("confirm")).map(AuditEntry::fieldKey).toList();
        assertThat(confirmed).containsExactlyElementsOf(expected);
        for (String key : expected) {
            assertThat(store.figures(id)).filteredOn(f -> f.key().equals(key)).singleElement()
                    .satisfies(f -> assertThat(f.status()).as(key).isEqualTo(FigureStatus.CONFIRMED));
        }
    }

    /** One Ctrl+Enter to the focused node (through the scene, where menu accelerators live), then the next. */
    private void fire(int left, CountDownLatch done) {
        if (left == 0) {
            done.countDown();
            return;
        }
        EventTarget target = desk.stage().getScene().getFocusOwner() != null
                ? desk.stage().getScene().getFocusOwner() : desk.stage().getScene();
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, true, false,
                false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ENTER, false, true, false,
                false));
        Platform.runLater(() -> fire(left - 1, done));
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
}
