package org.ogireview;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** What the main class does with its arguments before any window: help, version, commands, errors. */
class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt launch(String... args) {
        return Launcher.headless(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpInEveryUsualSpellingPrintsTheCommandsAndExitsZero() {
        for (String help : new String[] {"-h", "--help", "help"}) {
            out.reset();
            assertThat(launch(help)).hasValue(0);
            assertThat(out()).contains("usage: ogi-review [--db PATH]").contains("extract").contains("export");
        }
        assertThat(err()).isEmpty();
    }

    @Test
    void versionPrintsTheBuildsVersion() {
        assertThat(launch("--version")).hasValue(0);
        assertThat(out().strip()).isEqualTo("ogi-review " + AppVersion.get());
        assertThat(AppVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void commandHelpPrintsThatCommandsUsageWithoutRunningIt() {
        assertThat(launch("export", "--help")).hasValue(0);
        assertThat(out()).startsWith("usage: export").contains("--layout");
        out.reset();
        assertThat(launch("extract", "-h")).hasValue(0);
        assertThat(out()).startsWith("usage: extract");
        out.reset();
        assertThat(launch("help", "check")).hasValue(0);
        assertThat(out()).startsWith("usage: check");
        assertThat(err()).isEmpty();
    }

    @Test
    void anUnknownCommandIsExitTwoWithAHintNotTheWindow() {
        assertThat(launch("exprot", "--out", "x.csv")).hasValue(2);
        assertThat(err()).isEqualTo("ogi-review: unknown command: exprot" + System.lineSeparator()
                + "Try 'ogi-review --help' for the commands and options." + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsExitTwoWithAHint() {
        assertThat(launch("--dbb", "x")).hasValue(2);
        assertThat(err()).contains("unknown option: --dbb").contains("Try 'ogi-review --help'");
        err.reset();
        assertThat(launch("--db")).hasValue(2);
        assertThat(err()).contains("--db needs a value");
    }

    @Test
    void theWindowsOwnOptionsOpenTheWindow() {
        assertThat(launch()).isEmpty();
        assertThat(launch("--db", "/tmp/x", "--lang", "en")).isEmpty();
        assertThat(launch("--smoke")).isEmpty();
        assertThat(out()).isEmpty();
        assertThat(err()).isEmpty();
    }
}
