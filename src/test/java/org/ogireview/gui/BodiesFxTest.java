package org.ogireview.gui;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.ogireview.export.StataExport;
import org.ogireview.model.Body;
import org.ogireview.store.AuditEntry;
import org.ogireview.store.BodyRegistry;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.TestFiles;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Edit ▸ Bodies…: the coder renames and confirms a body; File ▸ Export offers the Stata export. */
class BodiesFxTest extends DeskFxHarness {

    private Path importedDatabase() throws Exception {
        Path db = dir.resolve("bodies.mv.db");
        List<Path> files = new ArrayList<>(TestFiles.sampleTexts());
        files.add(TestFiles.seeds().get(0));
        try (H2ReportStore s = H2ReportStore.open(db)) {
            new CollectionImporter(s).coder("li").run(files);
        }
        return db;
    }

    @Test
    void renamingAndConfirmingABodyIsLoggedForEachOfItsReports() throws Exception {
        openDesk(importedDatabase());
        clickOn("#menuEdit");
        clickOn("#menuBodies");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Body> table = lookup("#bodiesTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Body::name).contains("洪泽区人民政府", "泸州市人民政府");
        Body hongze = table.getItems().stream().filter(b -> b.name().equals("洪泽区人民政府")).findFirst()
                .orElseThrow();
        assertThat(hongze.years()).containsExactly(2023, 2024);
        assertThat(hongze.divisionCode()).isEqualTo("320813");
        interact(() -> table.getSelectionModel().select(hongze));

        dialogs.textAnswers.add("淮安市洪泽区人民政府");
        clickOn("#bodiesRename");
        clickOn("#bodiesConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        Body renamed = table.getItems().stream().filter(b -> b.id() == hongze.id()).findFirst().orElseThrow();
        assertThat(renamed.name()).isEqualTo("淮安市洪泽区人民政府");
        assertThat(renamed.confirmed()).isTrue();
        if (System.getenv("BODIES_SNAPSHOT") != null) { // a look at the window: BODIES_SNAPSHOT=FILE.png
            interact(() -> {
                try {
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                            lookup("#bodiesTable").query().getScene().snapshot(null), null), "png",
                            new java.io.File(System.getenv("BODIES_SNAPSHOT")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        BodyRegistry registry = new BodyRegistry(((H2ReportStore) store).database());
        for (long report : registry.reportsOf(hongze.id())) {
            assertThat(store.history(report)).extracting(AuditEntry::action)
                    .contains(BodyRegistry.ACTION_RENAME, BodyRegistry.ACTION_CONFIRM);
            assertThat(store.history(report)).filteredOn(e -> e.action().equals(BodyRegistry.ACTION_RENAME))
                    .allSatisfy(e -> {
                        assertThat(e.oldValue()).contains("洪泽区人民政府");
                        assertThat(e.newValue()).contains("淮安市洪泽区人民政府").contains("320813");
                        assertThat(e.coder()).isEqualTo("tester");
                    });
        }
    }

    @Test
    void theExportDialogWritesTheStataFilesIntoAFolder() throws Exception {
        openDesk(importedDatabase());
        Path folder = Files.createDirectories(dir.resolve("stata"));
        dialogs.folderAnswers.add(folder);
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        clickOn("#exportStata");
        clickOn("#exportSave");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !desk.model().busyProperty().get() && Files.exists(folder.resolve(StataExport.CODEBOOK_MD)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        assertThat(folder.resolve(StataExport.DO)).exists();
        assertThat(Files.readAllLines(folder.resolve(StataExport.CSV))).hasSize(1 + 3);
    }

    @SuppressWarnings("unchecked")
    private TableView<Body> bodiesTable() {
        return lookup("#bodiesTable").queryAs(TableView.class);
    }

    private Body body(String name) {
        return bodiesTable().getItems().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private static void snapshot(String variable, javafx.scene.Scene scene) {
        if (System.getenv(variable) == null) { // a look at the window: VARIABLE=FILE.png
            return;
        }
        try {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null),
                    "png", new java.io.File(System.getenv(variable)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSplitByReportsAMergeFromTheListAndADivisionFromTheTreeAreLoggedAndExported() throws Exception {
        openDesk(importedDatabase());
        clickOn("#menuEdit");
        clickOn("#menuBodies");
        WaitForAsyncUtils.waitForFxEvents();
        Body hongze = body("洪泽区人民政府");
        interact(() -> bodiesTable().getSelectionModel().select(hongze));
        snapshot("BODIES_SNAPSHOT", lookup("#bodiesTable").query().getScene());

        // split: tick the 2024 report, name the new body
        clickOn("#bodiesSplit");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<org.ogireview.gui.bodies.BodiesViewModel.ReportLine> reports =
                lookup("#splitReports").queryAs(javafx.scene.control.ListView.class);
        assertThat(reports.getItems()).extracting(org.ogireview.gui.bodies.BodiesViewModel.ReportLine::year)
                .containsExactly(2023, 2024);
        assertThat(lookup("#splitOk").queryButton().isDisabled()).isTrue();
        clickOn(lookup("#splitReports .check-box").nth(1).queryAs(javafx.scene.Node.class));
        interact(() -> lookup("#splitName").queryAs(javafx.scene.control.TextField.class).setText("洪泽区政府（拆分）"));
        clickOn("#splitOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        Body split = body("洪泽区政府（拆分）");
        assertThat(split.years()).containsExactly(2024);
        assertThat(body("洪泽区人民政府").years()).containsExactly(2023);
        long report2024 = new BodyRegistry(((H2ReportStore) store).database()).reportsOf(split.id()).get(0);

        // merge it back, the target found by typing in the list's search box
        interact(() -> bodiesTable().getSelectionModel().select(split));
        clickOn("#bodiesMerge");
        interact(() -> lookup("#mergeSearch").queryAs(javafx.scene.control.TextField.class).setText("洪泽区人民"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Body> targets = lookup("#mergeTargets")
                .queryAs(javafx.scene.control.ListView.class);
        assertThat(targets.getItems()).extracting(Body::id).containsExactly(hongze.id());
        clickOn(lookup("#mergeTargets .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        clickOn("#mergeOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        assertThat(bodiesTable().getItems()).extracting(Body::name).doesNotContain("洪泽区政府（拆分）");
        assertThat(body("洪泽区人民政府").years()).containsExactly(2023, 2024);

        // division: 泸州市 opens revealed in the tree; open it and take its district 江阳区
        Body luzhou = body("泸州市人民政府");
        assertThat(luzhou.divisionCode()).isEqualTo("510500");
        interact(() -> bodiesTable().getSelectionModel().select(luzhou));
        clickOn("#bodiesDivision");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<org.ogireview.model.Division> tree = lookup("#divisionTree")
                .queryAs(javafx.scene.control.TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().code()).isEqualTo("510500");
        doubleClickOn("泸州市  510500");
        clickOn("江阳区  510502");
        assertThat(lookup("#divisionChosen").queryLabeled().getText()).contains("四川省 泸州市 江阳区")
                .contains("510502");
        snapshot("DIVISION_SNAPSHOT", tree.getScene());
        clickOn("#divisionOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        assertThat(body("泸州市人民政府").divisionCode()).isEqualTo("510502");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        // every change is in the audit log of the reports it touched, and in the history export
        assertThat(store.history(report2024)).extracting(AuditEntry::action)
                .containsSubsequence(BodyRegistry.ACTION_SPLIT, BodyRegistry.ACTION_MERGE);
        Path history = dir.resolve("history.csv");
        new org.ogireview.export.CsvExporter(store).export(org.ogireview.export.ExportLayout.HISTORY, history,
                false);
        List<String> bodyRows = Files.readAllLines(history).stream().filter(l -> l.contains(BodyRegistry.FIELD))
                .toList();
        assertThat(bodyRows).anyMatch(l -> l.contains(BodyRegistry.ACTION_SPLIT) && l.contains("洪泽区政府（拆分）"));
        assertThat(bodyRows).anyMatch(l -> l.contains(BodyRegistry.ACTION_MERGE) && l.contains(",tester,"));
        assertThat(bodyRows).anyMatch(l -> l.contains(BodyRegistry.ACTION_DIVISION) && l.contains("[510500]")
                && l.contains("[510502]"));
    }
}
