package org.ogireview.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCommandTest extends CliTestBase {

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void luzhousLevelsAreReportedAndTheExitCodeIsZero() {
        String luzhou = TestFiles.bundledReport("000_6c56c39d01f2e555.txt").toString();
        assertThat(run("check", luzhou)).isZero();
        assertThat(lines().get(0)).isEqualTo("file,rule,severity,fields,message");
        // the growth rule reads the text itself, so it does not wait for the extractor
        assertThat(lines()).anySatisfy(l -> assertThat(l)
                .startsWith("000_6c56c39d01f2e555.txt,growth.parts,warning,proactive.total_change proactive.total,")
                .contains("全市各级行政机关 61540 (+2385)")
                .contains("add up to +3279, not +2385")
                .contains(" | 比上年增减："));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void allPrintsEveryRuleWithItsStatus() {
        String luzhou = TestFiles.bundledReport("000_6c56c39d01f2e555.txt").toString();
        assertThat(run("check", "--all", luzhou)).isZero();
        assertThat(lines().get(0)).isEqualTo("file,rule,severity,fields,message,status");
        assertThat(lines()).anyMatch(l -> l.contains(",growth.parts,") && l.endsWith(",failed"));
        assertThat(lines()).anyMatch(l -> l.contains(",parts.staff,") && l.endsWith(",not_run"));
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersStillChecked(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        String luzhou = TestFiles.bundledReport("000_6c56c39d01f2e555.txt").toString();
        assertThat(run("check", empty.toString(), dir.resolve("gone.html").toString(), luzhou)).isEqualTo(1);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("empty.txt").contains("gone.html");
        assertThat(lines()).anyMatch(l -> l.contains(",growth.parts,"));
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(run("check")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: check");
        assertThat(run("check", "--everything", "x.txt")).isEqualTo(2);
    }

    @Test
    void theCommandIsListed() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("check [--all] FILE...");
    }
}
