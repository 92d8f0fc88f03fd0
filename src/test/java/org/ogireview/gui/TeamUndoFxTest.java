package org.ogireview.gui;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.form.FormIds;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.TestStores;
import org.ogireview.model.Figure;
import org.ogireview.model.Qualifier;
import org.ogireview.store.AuditEntry;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ctrl+Z in the window on a database two coders use (docs/decisions/0330): li's undo after wang changed the figure
 * is refused with a message naming wang and the value there now; the form keeps wang's value; the refusal is in the
 * report's history. Once wang's change is no longer there, li's Ctrl+Z takes back her own change.
 */
class TeamUndoFxTest extends DeskFxHarness {

    private static final String KEY = "applications.received";

    private String shown() {
        return lookup("#" + FormIds.editor(KEY)).queryAs(TextField.class).getText();
    }

    private Figure stored(long id) throws Exception {
        return store.figures(id).stream().filter(f -> f.key().equals(KEY)).findFirst().orElseThrow();
    }

    @Test
    void ctrlZAfterAnotherCoderChangedTheFigureIsRefusedAndSaysWhoAndWhat() throws Exception {
        Path db = dir.resolve("shared.mv.db");
        store = TestStores.open(db);
        long id = Fixtures.luzhou(store);
        new DeskPreferences(prefsNode).setLastReport(id);
        new DeskPreferences(prefsNode).setCoder("li");
        store.close();
        openDesk(db);
        assertThat(shown()).isEqualTo("27");

        interact(() -> desk.formView().reveal(KEY));
        clickOn("#" + FormIds.editor(KEY));
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("28").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(id).value()).isEqualTo("28");

        // wang, at the same database, corrects li's value
        Figure seen = stored(id);
        store.save(id, seen, seen.withValue("29", Qualifier.EXACT), "wang", "edit");

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e)
                .startsWith("Not undone: changed by another coder: Not undone: wang changed " + KEY)
                .contains("put back 27 over wang's value 29"));
        assertThat(stored(id).value()).isEqualTo("29");
        assertThat(shown()).isEqualTo("29"); // the form shows what is there now
        assertThat(desk.model().statusProperty().get()).startsWith("Not undone");
        assertThat(store.history(id)).filteredOn(e -> e.action().equals("undo_conflict"))
                .extracting(AuditEntry::coder, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("li", "29", "27"));

        // wang takes his correction back; then li's Ctrl+Z is hers to make again
        store.undo(id, "wang");
        interact(() -> desk.model().session().reload());
        dialogs.errors.clear();
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        assertThat(stored(id).value()).isEqualTo("27");
        assertThat(shown()).isEqualTo("27");
    }
}
