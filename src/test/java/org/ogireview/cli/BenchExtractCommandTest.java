package org.ogireview.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.testing.TestFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark prints its figures; how fast is not asserted (that depends on the machine). */
class BenchExtractCommandTest extends CliTestBase {

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void benchesAFolderOfReports(@TempDir Path folder) throws Exception {
        for (Path sample : TestFiles.sampleTexts()) {
            Files.copy(sample, folder.resolve(sample.getFileName()));
        }
        Files.writeString(folder.resolve("notes.doc"), "not a report");
        assertThat(run("bench-extract", folder.toString(), "--repeat", "2")).isZero();
        assertThat(output()).contains("reports:   2 (").contains("2 x 2 reports").containsPattern("[0-9.]+ reports/s")
                .containsPattern("peak heap: [0-9.]+ MB");
        assertThat(output()).containsPattern("\\d{3} figures"); // the sample tables were really extracted
    }

    @Test
    void benchesOneFile() {
        Path sample = TestFiles.bundledReport("hongze-2023.txt");
        assertThat(run("bench-extract", sample.toString(), "--repeat", "1")).isZero();
        assertThat(output()).contains("reports:   1 (");
    }

    @Test
    void wrongArgumentsGetTheUsage(@TempDir Path folder) {
        assertThat(run("bench-extract")).isEqualTo(2);
        assertThat(run("bench-extract", folder.toString(), "--repeat", "x")).isEqualTo(2);
        assertThat(run("bench-extract", folder.toString(), "--repeat", "0")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: bench-extract");
    }

    @Test
    void anEmptyFolderOrAMissingFileIsAClearError(@TempDir Path folder) {
        assertThat(run("bench-extract", folder.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no .txt, .html, .htm or .pdf reports found");
        assertThat(run("bench-extract", folder.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt").contains("no such file");
    }
}
