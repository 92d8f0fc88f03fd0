package org.ogireview.gui;

import org.junit.jupiter.api.Test;
import org.ogireview.cli.Cli;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.model.Figure;
import org.ogireview.model.Qualifier;
import org.ogireview.store.Database;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.ServerAddress;
import org.ogireview.store.ServerCredentials;
import org.ogireview.store.TestPostgres;
import org.ogireview.testing.TestFiles;
import org.testfx.util.WaitForAsyncUtils;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk on a team database with a second coder at work on it: the report list shows the other coder's change
 * without a restart, and saving a figure the other coder changed in the meantime is refused with the message and the
 * current value in the form (nothing overwritten).
 */
class TeamDeskFxTest extends DeskFxHarness {

    @Test
    void followsAnotherCodersWorkAndRefusesAStaleSave() throws Exception {
        ServerAddress server = TestPostgres.freshDatabase();
        List<String> args = new ArrayList<>(List.of("import", "--db", server.toString()));
        TestFiles.seeds().forEach(p -> args.add(p.toString()));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertThat(new Cli(ps, ps).run(args.toArray(String[]::new))).as(sink.toString(StandardCharsets.UTF_8))
                .isZero();

        openDeskOn(H2ReportStore.open(Database.openServer(server, ServerCredentials.PasswordPrompt.NONE)), null);
        assertThat(desk.stage().getTitle()).contains(server.toString());
        ReportSummary first = desk.model().list().reports().get(0);
        interact(() -> desk.model().session().open(first.id()));
        Figure seen = desk.model().session().current().figures().get(0);

        try (H2ReportStore wang = H2ReportStore.open(Database.openServer(server,
                ServerCredentials.PasswordPrompt.NONE))) {
            wang.save(first.id(), seen, seen.withValue("4321", Qualifier.EXACT), "wang", "edit");
        }
        // the list follows within seconds: the report now has one reviewed figure more
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> desk.model().list().reports().stream()
                .anyMatch(r -> r.id() == first.id() && r.reviewed() == first.reviewed() + 1));

        // this coder, still looking at the old value, changes it: refused, told, and shown the value now there
        FieldViewModel field = desk.model().form().field(seen.key()).orElseThrow();
        interact(() -> {
            field.textProperty().set("1111");
            field.commit();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.errors).anySatisfy(e -> assertThat(e).contains("wang saved " + seen.key())
                .contains("Your value 1111 was not stored; the value now is 4321"));
        assertThat(desk.model().form().field(seen.key()).orElseThrow().textProperty().get()).isEqualTo("4321");
        assertThat(store.figures(first.id()).stream().filter(f -> f.key().equals(seen.key())).findFirst()
                .orElseThrow().value()).isEqualTo("4321");
    }
}
