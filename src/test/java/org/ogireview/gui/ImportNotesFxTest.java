package org.ogireview.gui;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.document.PageViewModel;
import org.ogireview.gui.importing.ImportItem;
import org.ogireview.ingest.PdfSketch;
import org.ogireview.model.UserText;
import org.ogireview.store.ReportSummary;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireview.testing.ChineseText.englishIn;

/**
 * Damaged and odd files imported in the Chinese window: every problem and note the window shows about them is the
 * Chinese bundle text (the notes are stored as message keys), apart from file names and a library's own words,
 * which are quoted and marked as untranslated. A language switch words the same stored notes in English.
 */
class ImportNotesFxTest extends DeskFxHarness {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void damagedFilesAreDescribedInChineseAndTheNotesFollowALanguageSwitch() throws Exception {
        new DeskPreferences(prefsNode).setLocale(ZH);
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path garbage = Files.write(dir.resolve("garbage.pdf"),
                "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nxref trailer garbage\n%%EOF\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        Path unreadablePage = PdfSketch.nestedFormsPdf(dir.resolve("unreadable-page.pdf"), "/X1 Do");
        Path partPage = PdfSketch.nestedFormsPdf(dir.resolve("part-page.pdf"),
                "BT /F1 12 Tf 72 720 Td (Total expenditure 1234 yuan) Tj ET /X1 Do");
        Path notReport = Files.writeString(dir.resolve("shopping.txt"),
                "Shopping list for the weekend: apples, pears, bread, cheese and milk.\n".repeat(20));
        List<Path> files = List.of(empty, garbage, unreadablePage, partPage, notReport);

        openDesk(dir.resolve("notes.mv.db"));
        interact(() -> desk.model().importFiles(files.stream().map(ImportItem::new).toList(), null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !desk.model().busyProperty().get() && !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = new ArrayList<>(dialogs.errors);
        shown.add(desk.model().statusProperty().get());
        assertThat(String.join("\n", dialogs.errors))
                .contains("empty.txt：" + new UserText("ingest.empty").in(ZH))
                .contains("garbage.pdf：PDF 已损坏，无法读取（“") // PDFBox's words, quoted
                .contains("（程序库原文，未翻译）");

        PageViewModel pages = desk.documentPane().pages();
        String unreadableReason = new UserText("ingest.manual.structure", new UserText("ingest.nestedTooDeep")).in(ZH);
        open("unreadable-page.pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pages.reasonProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label reason = lookup("#pageReason").queryAs(Label.class);
        assertThat(reason.getText()).isEqualTo("需人工录入：" + unreadableReason);
        assertThat(title()).endsWith("需人工录入： " + unreadableReason);
        shown.add(reason.getText());
        shown.add(title());

        open("part-page.pdf");
        assertThat(notes()).isEqualTo("导入提示：" + new UserText("ingest.pagePartlyTooDeep", 1).in(ZH));
        shown.add(notes());

        open("shopping.txt");
        assertThat(notes()).isEqualTo("导入提示：" + new UserText("ingest.fewChinese").in(ZH));
        shown.add(notes());

        for (String text : shown) {
            assertThat(englishIn(withoutQuotedForeignWords(text), files.stream().map(f -> f.getFileName()
                    .toString()).toArray(String[]::new))).as(text).isEmpty();
        }

        // the same stored notes, worded again in the other language
        interact(() -> desk.switchLanguage(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes()).isEqualTo("Import notes: the text holds almost no Chinese: check the charset, or whether "
                + "this is a report");
        open("unreadable-page.pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> desk.documentPane().pages().reasonProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#pageReason").queryAs(Label.class).getText())
                .isEqualTo("Code by hand: the PDF's structure cannot be read by this app (its objects are nested too "
                        + "deeply); its pages may hold text that another PDF reader can extract: re-save it (print "
                        + "to PDF) or convert it to text, then import that");
    }

    private void open(String fileName) throws Exception {
        ReportSummary summary = store.list().stream().filter(r -> r.fileName().equals(fileName)).findFirst()
                .orElseThrow();
        interact(() -> desk.model().session().open(summary.id()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> desk.model().session().current() != null
                && desk.model().session().current().id() == summary.id());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String notes() {
        Label l = lookup("#importNotes").queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    private String title() {
        return lookup("#documentTitle").queryAs(Label.class).getText();
    }

    /** A library's words the app cannot translate are quoted “…” and marked as such: taken out before the check. */
    private static String withoutQuotedForeignWords(String text) {
        return text.replaceAll("“[^”]*”（程序库原文，未翻译）", " ");
    }
}
