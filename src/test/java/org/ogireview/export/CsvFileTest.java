package org.ogireview.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file an export writes: its mode, what a killed export left behind, and a failure that names the file. */
class CsvFileTest {

    @TempDir
    Path dir;

    @Test
    void aNewExportGetsTheUmaskModeAndAReplacedOneKeepsItsMode() throws Exception {
        Path probe = Files.createFile(dir.resolve("ordinary"));
        String umaskMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));

        Path out = dir.resolve("long.csv");
        CsvFile.write(out, true, rows -> rows.row("a", "1"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo(umaskMode)
                .isNotEqualTo("rw-------");

        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
        CsvFile.write(out, true, rows -> rows.row("b", "2"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
        assertThat(Files.readString(out)).contains("b,2");
    }

    @Test
    void temporaryFilesAKilledExportLeftAreRemovedByTheNextExport() throws Exception {
        Path stale = Files.writeString(dir.resolve(".long.csv-12345.tmp"), "half an export");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
        Path otherFile = Files.writeString(dir.resolve(".wide.csv-999.tmp"), "another export's");
        Files.setLastModifiedTime(otherFile, FileTime.from(Instant.now().minusSeconds(3600)));

        CsvFile.write(dir.resolve("long.csv"), true, rows -> rows.row("a"));

        assertThat(stale).doesNotExist();
        assertThat(otherFile).exists(); // only leftovers of the file being written
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("long.csv",
                    ".wide.csv-999.tmp");
        }
    }

    @Test
    void aFailedWriteNamesTheFileAndTheReasonAndLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("long.csv");
        Files.writeString(out, "the earlier export");
        assertThatThrownBy(() -> CsvFile.write(out, true, rows -> {
            rows.row("a");
            throw new IOException("No space left on device");
        })).hasMessageContaining(out.toString()).hasMessageContaining("No space left on device")
                .hasMessageContaining("unchanged");
        assertThat(Files.readString(out)).isEqualTo("the earlier export");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }
}
