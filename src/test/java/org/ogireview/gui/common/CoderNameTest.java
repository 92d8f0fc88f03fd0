package org.ogireview.gui.common;

import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.check.Checker;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.gui.form.FormViewModel;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.MemoryPreferences;
import org.ogireview.gui.testing.TestStores;
import org.ogireview.model.FieldCatalog;
import org.ogireview.store.AuditEntry;
import org.ogireview.store.ReportStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coder's name is asked once. While the question is open the editor that was typed in loses the focus and
 * stores its value again (as the real window does when a dialog opens): that must not ask a second time, and the
 * history must hold one name.
 */
class CoderNameTest {

    @Test
    void theFirstEditAsksForTheNameOnceEvenWhenTheDialogTakesTheFocus(@TempDir Path dir) throws Exception {
        try (ReportStore store = TestStores.open(dir.resolve("c.mv.db"))) {
            long id = Fixtures.luzhou(store);
            FocusStealingDialogs dialogs = new FocusStealingDialogs();
            DeskPreferences prefs = new DeskPreferences(new MemoryPreferences());
            ReviewSession session = new ReviewSession(store, new Checker(), dialogs, prefs,
                    Messages.forLocale(Locale.ENGLISH));
            FormViewModel form = new FormViewModel(session, FieldCatalog.standard());
            session.open(id);
            FieldViewModel total = form.field("proactive.total").orElseThrow();
            dialogs.whileAsking = total::commit; // the focus leaves the editor for the dialog
            total.textProperty().set("61541");

            assertThat(total.commit()).isTrue();

            assertThat(dialogs.asked).containsExactly("Ann");
            assertThat(prefs.coder()).contains("Ann");
            assertThat(store.history(id)).filteredOn(e -> !e.action().equals("import")).extracting(AuditEntry::coder)
                    .containsOnly("Ann");
            assertThat(store.history(id)).filteredOn(e -> e.action().equals("edit")).hasSize(1);
            assertThat(total.errorProperty().get()).isNull();
            assertThat(total.pending()).isFalse();

            // remembered: the next edit asks nothing
            total.textProperty().set("61542");
            assertThat(total.commit()).isTrue();
            assertThat(dialogs.asked).hasSize(1);
        }
    }

    /** Answers the name question with a new name each time, running {@link #whileAsking} while "open". */
    private static final class FocusStealingDialogs implements DialogService {
        final List<String> asked = new ArrayList<>();
        Runnable whileAsking = () -> { };
        private final List<String> names = new ArrayList<>(List.of("Ann", "osuser"));

        @Override
        public Optional<String> askText(String title, String prompt, String initial) {
            String answer = names.remove(0);
            asked.add(answer);
            whileAsking.run();
            return Optional.of(answer);
        }

        @Override
        public void showError(String title, String message) {
        }

        @Override
        public void showInfo(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }

        @Override
        public <T> Optional<T> choose(String title, String header, String prompt, List<T> choices,
                                      java.util.function.Function<T, String> label) {
            return Optional.empty();
        }

        @Override
        public List<Path> chooseFiles(String title, Path initialFolder, List<FileChooser.ExtensionFilter> filters) {
            return List.of();
        }

        @Override
        public Optional<Path> chooseFolder(String title, Path initialFolder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, Path initialFolder, String initialName,
                                             List<FileChooser.ExtensionFilter> filters) {
            return Optional.empty();
        }
    }
}
