package org.ogireview.gui;

import com.opencsv.CSVReader;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.testing.TestFiles;
import org.testfx.util.WaitForAsyncUtils;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File ▸ Export from the window: with two rows selected in the list the dialog offers the selected reports first,
 * and the wide file holds exactly those two, with every column of a whole-database export.
 */
class ExportSelectionFxTest extends DeskFxHarness {

    private Path importedDatabase() throws Exception {
        Path db = dir.resolve("export.mv.db");
        List<Path> files = new ArrayList<>(TestFiles.sampleTexts());
        files.addAll(TestFiles.seeds());
        try (H2ReportStore s = H2ReportStore.open(db)) {
            new CollectionImporter(s).coder("li").run(files);
        }
        return db;
    }

    private static List<String[]> read(Path p) throws Exception {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(r)) {
            List<String[]> rows = reader.readAll();
            rows.get(0)[0] = rows.get(0)[0].replace("\uFEFF", ""); // the byte-order mark the dialog keeps on
            return rows;
        }
    }

    private void exportWide(Path target) throws Exception {
        dialogs.saveAnswers.add(target);
        clickOn("#exportWide");
        clickOn("#exportSave");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !desk.model().busyProperty().get() && Files.exists(target));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
    }

    static void snapshot(javafx.scene.Scene scene, Path png) {
        try {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                    png.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theSelectedReportsAreExportedWithTheColumnsOfTheWholeDatabase() throws Exception {
        openDesk(importedDatabase());
        @SuppressWarnings("unchecked")
        TableView<ReportSummary> table = lookup("#reportTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(7);

        Path all = dir.resolve("all.csv");
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        assertThat(lookup("#exportScopeAll").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(lookup("#exportScopeSelected").queryAs(RadioButton.class).getText()).contains("(1)");
        exportWide(all);

        // the second row, then Ctrl+click the fourth: two selected, the fourth open
        ReportSummary second = table.getItems().get(1);
        ReportSummary fourth = table.getItems().get(3);
        clickOn(lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        press(KeyCode.CONTROL);
        clickOn(lookup(".table-row-cell").nth(3).queryAs(javafx.scene.Node.class));
        release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItems()).containsExactlyInAnyOrder(second, fourth);
        assertThat(desk.model().session().current().id()).isEqualTo(fourth.id());

        Path some = dir.resolve("some.csv");
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        RadioButton selected = lookup("#exportScopeSelected").queryAs(RadioButton.class);
        assertThat(selected.isSelected()).isTrue();
        assertThat(selected.getText()).contains("(2)");
        assertThat(lookup("#exportScopeAll").queryAs(RadioButton.class).getText()).contains("(7)");
        if (System.getenv("EXPORT_SNAPSHOT") != null) { // a look at the dialog: EXPORT_SNAPSHOT=FILE.png
            interact(() -> snapshot(selected.getScene(), Path.of(System.getenv("EXPORT_SNAPSHOT"))));
        }
        exportWide(some);

        List<String[]> whole = read(all);
        List<String[]> part = read(some);
        assertThat(part.get(0)).containsExactly(whole.get(0));
        assertThat(part).hasSize(1 + 2);
        int id = Arrays.asList(part.get(0)).indexOf("report_id");
        assertThat(part.stream().skip(1).map(r -> r[id])).containsExactlyInAnyOrder(Long.toString(second.id()),
                Long.toString(fourth.id()));
        assertThat(whole).hasSize(1 + 7);
    }
}
