package org.ogireview.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.store.CodingStore;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.TestFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working apart: li codes in her own database, wang in the team's; export-coding and merge-coding bring li's work
 * over without loss, and a value li already has differently in the team's database is listed, not overwritten.
 */
class CodingTransferCommandsTest extends CliTestBase {

    @TempDir
    Path dir;

    @Override
    int run(String... args) {
        out.reset();
        err.reset();
        return super.run(args);
    }

    @Test
    void coderWorkMovesBetweenDatabasesAndConflictsAreListed() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (Path p : TestFiles.seeds().subList(0, 2)) {
            Files.copy(p, seeds.resolve(p.getFileName()));
        }
        Path own = dir.resolve("li-own");
        Path team = dir.resolve("team");
        // the team database imports the files in the other order: report ids differ, the SHA-256 matches
        assertThat(run("import", "--db", own.toString(), seeds.toString())).as(err()).isZero();
        for (Path p : List.of(TestFiles.seeds().get(1), TestFiles.seeds().get(0))) {
            assertThat(run("import", "--db", team.toString(), p.toString())).as(err()).isZero();
        }
        for (Path db : List.of(own, team)) {
            assertThat(run("double-code", "--db", db.toString(), "--coders", "li,wang", "--all")).isZero();
        }
        String file0 = TestFiles.seeds().get(0).getFileName().toString();
        Path liValues = dir.resolve("li.csv");
        Files.writeString(liValues, "file,field,value,qualifier,status\n"
                + file0 + ",applications.received,450,,\n"
                + file0 + ",litigation.total,25,,\n"
                + file0 + ",fees.collected,,blank_in_source,\n", StandardCharsets.UTF_8);
        assertThat(run("import-values", "--db", own.toString(), "--coder", "li", liValues.toString()))
                .as(err()).isZero();
        // in the team database li had already coded litigation.total differently
        Path teamLi = dir.resolve("team-li.csv");
        Files.writeString(teamLi, "file,field,value,qualifier\n" + file0 + ",litigation.total,26,\n",
                StandardCharsets.UTF_8);
        assertThat(run("import-values", "--db", team.toString(), "--coder", "li", teamLi.toString())).isZero();

        Path moved = dir.resolve("li-coding.csv");
        assertThat(run("export-coding", "--db", own.toString(), "--coder", "li", "--out", moved.toString()))
                .as(err()).isZero();
        assertThat(out()).contains("wrote 3 figures");
        assertThat(run("merge-coding", "--db", team.toString(), moved.toString())).isEqualTo(1);
        assertThat(err()).contains("conflict").contains("litigation.total").contains("'26'").contains("'25'");
        assertThat(out()).contains("merged 2 figures").contains("1 conflicts");

        try (H2ReportStore store = H2ReportStore.open(team)) {
            CodingStore coding = new CodingStore(store.database());
            long id = store.list().stream().filter(s -> s.fileName().equals(file0)).findFirst().orElseThrow().id();
            var li = coding.codings(id, "li");
            assertThat(li.get("applications.received").figure().value()).isEqualTo("450");
            assertThat(li.get("applications.received").figure().hasSource()).isTrue(); // the span came along
            assertThat(li.get("fees.collected").figure().status().code()).isEqualTo("blank_in_source");
            assertThat(li.get("litigation.total").figure().value()).isEqualTo("26"); // not overwritten
            assertThat(coding.codings(id, "wang")).isEmpty();
        }
        // merging again changes nothing and lists the same conflict
        assertThat(run("merge-coding", "--db", team.toString(), moved.toString())).isEqualTo(1);
        assertThat(out()).contains("merged 0 figures (2 already the same, 1 conflicts");
    }
}
