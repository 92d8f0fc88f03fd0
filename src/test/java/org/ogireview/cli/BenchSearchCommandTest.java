package org.ogireview.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The search benchmark prints its figures; how fast is not asserted (that depends on the machine). */
class BenchSearchCommandTest extends CliTestBase {

    @Test
    void searchesASyntheticCollectionAndAGivenDatabase(@TempDir Path dir) {
        assertThat(run("bench-search", "--n", "14")).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("importing 14 synthetic reports")
                .containsPattern("first search [0-9.]+ s \\(\\d+ of 14 reports")
                .contains("\"政府信息公开\": 14 reports")
                .contains("\"没有哪份报告写过这句话\": 0 reports")
                .containsPattern("median \\d+ ms, max \\d+ ms over 25 searches on 14 reports")
                .containsPattern("failing checks +\\d+ rules");

        assertThat(run("bench-search", "--db", dir.resolve("missing.mv.db").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.mv.db does not exist");
    }
}
