package org.ogireview.gui;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.ogireview.cli.Cli;
import org.ogireview.coding.DoubleCoding;
import org.ogireview.gui.checks.ChecksViewModel;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.form.FormIds;
import org.ogireview.model.Figure;
import org.ogireview.model.Finding;
import org.ogireview.store.AuditEntry;
import org.ogireview.testing.TestFiles;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Blind coding in the real window (issue 13, docs/decisions/0330): li and wang double code the Luzhou seed. Ctrl+Z
 * takes back li's own coded value (never showing wang's, never touching the dataset) and Ctrl+Shift+Z puts it back;
 * the checks panel runs on the open coder's own values: li's planted category count fails the categories' sum for li
 * only, and her failure is not stored as the dataset's (where wang's list and the collection views would show it).
 */
class BlindCodingFxTest extends DeskFxHarness {

    private static final String SEED = "000_6c56c39d01f2e555.txt";
    private static final String SUM = "parts.proactive_categories";
    private static final String GROWTH = "growth.parts";

    private Path doubleCodedDatabase() throws Exception {
        Path db = dir.resolve("team");
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path seed = TestFiles.seeds().stream().filter(p -> p.getFileName().toString().equals(SEED)).findFirst()
                .orElseThrow();
        Files.copy(seed, seeds.resolve(SEED));
        cli("import", "--db", db.toString(), seeds.toString());
        cli("double-code", "--db", db.toString(), "--coders", "li,wang", "--all");
        // li reads 2128 plans and summaries as 3128 (the categories then add up to 62540, not 61540); wang reads the
        // applications received as 465 where the report says 27
        Path li = dir.resolve("li.csv");
        Files.writeString(li, "file,field,value,qualifier\n" + SEED + ",proactive.plans,3128,\n",
                StandardCharsets.UTF_8);
        Path wang = dir.resolve("wang.csv");
        Files.writeString(wang, "file,field,value,qualifier\n" + SEED + ",applications.received,465,\n",
                StandardCharsets.UTF_8);
        cli("import-values", "--db", db.toString(), "--coder", "li", li.toString());
        cli("import-values", "--db", db.toString(), "--coder", "wang", wang.toString());
        return Path.of(db + ".mv.db");
    }

    private static void cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)).run(args);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private void openAs(String coder, Path db) throws Exception {
        new DeskPreferences(prefsNode).setCoder(coder);
        openDesk(db);
        long report = store.list().get(0).id();
        interact(() -> desk.model().session().open(report));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.model().session().codingBlind()).isTrue();
    }

    private String shown(String key) {
        return lookup("#" + FormIds.editor(key)).queryAs(TextField.class).getText();
    }

    private List<String> failedInPanel() {
        return new ChecksViewModel(desk.model().session()).items().stream()
                .map(i -> i.finding().rule()).toList();
    }

    private boolean settled(String rule) {
        return new ChecksViewModel(desk.model().session()).items().stream().filter(i -> i.finding().rule().equals(rule))
                .findFirst().orElseThrow().settled();
    }

    private <T> T interactAndGet(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private String dataset(long report, String key) throws Exception {
        return store.figures(report).stream().filter(f -> f.key().equals(key)).findFirst().map(Figure::value)
                .orElseThrow();
    }

    @Test
    void ctrlZTakesBackTheCodersOwnValueAndNeverShowsTheOtherCoders() throws Exception {
        Path db = doubleCodedDatabase();
        openAs("li", db);
        long report = desk.model().session().current().id();
        assertThat(shown("applications.received")).isEqualTo("27"); // the proposal, not wang's 465

        interact(() -> desk.formView().reveal("applications.received"));
        clickOn("#" + FormIds.editor("applications.received"));
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("28").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        DoubleCoding coding = DoubleCoding.of(store).orElseThrow();
        assertThat(value(coding.figuresFor(report, "li"), "applications.received")).isEqualTo("28");

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        assertThat(shown("applications.received")).isEqualTo("27");
        assertThat(desk.model().session().current().figure("applications.received").orElseThrow().value())
                .isEqualTo("27");
        assertThat(value(coding.figuresFor(report, "li"), "applications.received")).isEqualTo("27");
        assertThat(value(coding.figuresFor(report, "wang"), "applications.received")).isEqualTo("465");
        assertThat(dataset(report, "applications.received")).isEqualTo("27");

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown("applications.received")).isEqualTo("28");
        assertThat(value(coding.figuresFor(report, "wang"), "applications.received")).isEqualTo("465");
        assertThat(desk.model().session().history(report)).noneMatch(e -> e.coder().equals("wang"))
                .extracting(AuditEntry::action).contains("undo", "redo");
        assertThat(store.history(report)).filteredOn(e -> e.action().equals("undo"))
                .extracting(AuditEntry::coder).containsExactly("li");
    }

    @Test
    void theChecksPanelRunsOnTheOpenCodersOwnValues() throws Exception {
        Path db = doubleCodedDatabase();
        openAs("li", db);
        long report = desk.model().session().current().id();
        assertThat(shown("proactive.plans")).isEqualTo("3128");
        assertThat(failedInPanel()).contains(SUM);
        // li's failure is hers: the dataset's stored findings (the list, the collection views) do not show it
        assertThat(store.findings(report)).filteredOn(f -> f.rule().equals(SUM)).noneMatch(Finding::failed);
        // li settles the change-against-last-year finding (it fails on both coders' values) as published
        ChecksViewModel.Item growth = new ChecksViewModel(desk.model().session()).items().stream()
                .filter(i -> i.finding().rule().equals(GROWTH)).findFirst().orElseThrow();
        assertThat(interactAndGet(() -> desk.model().session().markAsPublished(growth.finding(), "as printed")))
                .isTrue();
        assertThat(settled(GROWTH)).isTrue();
        closeDesk();

        openAs("wang", db);
        assertThat(shown("proactive.plans")).isEqualTo("2128");
        assertThat(shown("applications.received")).isEqualTo("465");
        assertThat(failedInPanel()).doesNotContain(SUM);
        assertThat(failedInPanel()).contains(GROWTH);
        assertThat(settled(GROWTH)).as("li's mark is hers: wang judges the finding blind").isFalse();
        assertThat(desk.model().session().current().findings()).filteredOn(f -> f.rule().equals(SUM))
                .singleElement().satisfies(f -> assertThat(f.failed()).isFalse());
    }

    private static String value(List<Figure> figures, String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }
}
