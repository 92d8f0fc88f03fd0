package org.ogireview.gui;

import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.form.FormIds;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.TestStores;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The desk window driven like a coder would, headless (Monocle): import a seed through File ▸ Import, select a figure
 * and see its source marked in the text, edit it, close and reopen the database, and find the edit kept.
 * Runs on a temp-file database and a throwaway preferences node.
 */
class DeskFxTest extends DeskFxHarness {

    @Test
    void importSelectEditAndFindTheEditAfterReopening() throws Exception {
        Path db = dir.resolve("review.mv.db");
        openDesk(db);
        assertThat(lookup("#dbPath").queryAs(Label.class).getText()).contains(db.getFileName().toString());
        assertThat(desk.model().list().reports()).isEmpty();

        // File ▸ Import…: the file list dialog, one seed added through the (answered) file chooser
        dialogs.fileAnswers.add(List.of(Fixtures.file(Fixtures.LUZHOU)));
        press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        clickOn("#importAddFiles");
        clickOn("#importStart");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !desk.model().busyProperty().get() && desk.model().session().current() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.model().list().reports()).hasSize(1);
        assertThat(dialogs.errors).isEmpty();

        // selecting a figure in the form marks its source in the text and moves the caret there
        Figure received = figure("applications.received");
        assertThat(received.value()).isEqualTo("27");
        interact(() -> desk.formView().reveal("applications.received"));
        clickOn("#" + FormIds.editor("applications.received"));
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = desk.textArea();
        assertThat(area.getStyleOfChar(received.start())).contains("figure", "figure-selected");
        assertThat(area.getCaretPosition()).isEqualTo(received.start());
        assertThat(area.getText(received.start(), received.end())).contains("27");

