package org.ogireview.gui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.gui.form.FormViewModel;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.SessionFixture;
import org.ogireview.gui.testing.TestStores;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FigureStatus;
import org.ogireview.store.ReportStore;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The session on the real store: undo and redo of stored changes, and a report that cannot be opened. */
class ReviewSessionTest {

    @Test
    void undoAndRedoFollowTheStoredChanges(@TempDir Path dir) throws Exception {
        try (ReportStore store = TestStores.open(dir.resolve("s.mv.db"))) {
            long id = Fixtures.luzhou(store);
            SessionFixture fx = new SessionFixture(store).withCoder("lw");
            FormViewModel form = new FormViewModel(fx.session, FieldCatalog.standard());
            assertThat(fx.session.open(id)).isTrue();
            assertThat(fx.session.undo()).as("nothing changed yet").isFalse();

            FieldViewModel total = form.field("proactive.total").orElseThrow();
            total.textProperty().set("61541");
            total.commit();
            assertThat(fx.session.undo()).isTrue();
            assertThat(total.textProperty().get()).isEqualTo("61540");
            assertThat(total.status()).isEqualTo(FigureStatus.AUTO);
            assertThat(fx.session.selectedKeyProperty().get()).isEqualTo("proactive.total");
            assertThat(fx.session.redo()).isTrue();
            assertThat(total.textProperty().get()).isEqualTo("61541");
            assertThat(total.status()).isEqualTo(FigureStatus.CORRECTED);
            assertThat(store.history(id)).extracting(e -> e.action()).contains("edit", "undo", "redo");
        }
    }

    @Test
    void aReportThatCannotBeReadIsReportedAndTheDeskStaysAsItWas(@TempDir Path dir) throws Exception {
        try (ReportStore store = TestStores.open(dir.resolve("s.mv.db"))) {
            long id = Fixtures.luzhou(store);
            SessionFixture fx = new SessionFixture(store).withCoder("lw");
            fx.session.open(id);
            assertThat(fx.session.open(id + 99)).isFalse();
            assertThat(fx.dialogs.errors).singleElement().asString().startsWith("Cannot open the report");
            assertThat(fx.session.current().id()).isEqualTo(id);
            assertThat(fx.preferences.lastReport()).contains(id);
        }
    }
}
