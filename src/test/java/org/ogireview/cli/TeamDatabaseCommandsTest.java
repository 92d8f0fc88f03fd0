package org.ogireview.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.store.ServerAddress;
import org.ogireview.store.TestPostgres;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headless commands on a team database: {@code import --db postgresql://…} stores the same reports, figures and
 * findings as into an H2 file, so every export layout is byte for byte the same; {@code verify} reads it through;
 * {@code backup} says what to do instead.
 */
class TeamDatabaseCommandsTest extends CliTestBase {

    @TempDir
    Path dir;

    @Test
    void importAndExportOnPostgresGiveWhatH2Gives() throws Exception {
        ServerAddress server = TestPostgres.freshDatabase();
        Path reports = bundledReports(dir);
        Path h2 = dir.resolve("h2");
        // one import thread: the reports get their ids in the same order on both
        assertThat(run("import", "--db", h2.toString(), "--threads", "1", reports.toString())).as(err()).isZero();
        assertThat(run("import", "--db", server.toString(), "--threads", "1", reports.toString())).as(err()).isZero();
        assertThat(out()).contains(server + ": 7 imported");
        assertThat(run("import", "--db", server.toString(), reports.toString())).as(err()).isZero();
        assertThat(out()).contains("7 already present");

        for (String layout : List.of("long", "wide")) {
            Path fromH2 = dir.resolve(layout + "-h2.csv");
            Path fromPg = dir.resolve(layout + "-pg.csv");
            assertThat(run("export", "--db", h2.toString(), "--layout", layout, "--out", fromH2.toString())).isZero();
            assertThat(run("export", "--db", server.toString(), "--layout", layout, "--out", fromPg.toString()))
                    .as(err()).isZero();
            assertThat(Files.readAllLines(fromPg)).as(layout).containsExactlyElementsOf(Files.readAllLines(fromH2));
        }
        Path history = dir.resolve("history-pg.csv");
        assertThat(run("export", "--db", server.toString(), "--layout", "history", "--out", history.toString()))
                .isZero();
        assertThat(Files.readAllLines(history, StandardCharsets.UTF_8)).hasSize(1 + 7);

        assertThat(run("verify", "--db", server.toString())).as(err()).isZero();
        assertThat(out()).contains(server + ": 7 reports").contains("healthy");
        assertThat(run("backup", "--db", server.toString())).isEqualTo(2);
        assertThat(err()).contains("pg_dump").contains("copy --from " + server);
    }
}
