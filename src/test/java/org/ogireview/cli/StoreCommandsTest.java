package org.ogireview.cli;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.TestFiles;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoreCommandsTest extends CliTestBase {

    @TempDir
    Path dir;

    /** Each command's output on its own: the buffers are emptied first. */
    @Override
    int run(String... args) {
        out.reset();
        err.reset();
        return super.run(args);
    }

    @Test
    void importPrintsTheSummaryAndNamesFailedFilesOnStderr() throws Exception {
        Path folder = bundledReports(dir);
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Path db = dir.resolve("desk");
        Path summary = dir.resolve("summary.csv");

        assertThat(run("import", "--db", db.toString(), "--coder", "li", "--summary", summary.toString(),
                folder.toString())).isEqualTo(1);
        assertThat(out()).contains("7 imported, 0 already present, 1 failed").contains("7 reports in the database");
        assertThat(err()).contains("empty.txt: ").contains("empty").doesNotContain("Exception");
        List<String[]> rows = csv(summary);
        assertThat(rows).hasSize(1 + 8);
        assertThat(rows.get(0)).containsExactly("file", "status", "report_id", "figures", "message");

        Files.delete(folder.resolve("empty.txt"));
        assertThat(run("import", "--db", db.toString(), folder.toString())).isZero();
        assertThat(out()).contains("0 imported, 7 already present, 0 failed");
        try (H2ReportStore store = H2ReportStore.open(db)) {
            assertThat(store.count()).isEqualTo(7);
            assertThat(store.history(store.list().get(0).id()).get(0).coder()).isEqualTo("li");
        }
    }

    @Test
    void exportWritesEachLayoutWithOrWithoutBom() throws Exception {
        Path db = dir.resolve("desk");
        assertThat(run("import", "--db", db.toString(), bundledReports(dir).toString())).isZero();
        for (String layout : List.of("long", "wide", "history")) {
            Path file = dir.resolve(layout + ".csv");
            assertThat(run("export", "--db", db.toString(), "--layout", layout, "--out", file.toString()))
                    .as(err()).isZero();
            assertThat(out()).contains("wrote").contains(file.toString());
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("\uFEFF");
        }
        assertThat(csv(dir.resolve("wide.csv"))).hasSize(1 + 7);
        assertThat(csv(dir.resolve("history.csv"))).hasSize(1 + 7);
        assertThat(String.join(",", csv(dir.resolve("wide.csv")).get(3))).containsAnyOf("洪泽区", "泸州市",
                ".txt");

        Path plain = dir.resolve("plain.csv");
        assertThat(run("export", "--db", db.toString(), "--layout", "wide", "--out", plain.toString(), "--no-bom"))
                .isZero();
        assertThat(Files.readAllBytes(plain)[0]).isEqualTo((byte) 'r');

        Path folder = Files.createDirectory(dir.resolve("all"));
        assertThat(run("export", "--db", db.toString(), "--layout", "all", "--out", folder.toString()))
                .as(err()).isZero();
        for (String layout : List.of("long", "wide", "history")) {
            assertThat(out()).contains("wrote").contains(folder.resolve(layout + ".csv").toString());
            assertThat(folder.resolve(layout + ".csv")).as(layout).hasSameBinaryContentAs(dir.resolve(layout + ".csv"));
        }
        assertThat(run("export", "--db", db.toString(), "--layout", "all", "--out", plain.toString())).isEqualTo(1);
        assertThat(err()).contains("names a folder");
    }

    @Test
    void exportProblemsAreClearMessages() throws Exception {
        assertThat(run("export", "--db", dir.resolve("nothing").toString(), "--layout", "wide", "--out",
                dir.resolve("x.csv").toString())).isEqualTo(1);
        assertThat(err()).contains("no database at").contains("nothing.mv.db");
        assertThat(dir.resolve("nothing.mv.db")).doesNotExist();

        assertThat(run("export", "--layout", "tall", "--out", "x.csv")).isEqualTo(2);
        assertThat(err()).contains("unknown layout 'tall'").contains("usage: export");
        assertThat(run("export", "--layout", "wide")).isEqualTo(2);
        assertThat(run("import", "--db")).isEqualTo(2);
        assertThat(err()).contains("--db needs a value");
        assertThat(run("import", "--frobnicate", "x")).isEqualTo(2);
        assertThat(err()).contains("unknown option --frobnicate");
    }

    @Test
    void lockedDatabaseIsNamedWithoutAStackTrace() throws Exception {
        Path db = dir.resolve("busy");
        try (H2ReportStore window = H2ReportStore.open(db)) {
            assertThat(run("import", "--db", db.toString(), bundledReports(dir).toString())).isEqualTo(1);
            assertThat(err()).contains(window.path().toString())
                    .contains("is open in another OGI Report Review window or process")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void benchPrintsEveryFigure() throws Exception {
        assertThat(run("bench", "--n", "14", "--pdf-copies", "1", "--dir", dir.resolve("bench").toString()))
                .as(err()).isZero();
        assertThat(out()).contains("import + extract PDF").contains("2 files (0 failed), 10 pages").contains("pages/s")
                .contains(">= 10 pages/s");
        assertThat(out()).contains("N = 14").contains("reports/s").contains("database size").contains("open + list")
                .contains("switch report").contains("export long").contains("export wide")
                .contains("export history").contains("export all three").contains("heap ");
        assertThat(out()).contains("14 imported, 0 already present, 0 failed");
        assertThat(dir.resolve("bench")).doesNotExist();
        assertThat(run("bench", "--n", "ten")).isEqualTo(2);
    }

    private static List<String[]> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVReader r = new CSVReader(new StringReader(text))) {
            return r.readAll();
        }
    }
}
