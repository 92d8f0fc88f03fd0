package org.ogireview.gui;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.ogireview.cli.Cli;
import org.ogireview.coding.Disagreement;
import org.ogireview.coding.DoubleCoding;
import org.ogireview.model.Figure;
import org.ogireview.store.CodingStore;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.TestFiles;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coding ▸ Adjudication queue: the adjudicator settles each disagreement with one key (1, 2, or 3 and a value),
 * the note typed goes with the decision, and the selection moves on to the next undecided one. The coder's blind
 * view shows their own values only.
 */
class AdjudicationFxTest extends DeskFxHarness {

    private Path doubleCodedDatabase() throws Exception {
        Path db = dir.resolve("team");
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(TestFiles.seeds().get(0), seeds.resolve(TestFiles.seeds().get(0).getFileName()));
        String file = TestFiles.seeds().get(0).getFileName().toString();
        cli("import", "--db", db.toString(), seeds.toString());
        cli("double-code", "--db", db.toString(), "--coders", "li,wang", "--all");
        Path li = dir.resolve("li.csv");
        Files.writeString(li, "file,field,value,qualifier\n" + file + ",applications.received,456,\n"
                + file + ",litigation.total,25,\n", StandardCharsets.UTF_8);
        Path wang = dir.resolve("wang.csv");
        Files.writeString(wang, "file,field,value,qualifier\n" + file + ",applications.received,465,\n"
                + file + ",litigation.total,52,\n", StandardCharsets.UTF_8);
        cli("import-values", "--db", db.toString(), "--coder", "li", li.toString());
        cli("import-values", "--db", db.toString(), "--coder", "wang", wang.toString());
        return Path.of(db + ".mv.db");
    }

    private static void cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)).run(args);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void oneKeyPerDecisionWithTheNote() throws Exception {
        openDesk(doubleCodedDatabase());
        clickOn("#menuCoding");
        clickOn("#menuAdjudication");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Disagreement> table = lookup("#adjudicationTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Disagreement::key)
                .containsExactly("applications.received", "litigation.total");
        assertThat(table.getSelectionModel().getSelectedItem().key()).isEqualTo("applications.received");

        if (System.getenv("CODING_SNAPSHOT") != null) { // a look at the window: CODING_SNAPSHOT=FILE.png
            interact(() -> {
                try {
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                            table.getScene().snapshot(null), null), "png",
                            new java.io.File(System.getenv("CODING_SNAPSHOT")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        clickOn("#adjudicationNote").write("the table says 456");
        clickOn(table.lookup(".table-row-cell"));
        type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().key()).isEqualTo("litigation.total");
        dialogs.textAnswers.add("25");
        type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).isEmpty();
        assertThat(table.getItems()).allMatch(Disagreement::decided);
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        CodingStore coding = new CodingStore(((H2ReportStore) store).database());
        Map<String, CodingStore.Decision> decided = coding.decisions().values().iterator().next();
        assertThat(decided.get("applications.received").choice()).isEqualTo("first");
        assertThat(decided.get("applications.received").adjudicator()).isEqualTo("tester");
        assertThat(decided.get("applications.received").note()).isEqualTo("the table says 456");
        assertThat(decided.get("litigation.total").choice()).isEqualTo("third");
        assertThat(decided.get("litigation.total").figure().value()).isEqualTo("25");
        long report = store.list().get(0).id();
        assertThat(store.figures(report)).filteredOn(f -> f.key().equals("applications.received"))
                .extracting(Figure::value).containsExactly("456");
    }

    @Test
    void theAgreementTableShowsEachFieldSectionAndOverall() throws Exception {
        openDesk(doubleCodedDatabase());
        clickOn("#menuCoding");
        clickOn("#menuAgreement");
        @SuppressWarnings("unchecked")
        TableView<org.ogireview.coding.AgreementTable.Row> table = lookup("#agreementTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var received = table.getItems().stream().filter(r -> r.key().equals("applications.received")).findFirst()
                .orElseThrow();
        assertThat(received.n()).isEqualTo(1);
        assertThat(received.measures().get(org.ogireview.coding.AgreementTable.Aspect.VALUE).percent().value())
                .isEqualTo(0.0); // li 456, wang 465
        assertThat(table.getItems()).extracting(org.ogireview.coding.AgreementTable.Row::scope)
                .contains("field", "section", "overall");
        if (System.getenv("AGREEMENT_SNAPSHOT") != null) {
            interact(() -> {
                try {
                    javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                            table.getScene().snapshot(null), null), "png",
                            new java.io.File(System.getenv("AGREEMENT_SNAPSHOT")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aCoderSeesOnlyTheirOwnValues() throws Exception {
        Path db = doubleCodedDatabase();
        new org.ogireview.gui.common.DeskPreferences(prefsNode).setCoder("wang");
        openDesk(db);
        long report = store.list().get(0).id();
        interact(() -> desk.model().session().open(report));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.model().session().current().figure("applications.received").orElseThrow().value())
                .isEqualTo("465");
        assertThat(desk.model().session().codingBlind()).isTrue();
        assertThat(desk.model().session().history(report)).noneMatch(e -> e.coder().equals("li"));
        DoubleCoding coding = DoubleCoding.of(store).orElseThrow();
        assertThat(coding.figuresFor(report, "li")).filteredOn(f -> f.key().equals("applications.received"))
                .extracting(Figure::value).containsExactly("456");
    }
}
