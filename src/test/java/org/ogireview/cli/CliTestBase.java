package org.ogireview.cli;

import org.ogireview.testing.TestFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the command tests share: the CLI run with its standard output and error captured as UTF-8. */
abstract class CliTestBase {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs one command; what it prints adds to {@link #out} and {@link #err}. Returns the exit code. */
    int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** What the commands printed on standard output so far. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the commands printed on standard error so far. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A folder {@code reports} in {@code dir} holding copies of the seeds and the sample texts. */
    static Path bundledReports(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        for (Path p : TestFiles.seeds()) {
            Files.copy(p, folder.resolve(p.getFileName()));
        }
        for (Path p : TestFiles.sampleTexts()) {
            Files.copy(p, folder.resolve(p.getFileName()));
        }
        return folder;
    }
}
