package org.ogireview.gui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.gui.form.FormIds;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.TestStores;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk at 1280×800, a common laptop, at the default split: what a reviewer needs is on screen, whole.
 */
class DeskLayoutFxTest extends DeskFxHarness {

    @BeforeEach
    void laptopWindow() {
        DeskPreferences prefs = new DeskPreferences(prefsNode);
        DeskPreferences.WindowState w = prefs.window();
        prefs.setWindow(new DeskPreferences.WindowState(0, 0, 1280, 800, false, w.leftDivider(), w.rightDivider()));
    }

    @Test
    void threeFindingsAreAllReadableInTheChecksPanelAndItsDividerMoves() throws Exception {
        Path db = dir.resolve("checks.mv.db");
        store = TestStores.open(db);
        long luzhou = Fixtures.luzhou(store);
        new DeskPreferences(prefsNode).setLastReport(luzhou);
        store.close();
        openDesk(db);

        // three contradictions: a share over 100 %, a negative count, more granted than received
        edit("proactive.overview.pct", "150");
        edit("proactive.overview", "-5");
        edit("applications.granted", "30");
        WaitForAsyncUtils.waitForFxEvents();
        TitledPane checks = lookup("#checksPane").queryAs(TitledPane.class);
        assertThat(checks.isExpanded()).isTrue();
        @SuppressWarnings("unchecked")
        ListView<Object> list = lookup("#checksList").queryAs(ListView.class);
        int open = desk.model().session().current().openChecks();
        assertThat(open).isGreaterThanOrEqualTo(3);

        // the panel ends above the form: nothing of it is drawn over the form's first section
        Node form = lookup("#form").query();
        assertThat(sceneBounds(checks).getMaxY()).isLessThanOrEqualTo(sceneBounds(form).getMinY() + 1);

        // every finding can be brought into the list's view, whole and unclipped
        for (int i = 0; i < list.getItems().size(); i++) {
            int index = i;
            interact(() -> list.scrollTo(index));
            WaitForAsyncUtils.waitForFxEvents();
            ListCell<?> cell = lookup("#checksList .list-cell").queryAll().stream()
                    .map(n -> (ListCell<?>) n).filter(c -> c.getIndex() == index && c.isVisible()).findFirst()
                    .orElseThrow();
            Bounds cellBounds = sceneBounds(cell);
            Bounds listBounds = sceneBounds(list);
            assertThat(cellBounds.getHeight()).as("finding %d", index).isGreaterThan(10);
            assertThat(cellBounds.getMinY()).as("finding %d top", index).isGreaterThanOrEqualTo(listBounds.getMinY() - 1);
            assertThat(cellBounds.getMaxY()).as("finding %d bottom", index).isLessThanOrEqualTo(listBounds.getMaxY() + 1);
            // the message is shown whole (wrapped), not cut with an ellipsis
            List<String> shown = cell.lookupAll(".text").stream()
                    .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
                    .toList();
            assertThat(shown).as("finding %d", index).noneMatch(t -> t.endsWith("…") || t.endsWith("..."));
        }

        // the divider between panel and form moves, and the panel follows
        SplitPane split = lookup("#checksSplit").queryAs(SplitPane.class);
        double before = checks.getHeight();
        interact(() -> split.setDividerPositions(0.6));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(checks.getHeight()).isGreaterThan(before + 50);
        assertThat(sceneBounds(checks).getMaxY()).isLessThanOrEqualTo(sceneBounds(form).getMinY() + 1);
    }

    @Test
    void atTheDefaultSplitTheListTheFormAndTheGridAreWhole() throws Exception {
        Path db = dir.resolve("layout.mv.db");
        store = TestStores.open(db);
        Fixtures.luzhou(store);
        long hongze = Fixtures.hongze(store);
        new DeskPreferences(prefsNode).setLastReport(hongze);
        store.close();
        openDesk(db);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.stage().getScene().getWidth()).isEqualTo(1280);

        // every column of the report list within the table, none squeezed below its minimum
        javafx.scene.control.TableView<?> table = lookup("#reportTable").queryAs(javafx.scene.control.TableView.class);
        Bounds tableBounds = sceneBounds(table);
        for (javafx.scene.control.TableColumn<?, ?> c : table.getColumns()) {
            Node header = table.lookup("#" + c.getId());
            assertThat(c.getWidth()).as(c.getId()).isGreaterThanOrEqualTo(c.getMinWidth() - 0.5);
            if (header != null) {
                assertThat(sceneBounds(header).getMaxX()).as(c.getId()).isLessThanOrEqualTo(tableBounds.getMaxX());
            }
        }
        double columns = table.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        assertThat(columns).isLessThanOrEqualTo(table.getWidth());

        // the form needs no sideways scrolling: qualifier, status and confirm of a field are inside it
        javafx.scene.control.ScrollPane form = lookup("#formScroll").queryAs(javafx.scene.control.ScrollPane.class);
        Bounds viewport = sceneBounds(form);
        Node content = form.getContent();
        assertThat(content.getBoundsInLocal().getWidth()).isLessThanOrEqualTo(form.getViewportBounds().getWidth() + 1);
        for (String id : List.of(FormIds.editor("report.year"), FormIds.qualifier("report.year"),
                FormIds.status("report.year"), FormIds.confirm("report.year"))) {
            assertThat(sceneBounds(lookup("#" + id).query()).getMaxX()).as(id).isLessThanOrEqualTo(viewport.getMaxX());
        }
        // the application grid's 总计 column is inside the form
        Node total = lookup("#" + FormIds.editor("applications.received")).query();
        assertThat(sceneBounds(total).getMaxX()).isLessThanOrEqualTo(viewport.getMaxX());
        assertThat(sceneBounds(total).getWidth()).isGreaterThanOrEqualTo(36);

        // a remembered split that would hide the list or the form is not honoured
        SplitPane split = lookup("#deskSplit").queryAs(SplitPane.class);
        interact(() -> split.setDividerPositions(0.02, 0.98));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(split.getItems().get(0).getLayoutBounds().getWidth()).isGreaterThanOrEqualTo(300);
        assertThat(split.getItems().get(2).getLayoutBounds().getWidth())
                .isGreaterThanOrEqualTo(org.ogireview.gui.form.FormWidths.MIN_FORM - 1);
    }

    private void edit(String key, String value) {
        interact(() -> {
            FieldViewModel field = desk.model().form().field(key).orElseThrow();
            field.textProperty().set(value);
            assertThat(field.commit()).as(key).isTrue();
        });
    }

    static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }
}
