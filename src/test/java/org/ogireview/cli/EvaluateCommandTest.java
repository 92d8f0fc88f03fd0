package org.ogireview.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.testing.TestFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTest extends CliTestBase {

    @Test
    void scoresTheSeedsPerFieldAndOverall() {
        List<String> args = new ArrayList<>(List.of("evaluate", "--gold", TestFiles.gold("seeds-gold.csv").toString()));
        TestFiles.seeds().forEach(p -> args.add(p.toString()));
        int code = run(args.toArray(String[]::new));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(printed).contains("proactive.total ").contains("tp=5");
        assertThat(printed.lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("f1=").contains("gold=94");
    }

    @Test
    void printsTheMisses(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.csv");
        Files.writeString(gold, "file,field,value,qualifier\n"
                + "004_504f2814b7c8e9b7.txt,proactive.total,40000,more_than\n"
                + "004_504f2814b7c8e9b7.txt,staff.total,12,\n");
        int code = run("evaluate", "--gold", gold.toString(),
                TestFiles.bundledReport("004_504f2814b7c8e9b7.txt").toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(printed).contains("wrong   004_504f2814b7c8e9b7.txt proactive.total: gold 40000/more_than, got 30000/more_than")
                .contains("missing 004_504f2814b7c8e9b7.txt staff.total: gold 12")
                .contains("extra   004_504f2814b7c8e9b7.txt report.year: got 2009");
    }

    @Test
    void badArgumentsAndFilesGetClearMessages(@TempDir Path dir) {
        assertThat(run("evaluate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--gold");
        assertThat(run("evaluate", "--gold", dir.resolve("none.csv").toString(), "x.txt")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("none.csv").contains("no such gold file");
    }
}
