package org.ogireview.gui;

import org.junit.jupiter.api.Test;
import org.ogireview.gui.common.Background;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.InMemoryReportStore;
import org.ogireview.gui.testing.SessionFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status line belongs to the report and the action that raised it: switching reports or storing a change
 * clears what an earlier action said ("… still need attention", an error), and an action's own word stays.
 */
class DeskStatusTest {

    @Test
    void aStatusLineGoesStaleWithItsReportAndWithTheNextChange() throws Exception {
        InMemoryReportStore store = new InMemoryReportStore();
        long luzhou = Fixtures.luzhou(store);
        long hongze = Fixtures.hongze(store);
        SessionFixture fx = new SessionFixture(store).withCoder("t");
        try (Background background = new Background()) {
            DeskViewModel desk = new DeskViewModel(fx.session, background, null, null);
            fx.session.open(luzhou);

            desk.statusProperty().set("201 figure(s) still need attention");
            fx.session.open(hongze);
            assertThat(desk.statusProperty().get()).as("after switching reports").isEmpty();

            fx.session.open(luzhou);
            assertThat(desk.assignSelection(0, 0)).isFalse(); // no field selected: an error in the status bar
            assertThat(desk.statusProperty().get()).isNotEmpty();
            FieldViewModel total = desk.form().field("proactive.total").orElseThrow();
            total.textProperty().set("61541");
            assertThat(total.commit()).isTrue();
            assertThat(desk.statusProperty().get()).as("after a successful commit").isEmpty();

            desk.statusProperty().set("Nothing to undo in this report");
            assertThat(fx.session.undo()).isTrue();
            assertThat(desk.statusProperty().get()).as("after an undo that worked").isEmpty();

            // an action that reports on itself sets its line after its change: it stays
            String text = fx.session.current().report().text();
            int at = text.indexOf("61540");
            desk.form().select("proactive.total");
            assertThat(desk.assignSelection(at, at + 5)).isTrue();
            assertThat(desk.statusProperty().get()).contains("61540");
        }
    }
}
