package org.ogireview.logging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The log file: what lands in it (from every logging front end), what does not, and that it stays small. */
class AppLogTest {

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        AppLog.uninstall();
    }

    private String log() throws IOException {
        return Files.readString(AppLog.file().orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void warningsFromJulAndSystemLoggerLandInTheFileWithTheirStackTraces() throws IOException {
        Path file = AppLog.install(folder.resolve("logs")).orElseThrow();
        assertThat(file).isEqualTo(folder.resolve("logs").resolve("ogi-review-0.log").toAbsolutePath());

        Logger.getLogger("org.ogireview.store.Database").log(Level.WARNING, "backup failed: 磁盘已满",
                new IOException("No space left on device"));
        System.getLogger("javafx.scene").log(System.Logger.Level.WARNING, "CSS error parsing desk.css");
        AppLog.uncaught(new Thread("importer-1"), new IllegalStateException("row 7 has no key"));

        String log = log();
        assertThat(log).contains("OGI Report Review").contains("on Java");
        assertThat(log).contains("WARNING").contains("backup failed: 磁盘已满")
                .contains("java.io.IOException: No space left on device")
                .contains("\tat org.ogireview.logging.AppLogTest.warningsFromJulAndSystemLoggerLandInTheFile");
        assertThat(log).contains("javafx.scene: CSS error parsing desk.css");
        assertThat(log).contains("SEVERE").contains("uncaught on thread importer-1")
                .contains("java.lang.IllegalStateException: row 7 has no key");
    }

    @Test
    void librariesInformationChatterStaysOutButTheAppsOwnLinesGoIn() throws IOException {
        AppLog.install(folder);
        Logger.getLogger("org.apache.pdfbox.pdmodel.font").info("Using fallback font LiberationSans");
        Logger.getLogger("org.ogireview.gui.DeskApp").info("database /tmp/x.mv.db");
        Logger.getLogger("org.ogireview.extract").fine("candidate dropped");
        assertThat(log()).doesNotContain("fallback font").contains("database /tmp/x.mv.db")
                .doesNotContain("candidate dropped");
    }

    @Test
    void theFileIsRotatedAndNeverGrowsPastItsFiles() throws IOException {
        AppLog.install(folder, 4_000, 3);
        Logger log = Logger.getLogger("org.ogireview.test");
        for (int i = 0; i < 200; i++) {
            log.log(Level.WARNING, "figure " + i + " could not be saved", new IOException("disk " + i));
        }
        AppLog.uninstall();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("ogi-review-0.log", "ogi-review-1.log", "ogi-review-2.log");
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        assertThat(total).isLessThan(3 * 4_000 + 3 * 2_000);
        // FileHandler rotates right after the record that crossed the limit: the newest lines are in -0 or -1.
        assertThat(Files.readString(folder.resolve("ogi-review-0.log"))
                + Files.readString(folder.resolve("ogi-review-1.log"))).contains("figure 199 could not be saved");
    }

    @Test
    void anUnwritableFolderMeansNoLogFileNotAFailedStart() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("occupied"), "a file where the folder should be");
        assertThat(AppLog.install(notAFolder.resolve("logs"))).isEmpty();
        assertThat(AppLog.file()).isEmpty();
    }

    @Test
    void theFolderFollowsTheDataFolderUnlessAPropertyNamesOne() {
        String before = System.getProperty(AppLog.FOLDER_PROPERTY);
        try {
            System.clearProperty(AppLog.FOLDER_PROPERTY);
            assertThat(AppLog.folderFor(Path.of("/home/a/.ogi-review"))).isEqualTo(Path.of("/home/a/.ogi-review/logs"));
            System.setProperty(AppLog.FOLDER_PROPERTY, "/tmp/ci-logs");
            assertThat(AppLog.folderFor(Path.of("/home/a/.ogi-review"))).isEqualTo(Path.of("/tmp/ci-logs"));
        } finally {
            if (before == null) {
                System.clearProperty(AppLog.FOLDER_PROPERTY);
            } else {
                System.setProperty(AppLog.FOLDER_PROPERTY, before);
            }
        }
    }
}
