package org.ogireview.gui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.ogireview.cli.Cli;
import org.ogireview.coding.CodingSample;
import org.ogireview.model.Figure;
import org.ogireview.store.CodingStore;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.testing.CsvRows;
import org.ogireview.testing.TestFiles;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Coding menu's windows that the adjudication test does not drive: Export coding… and Merge coding… (the file
 * chosen through the dialog seam), and Mark for double coding… on the list as filtered and on a seeded share of it.
 * The desk's coder is "tester".
 */
class CodingWindowsFxTest extends DeskFxHarness {

    private static final String SEED0 = TestFiles.seeds().get(0).getFileName().toString();
    private static final String SEED1 = TestFiles.seeds().get(1).getFileName().toString();

    private static void cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)).run(args);
        assertThat(code).as(String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** A database of the first two seeds (imported in this order), double coded by tester and wang. */
    private Path doubleCoded(String name, Path... files) throws Exception {
        Path db = dir.resolve(name);
        for (Path f : files) {
            cli("import", "--db", db.toString(), f.toString());
        }
        cli("double-code", "--db", db.toString(), "--coders", "tester,wang", "--all");
        return db;
    }

    /** Applies "file,field,value" lines as this coder's coding. */
    private void code(Path db, String coder, String... lines) throws Exception {
        Path csv = Files.createTempFile(dir, coder, ".csv");
        Files.writeString(csv, "file,field,value,qualifier\n" + String.join(",\n", lines) + ",\n",
                StandardCharsets.UTF_8);
        cli("import-values", "--db", db.toString(), "--coder", coder, csv.toString());
    }

    /** tester's work in a database of their own, exported by the command (the window's export is tested apart). */
    private Path testersCodingFile() throws Exception {
        Path own = doubleCoded("own", TestFiles.seeds().get(0), TestFiles.seeds().get(1));
        code(own, "tester", SEED0 + ",applications.received,450", SEED0 + ",litigation.total,25",
                SEED1 + ",applications.received,28");
        Path file = dir.resolve("tester-coding.csv");
        cli("export-coding", "--db", own.toString(), "--coder", "tester", "--out", file.toString());
        return file;
    }

    private Map<String, String> testersValues(String fileName) throws Exception {
        long id = idOf(fileName);
        Map<String, String> out = new TreeMap<>();
        new CodingStore(((H2ReportStore) store).database()).codings(id, "tester")
                .forEach((k, v) -> out.put(k, v.figure().value()));
        return out;
    }

    private long idOf(String fileName) throws Exception {
        return store.list().stream().filter(s -> s.fileName().equals(fileName)).findFirst().orElseThrow().id();
    }

    /** What the form shows the coder for a figure of a report opened in the window. */
    private String shown(String fileName, String key) throws Exception {
        long id = idOf(fileName);
        interact(() -> desk.model().session().open(id));
        WaitForAsyncUtils.waitForFxEvents();
        return desk.model().session().current().figure(key).map(Figure::value).orElse(null);
    }

    private String status() {
        return lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText();
    }

    @Test
    void exportCodingWritesTheCodersOwnValuesToTheChosenFile() throws Exception {
        Path own = doubleCoded("own", TestFiles.seeds().get(0), TestFiles.seeds().get(1));
        code(own, "tester", SEED0 + ",applications.received,450", SEED1 + ",litigation.total,3");
        code(own, "wang", SEED0 + ",applications.received,465");
        openDesk(Path.of(own + ".mv.db"));
        Path target = dir.resolve("chosen.csv");
        dialogs.saveAnswers.add(target);
        clickOn("#menuCoding");
        clickOn("#menuExportCoding");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        assertThat(status()).isEqualTo("Wrote 2 figures of your coding to " + target + ".");

        List<Map<String, String>> rows = CsvRows.read(target);
        assertThat(rows).extracting(r -> r.get("file") + " " + r.get("field") + " " + r.get("value") + " "
                + r.get("coder") + " " + r.get("first_coder") + "," + r.get("second_coder")).containsExactlyInAnyOrder(
                SEED0 + " applications.received 450 tester tester,wang",
                SEED1 + " litigation.total 3 tester tester,wang"); // never wang's 465
        String sha = store.report(idOf(SEED0)).sha256();
        assertThat(rows).filteredOn(r -> r.get("file").equals(SEED0)).extracting(r -> r.get("sha256"))
                .containsExactly(sha);
        assertThat(rows).filteredOn(r -> r.get("file").equals(SEED0))
                .allSatisfy(r -> assertThat(Integer.parseInt(r.get("source_end"))).isPositive()); // the span goes too
    }

    @Test
    void mergingAFileWithAConflictListsItInTheWindowAndLeavesThatValue() throws Exception {
        Path moved = testersCodingFile();
        // the team's database: the other import order (other ids), and tester already has 26 for litigation.total
        Path team = doubleCoded("team", TestFiles.seeds().get(1), TestFiles.seeds().get(0));
        code(team, "tester", SEED0 + ",litigation.total,26");
        openDesk(Path.of(team + ".mv.db"));
        dialogs.fileAnswers.add(List.of(moved));
        clickOn("#menuCoding");
        clickOn("#menuMergeCoding");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        DialogPane result = lookup("#mergeResultDialog").queryAs(DialogPane.class);
        assertThat(result.getHeaderText()).contains("tester-coding.csv")
                .contains("Merged 2 figures (0 already the same). 1 conflicts and 0 rows not placed");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> listed = lookup("#mergeProblems").queryAs(
                javafx.scene.control.ListView.class);
        assertThat(listed.getItems()).singleElement().asString().startsWith("tester-coding.csv line")
                .contains("litigation.total of " + SEED0)
                .contains("tester has '26' [corrected] here, the file says '25' [corrected]");
        if (System.getenv("MERGE_SNAPSHOT") != null) { // a look at the list: MERGE_SNAPSHOT=FILE.png
            interact(() -> ExportSelectionFxTest.snapshot(result.getScene(), Path.of(System.getenv("MERGE_SNAPSHOT"))));
        }
        clickOn("#mergeCopy");
        assertThat(interactGet(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .isEqualTo(listed.getItems().get(0));
        assertThat(lookup("#mergeResultDialog").tryQuery()).isPresent(); // Copy leaves the list open
        press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status()).isEqualTo("Merged 2 figures from tester-coding.csv (0 already the same, 1 conflicts, "
                + "0 rows not placed).");
        assertThat(testersValues(SEED0)).containsEntry("litigation.total", "26") // left as it was
                .containsEntry("applications.received", "450");
        assertThat(testersValues(SEED1)).containsEntry("applications.received", "28");
        assertThat(shown(SEED0, "litigation.total")).isEqualTo("26");
        assertThat(shown(SEED0, "applications.received")).isEqualTo("450");
    }

    @Test
    void mergingACleanFileBringsEveryValueIn() throws Exception {
        Path moved = testersCodingFile();
        Path team = doubleCoded("team", TestFiles.seeds().get(1), TestFiles.seeds().get(0));
        openDesk(Path.of(team + ".mv.db"));
        String before = shown(SEED0, "applications.received");
        assertThat(before).isNotEqualTo("450"); // the proposal, what the seed says
        dialogs.fileAnswers.add(List.of(moved));
        clickOn("#menuCoding");
        clickOn("#menuMergeCoding");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.errors).isEmpty();
        assertThat(lookup("#mergeResultDialog").tryQuery()).isEmpty(); // nothing to list
        assertThat(status()).isEqualTo("Merged 3 figures from tester-coding.csv (0 already the same, 0 conflicts, "
                + "0 rows not placed).");
        assertThat(testersValues(SEED0)).containsEntry("applications.received", "450")
                .containsEntry("litigation.total", "25");
        assertThat(testersValues(SEED1)).containsEntry("applications.received", "28");
        assertThat(shown(SEED0, "applications.received")).isEqualTo("450");
        assertThat(shown(SEED1, "applications.received")).isEqualTo("28");
    }

    /** The seeds and the two sample table reports, imported by the command. */
    private Path sevenReports(Path... more) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        List<Path> files = new ArrayList<>(TestFiles.seeds());
        files.addAll(TestFiles.sampleTexts());
        files.addAll(List.of(more));
        for (Path p : files) {
            Files.copy(p, folder.resolve(p.getFileName()));
        }
        Path db = dir.resolve("seven");
        cli("import", "--db", db.toString(), folder.toString());
        return Path.of(db + ".mv.db");
    }

    /** Filters the list to the narrative reports (the five seeds) and returns the ids it shows. */
    private List<Long> narrativeOnly() {
        List<Long> ids = format("Narrative");
        @SuppressWarnings("unchecked")
        TableView<ReportSummary> table = lookup("#reportTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(ReportSummary::fileName)
                .containsExactlyInAnyOrderElementsOf(TestFiles.seeds().stream().map(p -> p.getFileName().toString())
                        .toList());
        return ids;
    }

    /** Filters the list to one format; the ids it shows. */
    private List<Long> format(String label) {
        clickOn("#filterFormat");
        Node entry = lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(label)).query();
        clickOn(entry);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#filterFormat").queryAs(ComboBox.class).getValue()).hasToString(label);
        @SuppressWarnings("unchecked")
        TableView<ReportSummary> table = lookup("#reportTable").queryAs(TableView.class);
        return table.getItems().stream().map(ReportSummary::id).toList();
    }

    /** Opens Mark for double coding…, names wang as the second coder and picks the scope. */
    private DialogPane assignmentDialog(String scope) {
        clickOn("#menuCoding");
        clickOn("#menuDoubleCoding");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = lookup("#assignmentDialog").queryAs(DialogPane.class);
        assertThat(lookup("#assignFirst").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("tester");
        clickOn("#assignSecond").write("wang");
        clickOn(scope);
        return pane;
    }

    private void mark(DialogPane pane) {
        Button ok = (Button) pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .map(pane::lookupButton).findFirst().orElseThrow();
        clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
    }

    private Map<Long, CodingStore.Assignment> assignments() throws Exception {
        return new CodingStore(((H2ReportStore) store).database()).assignments();
    }

    @Test
    void theListAsFilteredIsMarkedForTheTwoCoders() throws Exception {
        openDesk(sevenReports());
        List<Long> narrative = narrativeOnly();
        interact(() -> desk.model().session().open(narrative.get(0))); // a report open: its reload keeps the message
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = assignmentDialog("#assignList");
        assertThat(lookup("#assignList").queryAs(javafx.scene.control.RadioButton.class).getText())
                .isEqualTo("The reports in the list as filtered (5)");
        mark(pane);
        assertThat(status()).isEqualTo("Marked 5 reports for double coding by tester and wang.");
        Map<Long, CodingStore.Assignment> marked = assignments();
        assertThat(marked.keySet()).containsExactlyInAnyOrderElementsOf(narrative);
        assertThat(marked.values()).allSatisfy(a -> {
            assertThat(a.firstCoder()).isEqualTo("tester");
            assertThat(a.secondCoder()).isEqualTo("wang");
            assertThat(a.how()).isEqualTo("list");
        });
    }

    @Test
    void aFurtherFileInTheFilteredListIsNotMarkedApartFromItsReport() throws Exception {
        openDesk(sevenReports(TestFiles.samplePdfs().get(0))); // hongze-2023.pdf beside hongze-2023.txt
        List<Long> tables = format("Tables 2021");
        assertThat(tables).hasSize(3);
        DialogPane pane = assignmentDialog("#assignList");
        assertThat(lookup("#assignList").queryAs(javafx.scene.control.RadioButton.class).getText())
                .isEqualTo("The reports in the list as filtered (2)");
        mark(pane);
        org.ogireview.store.DatasetKeys keys = org.ogireview.importing.DatasetLinks.keys(store);
        assertThat(assignments().keySet()).containsExactlyInAnyOrderElementsOf(
                tables.stream().filter(id -> !keys.isCopy(id)).toList()).hasSize(2);
        assertThat(assignments().keySet()).extracting(id -> store.report(id).fileName().replaceAll("\\..*", ""))
                .containsExactlyInAnyOrder("hongze-2023", "hongze-2024");
    }

    @Test
    void aSeededShareOfTheFilteredListDrawsWhatTheCommandDraws() throws Exception {
        Path db = sevenReports();
        // the command on a copy of the same database, with the same list (the narrative reports up to 2018)
        Path copy = dir.resolve("copy.mv.db");
        Files.copy(db, copy);
        cli("double-code", "--db", copy.toString(), "--coders", "tester,wang", "--year", "-2018", "--share", "0.6",
                "--seed", "11");
        Map<Long, String> byCommand = new TreeMap<>();
        try (H2ReportStore other = H2ReportStore.open(copy)) {
            new CodingStore(other.database()).assignments().forEach((id, a) -> byCommand.put(id, a.how()));
        }

        openDesk(db);
        List<Long> narrative = narrativeOnly();
        DialogPane pane = assignmentDialog("#assignSample");
        javafx.scene.control.TextField share = lookup("#assignShare").queryAs(javafx.scene.control.TextField.class);
        assertThat(share.isDisabled()).isFalse();
        doubleClickOn(share).eraseText(share.getText().length()).write("60%");
        javafx.scene.control.TextField seed = lookup("#assignSeed").queryAs(javafx.scene.control.TextField.class);
        doubleClickOn(seed).eraseText(seed.getText().length()).write("11");
        mark(pane);
        assertThat(status()).isEqualTo("Marked 3 reports for double coding by tester and wang.");

        Map<Long, String> byWindow = new TreeMap<>();
        assignments().forEach((id, a) -> byWindow.put(id, a.how()));
        assertThat(byWindow).hasSize(3).containsValue("sample share=0.6000 seed=11");
        assertThat(narrative).containsAll(byWindow.keySet());
        assertThat(byWindow.keySet()).containsExactlyElementsOf(CodingSample.draw(narrative, 0.6, 11));
        assertThat(byWindow).isEqualTo(byCommand); // the same database, list, share and seed: the same reports
    }

    @Test
    void theAgreementWindowShowsTheNumbersWorkedByHandAndSavesWhatTheCommandWrites() throws Exception {
        Path db = doubleCoded("agree", TestFiles.seeds().get(0), TestFiles.seeds().get(1));
        code(db, "tester", SEED0 + ",applications.received,450", SEED1 + ",applications.received,30");
        code(db, "wang", SEED0 + ",applications.received,465", SEED1 + ",applications.received,30");
        Path byCommand = dir.resolve("by-command.csv");
        cli("agreement", "--db", db.toString(), "--coders", "tester,wang", "--out", byCommand.toString());

        openDesk(Path.of(db + ".mv.db"));
        clickOn("#menuCoding");
        clickOn("#menuAgreement");
        @SuppressWarnings("unchecked")
        TableView<org.ogireview.coding.AgreementTable.Row> table = lookup("#agreementTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        org.ogireview.coding.AgreementTable.Row received = table.getItems().stream()
                .filter(r -> r.scope().equals("field") && r.key().equals("applications.received")).findFirst()
                .orElseThrow();
        assertThat(received.n()).isEqualTo(2);
        // what the window shows in the row: one of two reports agrees; ratio alpha by hand over 450/465 and 30/30:
        // D_o = 2 (15/915)^2 / 4 = 0.000134, D_e = (2 x 0.000269 + 4 (420/480)^2 + 4 (435/495)^2) / 12 = 0.51268,
        // alpha = 1 - D_o / D_e = 0.99974
        assertThat(cell(table, 3, received)).isEqualTo("50.0%");
        assertThat(cell(table, 4, received)).startsWith("0.999").endsWith("ratio");
        assertThat(received.measures().get(org.ogireview.coding.AgreementTable.Aspect.VALUE).alpha().value())
                .isCloseTo(0.99974, org.assertj.core.api.Assertions.within(1e-5));
        assertThat(cell(table, 5, received)).isEmpty(); // a count: kappa does not apply

        Path saved = dir.resolve("from-window.csv");
        dialogs.saveAnswers.add(saved);
        clickOn("#agreementSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        assertThat(lookup("#agreementState").queryAs(javafx.scene.control.Label.class).getText()).contains(
                saved.toString());
        assertThat(CsvRows.read(saved)).isEqualTo(CsvRows.read(byCommand)); // the same rows, bootstrap intervals included
        press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    private static String cell(TableView<org.ogireview.coding.AgreementTable.Row> table, int column,
                               org.ogireview.coding.AgreementTable.Row row) {
        return String.valueOf(table.getColumns().get(column).getCellObservableValue(row).getValue());
    }

    @Test
    void eachCoderSeesTheirOwnQueueAndEnterOpensAReportBlind() throws Exception {
        Path db = dir.resolve("queue");
        Map<String, Long> ids = new TreeMap<>();
        for (Path seed : TestFiles.seeds().subList(0, 3)) {
            cli("import", "--db", db.toString(), seed.toString());
        }
        try (H2ReportStore s = H2ReportStore.open(db)) {
            s.list().forEach(r -> ids.put(r.fileName(), r.id()));
        }
        String seed2 = TestFiles.seeds().get(2).getFileName().toString();
        cli("double-code", "--db", db.toString(), "--coders", "tester,wang", "--report",
                ids.get(SEED0) + "," + ids.get(SEED1));
        cli("double-code", "--db", db.toString(), "--coders", "li,wang", "--report", Long.toString(ids.get(seed2)));
        code(db, "tester", SEED0 + ",applications.received,450");
        code(db, "wang", SEED1 + ",applications.received,30");

        openDesk(Path.of(db + ".mv.db"));
        clickOn("#menuCoding");
        clickOn("#menuCodingQueue");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<org.ogireview.coding.DoubleCoding.QueueItem> table = lookup("#codingQueueTable")
                .queryAs(TableView.class);
        // tester's two reports, never li's; wang's value on the second is not tester's progress
        assertThat(table.getItems()).extracting(q -> q.fileName() + " " + q.otherCoder() + " " + q.coded())
                .containsExactlyInAnyOrder(SEED0 + " wang 1", SEED1 + " wang 0");
        int second = table.getItems().stream().map(org.ogireview.coding.DoubleCoding.QueueItem::fileName).toList()
                .indexOf(SEED1);
        clickOn(lookup("#codingQueueTable .table-row-cell").nth(second).queryAs(Node.class));
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#codingQueueDialog").tryQuery()).isEmpty(); // closed
        assertThat(desk.model().session().current().id()).isEqualTo(ids.get(SEED1));
        assertThat(desk.model().session().codingBlind()).isTrue();
        assertThat(desk.model().session().current().figure("applications.received").map(Figure::value))
                .get().isNotEqualTo("30"); // the proposal, never wang's value

        new org.ogireview.gui.common.DeskPreferences(prefsNode).setCoder("li");
        closeDesk();
        openDesk(Path.of(db + ".mv.db"));
        clickOn("#menuCoding");
        clickOn("#menuCodingQueue");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<org.ogireview.coding.DoubleCoding.QueueItem> lis = lookup("#codingQueueTable")
                .queryAs(TableView.class);
        assertThat(lis.getItems()).extracting(org.ogireview.coding.DoubleCoding.QueueItem::fileName)
                .containsExactly(seed2);
        press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    private <T> T interactGet(java.util.concurrent.Callable<T> call) throws Exception {
        java.util.concurrent.atomic.AtomicReference<T> out = new java.util.concurrent.atomic.AtomicReference<>();
        interact(() -> {
            try {
                out.set(call.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return out.get();
    }
}