        // edit: the value is stored as the coder types Enter, status corrected
        TextField editor = lookup("#" + FormIds.editor("applications.received")).queryAs(TextField.class);
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("28").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getText()).isEqualTo("28");
        assertThat(figure("applications.received").status()).isEqualTo(FigureStatus.CORRECTED);
        assertThat(lookup("#" + FormIds.status("applications.received")).queryAs(Label.class).getText())
                .isEqualTo("corrected");

        // close the window and the database, open both again: the report, the edit and the layout are back
        SplitPane split = lookup("#deskSplit").queryAs(SplitPane.class);
        // (a split the panes' minimum widths allow: the list keeps every column, the form a whole field line)
        interact(() -> split.setDividerPositions(0.3, 0.6));
        closeDesk();
        DeskPreferences.WindowState window = new DeskPreferences(prefsNode).window();
        assertThat(window.leftDivider()).isCloseTo(0.3, within(0.01));
        assertThat(window.rightDivider()).isCloseTo(0.6, within(0.01));
        FxToolkit.cleanupStages();
        openDesk(db);
        assertThat(desk.model().session().current()).isNotNull();
        assertThat(desk.model().session().current().report().fileName()).isEqualTo(Fixtures.LUZHOU);
        assertThat(lookup("#deskSplit").queryAs(SplitPane.class).getDividerPositions()[0]).isCloseTo(0.3,
                within(0.01));
        assertThat(lookup("#" + FormIds.editor("applications.received")).queryAs(TextField.class).getText())
                .isEqualTo("28");
        assertThat(lookup("#" + FormIds.status("applications.received")).queryAs(Label.class).getText())
                .isEqualTo("corrected");
        assertThat(store.history(desk.model().session().current().id()))
                .anySatisfy(e -> {
                    assertThat(e.fieldKey()).isEqualTo("applications.received");
                    assertThat(e.newValue()).isEqualTo("28");
                    assertThat(e.coder()).isEqualTo("tester");
                });
    }

    @Test
    void clickingAMarkedNumberSelectsItsFieldAndASelectionCanBeAssigned() throws Exception {
        Path db = dir.resolve("click.mv.db");
        store = TestStores.open(db);
        long id = Fixtures.luzhou(store);
        new DeskPreferences(prefsNode).setLastReport(id);
        store.close();
        openDesk(db);
        StyleClassedTextArea area = desk.textArea();
        Figure overview = figure("proactive.overview");
        interact(() -> {
            area.moveTo(overview.start());
            area.showParagraphAtCenter(area.getCurrentParagraph());
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds box = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(
                overview.start(), overview.start() + 2).orElseThrow()).get();
        clickOn(new javafx.geometry.Point2D(box.getCenterX(), box.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.model().session().selectedKeyProperty().get()).isEqualTo("proactive.overview");
        assertThat(area.getStyleOfChar(overview.start())).contains("figure-selected");
        assertThat(lookup("#" + FormIds.editor("proactive.overview")).queryAs(TextField.class).isFocused()).isTrue();
        // the focused field is confirmed from the keyboard
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(figure("proactive.overview").status()).isEqualTo(FigureStatus.CONFIRMED);

        // a field the extractor missed: select it, select its number in the text, Ctrl+Shift+A
        interact(() -> desk.formView().reveal("proactive.plans"));
        clickOn("#" + FormIds.editor("proactive.plans"));
        String text = area.getText();
        int plans = text.indexOf("計畫總結類2128條") + "計畫總結類".length();
        interact(() -> area.selectRange(plans, plans + 5));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Figure assigned = figure("proactive.plans");
        assertThat(assigned.value()).isEqualTo("2128");
        assertThat(assigned.start()).isEqualTo(plans);
        assertThat(text.substring(assigned.start(), assigned.end())).isEqualTo("2128條");
        assertThat(store.figures(id)).filteredOn(f -> f.key().equals("proactive.plans")).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(FigureStatus.CORRECTED));
        assertThat(area.getStyleOfChar(plans)).contains("figure");
        assertThat(lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .contains("2128");
    }

    @Test
    void theLanguageCanBeSwitchedFromTheMenu() throws Exception {
        Path db = dir.resolve("lang.mv.db");
        store = TestStores.open(db);
        Fixtures.hongze(store);
        store.close();
        openDesk(db);
        assertThat(lookup("#addField").queryAs(javafx.scene.control.Button.class).getText()).startsWith("Add");
        clickOn("View").clickOn("Language").clickOn("中文");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#addField").queryAs(javafx.scene.control.Button.class).getText()).startsWith("添加");
        assertThat(new DeskPreferences(prefsNode).locale().getLanguage()).isEqualTo("zh");
        assertThat(desk.model().session().current().report().fileName()).isEqualTo(Fixtures.HONGZE_2023);
        assertThat(lookup("#applicationGrid").tryQuery()).isPresent();
    }

    @Test
    void exportsLongAndWideCsvThatReadBackWithChineseIntact() throws Exception {
        Path db = dir.resolve("export.mv.db");
        store = TestStores.open(db);
        long luzhou = Fixtures.luzhou(store);
        Fixtures.hongze(store);
        new DeskPreferences(prefsNode).setLastReport(luzhou);
        store.close();
        openDesk(db);

        // an edit first, so the export has a corrected figure
        interact(() -> desk.formView().reveal("report.region"));
        clickOn("#" + FormIds.editor("report.region"));
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("泸州市人民政府").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Path longCsv = dir.resolve("long.csv");
        export("#exportLong", longCsv);
        byte[] bytes = java.nio.file.Files.readAllBytes(longCsv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = java.nio.file.Files.readAllLines(longCsv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lines.get(0).substring(1)).startsWith("report_id,file,region,year,format,field");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("proactive.total").contains("61540")
                .contains("主動公開政府信息"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("report.region").contains("泸州市人民政府")
                .contains("corrected").contains("tester"));

        Path wideCsv = dir.resolve("wide.csv");
        export("#exportWide", wideCsv);
        List<String> wide = java.nio.file.Files.readAllLines(wideCsv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(wide.get(0)).startsWith("\uFEFFreport_id,body_id,body_name,body_kind");
        assertThat(wide.get(0)).contains("proactive_overview_pct", "applications_received_natural_person");
        assertThat(wide).hasSize(3);
        assertThat(wide.get(1)).contains(Fixtures.LUZHOU).contains("泸州市人民政府").contains("61540");
        assertThat(wide.get(2)).contains(Fixtures.HONGZE_2023).contains("洪泽区");
        assertThat(lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .contains(wideCsv.toString());
        assertThat(dialogs.errors).isEmpty();
    }

    /** File ▸ Export CSV…: the layout, the (answered) save chooser, then the file written in the background. */
    private void export(String layoutButton, Path target) throws Exception {
        dialogs.saveAnswers.add(target);
        press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        clickOn(layoutButton);
        assertThat(lookup("#exportBom").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        clickOn("#exportSave");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !desk.model().busyProperty().get() && java.nio.file.Files.exists(target));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFirstStartOnAnEmptyDatabaseLoadsTheBundledSamples() throws Exception {
        Path db = dir.resolve("first.mv.db");
        store = TestStores.open(db);
        desk = new Desk(new DeskSetup(store, new DeskPreferences(prefsNode), true, (w, m) -> dialogs, null, null));
        CountDownLatch ready = new CountDownLatch(1);
        FxToolkit.setupStage(stage -> desk.show(stage, ready::countDown));
        assertThat(ready.await(120, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.count()).isEqualTo(7);
        assertThat(desk.model().list().reports()).extracting(r -> r.fileName())
                .contains("luzhou-2012.txt", "hongze-2024.txt");
        assertThat(desk.model().session().current()).isNotNull();
        assertThat(dialogs.errors).isEmpty();
    }

    private Figure figure(String key) {
        return desk.model().session().current().figure(key).orElseThrow(() -> new AssertionError("no figure " + key));
    }

}
