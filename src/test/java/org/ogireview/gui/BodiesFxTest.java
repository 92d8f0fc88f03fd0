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
}
