package org.ogireview.gui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.ogireview.model.Finding;
import org.ogireview.gui.collection.findings.FindingItem;
import org.ogireview.gui.collection.findings.FindingsFilter;
import org.ogireview.gui.collection.findings.FindingsViewModel;
import org.ogireview.model.CheckMark;
import org.ogireview.store.H2ReportStore;
import org.ogireview.importing.UnusualValuePass;
import org.ogireview.testing.CountyCollection;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View ▸ Findings across reports on eleven county reports of 2023 (洪泽区's sample and ten copies, one with a
 * misread applications count): filter the list, open a report from it at its figures, mark one as published.
 */
class FindingsFxTest extends DeskFxHarness {

    private long jinhu;

    private Path countyDatabase() throws Exception {
        Path db = dir.resolve("counties.mv.db");
        try (H2ReportStore s = H2ReportStore.open(db)) {
            CountyCollection.importInto(s, Files.createDirectories(dir.resolve("in")));
            jinhu = CountyCollection.reportOf(s, "金湖县");
            CountyCollection.setReceived(s, jinhu, 4700);
            assertThat(UnusualValuePass.run(s).flagged()).isEqualTo(1);
        }
        return db;
    }

    @SuppressWarnings("unchecked")
    private TableView<FindingItem> table() {
        return lookup("#findingsTable").queryAs(TableView.class);
    }

    private FindingsViewModel model() {
        return ((org.ogireview.gui.collection.findings.FindingsWindow) Window.getWindows().stream()
                .filter(w -> w instanceof org.ogireview.gui.collection.findings.FindingsWindow).findFirst()
                .orElseThrow()).model();
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void filterOpenAtTheFiguresAndMarkAsPublishedFromTheList() throws Exception {
        openDesk(countyDatabase());
        clickOn("#menuView");
        clickOn("#menuFindings");
        waitIdle();

        // every county's report states 10 + 1 reconsideration cases against a total of 0, and 5 suits against 0; the
        // report the desk opened first has its checks rerun on its edited figures, which adds the table's own
        long open = org.ogireview.store.CollectionFindings.read(store).stream().filter(r -> r.open()).count();
        assertThat(open).isGreaterThanOrEqualTo(11 * 2 + 1);
        assertThat(table().getItems()).hasSize((int) open);
        assertThat(table().getItems()).filteredOn(i -> i.row().finding().rule().equals("parts.review")).hasSize(11);
        assertThat(lookup("#findingsStatus").queryLabeled().getText()).startsWith(open + " shown");

        clickOn("#findingsText").write("金湖");
        waitIdle();
        assertThat(table().getItems()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(i -> assertThat(i.row().bodyName()).contains("金湖县"))
                .anySatisfy(i -> assertThat(i.unusual()).isTrue());

        @SuppressWarnings("unchecked")
        ComboBox<FindingsViewModel.Choice<String>> rule = lookup("#findingsRule").queryAs(ComboBox.class);
        FindingsViewModel.Choice<String> unusual = rule.getItems().stream()
                .filter(c -> FindingsFilter.UNUSUAL.equals(c.value())).findFirst().orElseThrow();
        assertThat(unusual.label()).isEqualTo("Unusual values, all kinds (1)");
        clickOn(rule);
        clickOn(unusual.label());
        waitIdle();
        assertThat(table().getItems()).singleElement().satisfies(i -> {
            assertThat(i.row().finding().rule()).isEqualTo("unusual.peers@applications.received");
            assertThat(i.row().reportId()).isEqualTo(jinhu);
        });
        snapshot("FINDINGS_SNAPSHOT");

        // "Open in the desk" (or a double click, or Enter) opens the report, its figure selected and marked
        interact(() -> table().getSelectionModel().select(0));
        clickOn("#findingsOpen");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.model().session().current().id()).isEqualTo(jinhu);
        assertThat(desk.model().session().selectedKeyProperty().get()).isEqualTo("applications.received");
        assertThat(desk.model().session().checkFieldsProperty().get()).containsExactly("applications.received");
        // the desk reran the report's own checks on opening; the collection's finding is kept with them
        assertThat(desk.model().session().current().findings()).extracting(Finding::rule)
                .contains("unusual.peers@applications.received", "parts.review");

        // marked as published (explained) with a note, from the list
        dialogs.textAnswers.add("原文确为 4700 件：含信访转入");
        clickOn("#findingsMark");
        waitIdle();
        assertThat(dialogs.errors).isEmpty();
        assertThat(store.checkMarks(jinhu)).filteredOn(CheckMark::asPublished).singleElement().satisfies(mk -> {
            assertThat(mk.rule()).isEqualTo("unusual.peers@applications.received");
            assertThat(mk.note()).isEqualTo("原文确为 4700 件：含信访转入");
            assertThat(mk.coder()).isEqualTo("tester");
        });
        assertThat(table().getItems()).isEmpty(); // no longer open
        clickOn("#findingsSettled");
        waitIdle();
        assertThat(table().getItems()).singleElement()
                .satisfies(i -> assertThat(i.row().open()).isFalse());
        // the desk follows: the report's open checks no longer count the explained value
        assertThat(desk.model().session().current().openChecks()).isEqualTo(
                (int) desk.model().session().current().findings().stream().filter(Finding::isProblem).count() - 1);
    }

    private void snapshot(String variable) {
        if (System.getenv(variable) == null) { // a look at the window: FINDINGS_SNAPSHOT=FILE.png
            return;
        }
        interact(() -> {
            Stage w = (Stage) lookup("#findingsTable").query().getScene().getWindow();
            w.setWidth(1280);
            w.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                        lookup("#findingsTable").query().getScene().snapshot(null), null), "png",
                        new java.io.File(System.getenv(variable)));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void theListFollowsALanguageSwitchWhileItIsOpen() throws Exception {
        openDesk(countyDatabase());
        clickOn("#menuView");
        clickOn("#menuFindings");
        waitIdle();
        Stage before = (Stage) lookup("#findingsTable").query().getScene().getWindow();
        assertThat(before.getTitle()).startsWith("Findings across reports");

        interact(() -> desk.switchLanguage(java.util.Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        waitIdle();
        java.util.List<Window> open = Window.getWindows().stream()
                .filter(w -> w instanceof org.ogireview.gui.collection.findings.FindingsWindow && w.isShowing())
                .toList();
        assertThat(open).hasSize(1);
        assertThat(((Stage) open.get(0)).getTitle()).startsWith("跨报告问题列表");
        assertThat(table().getItems()).isNotEmpty();
    }
}
