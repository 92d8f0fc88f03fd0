package org.ogireview.gui;

import org.ogireview.importing.NewReports;
import com.opencsv.CSVReader;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.ogireview.export.CsvExporter;
import org.ogireview.export.ExportLayout;
import org.ogireview.extract.Extractor;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.form.FormIds;
import org.ogireview.gui.testing.TestStores;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.store.ReportStore;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coder adds a report-specific figure from a selection (Edit ▸ Add report-specific figure, Ctrl+Shift+L), finds it
 * on the form after the database is reopened, and the long export lists it. The report is real and complete:
 * 32_leshan_legal_office_2010_trad.txt, a Traditional-character wiki copy of 乐山市法制办's 2010 report
 * (https://newton.com.tw/wiki/2010%E5%B9%B4%E5%BA%A6%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B9%B4%E5%BA%A6%E5%A0%B1%E5%91%8A).
 * Its category list ends in 法制新聞12條, which the extractor keeps as the report's own category; what follows,
 * 其中主站採用15條, is a part of the list that the extractor rightly leaves alone and the coder adds by hand.
 */
class OwnFigureFxTest extends DeskFxHarness {

    private static final String ADDED_KEY = "own.主站采用";
    private static final String EXTRACTED_KEY = "own.cat.法制新闻";

    @Test
    void addFromSelectionReopenAndExport() throws Exception {
        Path db = dir.resolve("own.mv.db");
        store = TestStores.open(db);
        Path source = Path.of(getClass().getResource("/reports/real/32_leshan_legal_office_2010_trad.txt").toURI());
        IngestedDocument doc = new ReportIngester().ingest(source);
        long id = store.add(NewReports.of(doc, new Extractor().extract(doc), source.toString(), null)).reportId();
        new DeskPreferences(prefsNode).setLastReport(id);
        store.close();
        openDesk(db);

        // the extracted report-specific figure is on the form, under the report's own label, in its section
        interact(() -> desk.formView().reveal(EXTRACTED_KEY));
        assertThat(lookup("#" + FormIds.editor(EXTRACTED_KEY)).queryAs(TextField.class).getText()).isEqualTo("12");
        assertThat(desk.model().form().field(EXTRACTED_KEY).orElseThrow().def().labelZh()).isEqualTo("法制新聞");
        assertThat(desk.model().form().sections()).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo("proactive");
            assertThat(s.fields()).anyMatch(f -> f.key().equals(EXTRACTED_KEY));
        });

        // select 主站採用15條 in the report and add it
        StyleClassedTextArea area = desk.textArea();
        int at = area.getText().indexOf("主站採用15條");
        assertThat(at).isPositive();
        interact(() -> {
            area.requestFocus();
            area.selectRange(at, at + "主站採用15條".length());
        });
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#ownLabel").tryQuery().isPresent());
        assertThat(lookup("#ownLabel").queryAs(TextField.class).getText()).isEqualTo("主站採用");
        assertThat(lookup("#ownValue").queryAs(TextField.class).getText()).isEqualTo("15");
        assertThat(lookup("#ownUnit").queryAs(TextField.class).getText()).isEqualTo("條");
        assertThat(lookup("#ownCategory").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(lookup("#ownKey").queryAs(Label.class).getText()).isEqualTo(ADDED_KEY);
        clickOn("#ownOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();

        Figure added = desk.model().session().current().figure(ADDED_KEY).orElseThrow();
        assertThat(added.value()).isEqualTo("15");
        assertThat(added.status()).isEqualTo(FigureStatus.CORRECTED);
        assertThat(added.start()).isEqualTo(at);
        assertThat(lookup("#" + FormIds.editor(ADDED_KEY)).queryAs(TextField.class).getText()).isEqualTo("15");

        // close everything, open again: the figure is stored, on the form, and in the long export
        closeDesk();
        FxToolkit.cleanupStages();
        openDesk(db);
        // the form is built as the remembered report opens
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> desk.model().form().field(ADDED_KEY).isPresent());
        assertThat(store.figures(id)).anyMatch(f -> f.key().equals(ADDED_KEY) && f.value().equals("15"));
        assertThat(desk.model().session().current()).isNotNull();
        assertThat(desk.model().session().current().figure(ADDED_KEY)).isPresent();
        assertThat(desk.model().form().allFields().stream().map(f -> f.key()).filter(k -> k.startsWith("own"))
                .toList()).as("on the form after reopening").contains(ADDED_KEY);
        assertThat(desk.model().form().field(ADDED_KEY).orElseThrow().def().labelZh()).isEqualTo("主站採用");
        interact(() -> desk.formView().reveal(ADDED_KEY));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#" + FormIds.editor(ADDED_KEY)).queryAs(TextField.class).getText()).isEqualTo("15");
        assertThat(store.figures(id)).anyMatch(f -> f.key().equals(ADDED_KEY) && f.value().equals("15"));

        Path longCsv = dir.resolve("long.csv");
        new CsvExporter(store).export(ExportLayout.LONG, longCsv, false);
        List<String[]> rows;
        try (Reader r = Files.newBufferedReader(longCsv, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(r)) {
            rows = csv.readAll();
        }
        List<String> header = Arrays.asList(rows.get(0));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r[header.indexOf("field")]).isEqualTo(ADDED_KEY);
            assertThat(r[header.indexOf("label")]).isEqualTo("主站採用");
            assertThat(r[header.indexOf("value")]).isEqualTo("15");
            assertThat(r[header.indexOf("unit")]).isEqualTo("條");
            assertThat(r[header.indexOf("status")]).isEqualTo("corrected");
            assertThat(r[header.indexOf("coder")]).isEqualTo("tester");
        });
        assertThat(rows).anyMatch(r -> r[header.indexOf("field")].equals(EXTRACTED_KEY));
    }
}
