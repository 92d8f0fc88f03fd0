package org.ogireview.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.TestFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated exports never empty the database. Written as the reproduction of a loss seen on 2026-12-06 at 10:25
 * (after an import in this JVM, repeated {@code export --layout wide} runs, each opening and closing the database,
 * twice found it holding no reports, at export 4 and 6). It no longer reproduces (8 of 8 runs alone, and the full
 * suite) since the divisions list stopped looping (three cities were their own parents, so body linking, which every
 * export runs first, could spin while the database was open); it stays as the guard.
 */
class RepeatedExportLossTest extends CliTestBase {
    @TempDir
    static Path dir;

    @Test
    void repeatedExportsNeverEmptyTheDatabase() throws Exception {
        List<Path> files = new ArrayList<>(TestFiles.seeds());
        files.addAll(TestFiles.sampleTexts());
        files.add(TestFiles.samplePdfs().get(0));
        Path db = dir.resolve("desk");
        try (H2ReportStore store = H2ReportStore.open(db)) {
            new CollectionImporter(store).coder("li").run(files);
        }
        for (int i = 0; i < 12; i++) {
            try (H2ReportStore store = H2ReportStore.open(db)) {
                assertThat(store.count()).as("before export " + i).isEqualTo(8);
            }
            assertThat(run("export", "--db", db.toString(), "--layout", "wide", "--out",
                    dir.resolve("w" + i + ".csv").toString(), "--no-bom")).isZero();
        }
    }
}
