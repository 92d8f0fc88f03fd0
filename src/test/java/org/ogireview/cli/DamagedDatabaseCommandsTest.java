package org.ogireview.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.store.Backups;
import org.ogireview.store.Database;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.TestFiles;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged and wrong database files through the commands a user runs: a database with a damaged page is opened
 * read-only (export works, import and edits are refused, the file is never written), a 0-byte file is never taken
 * for a new database, and verify, backup and restore bring back a healthy database.
 */
class DamagedDatabaseCommandsTest extends CliTestBase {

    @TempDir
    Path dir;

    @Override
    int run(String... args) {
        out.reset();
        err.reset();
        return super.run(args);
    }

    /** A healthy database of the seven bundled reports. */
    private Path healthy(String name) throws Exception {
        Path db = dir.resolve(name + ".mv.db");
        assertThat(run("import", "--db", db.toString(), bundledReports(dir).toString())).isZero();
        return db;
    }

    /**
     * Damages one page of a copy of {@code db} at a time, from the start of the file, until the damage lands in a
     * stored report (the file's layout varies from run to run, so the place is searched, not fixed). Returns the
     * damaged copy.
     */
    private Path damagedCopy(Path db) throws Exception {
        long size = Files.size(db);
        for (long at = 16384; at < size - 8192; at += 8192) {
            Path copy = dir.resolve("damaged.mv.db");
            Files.copy(db, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
                f.seek(at + 256);
                byte[] junk = new byte[512];
                Arrays.fill(junk, (byte) 0x5A);
                f.write(junk);
            }
            try (Database d = Database.open(copy)) {
                if (d.isReadOnly() && d.readOnlyReason().contains("report")) {
                    return copy;
                }
            } catch (org.ogireview.store.StoreException refused) {
                // damage where nothing can be read at all: look for another place
            }
            for (Path b : Backups.list(copy)) {
                Files.delete(b); // a copy whose damage fell in unused space opened healthy and was backed up
            }
        }
        throw new AssertionError("no place in " + db + " damaged a stored report");
    }

    @Test
    void aDamagedDatabaseOpensReadOnlyExportsWhatItCanAndIsNeverWritten() throws Exception {
        Path damaged = damagedCopy(healthy("good"));
        byte[] before = Files.readAllBytes(damaged);

        // import is refused before anything is read or written
        Path more = Files.createDirectories(dir.resolve("more"));
        Files.writeString(more.resolve("new.txt"), Files.readString(TestFiles.seeds().get(0)) + "\n追加");
        assertThat(run("import", "--db", damaged.toString(), more.toString())).isEqualTo(1);
        assertThat(err()).contains("nothing imported").contains(damaged.toString()).contains("damaged")
                .contains("read-only").doesNotContain("Exception").doesNotContain("Is the disk full");

        // what can be read is exported
        Path csv = dir.resolve("wide.csv");
        assertThat(run("export", "--db", damaged.toString(), "--layout", "wide", "--out", csv.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.size() - 1).isEqualTo(7);

        // verify names the damaged report
        assertThat(run("verify", "--db", damaged.toString())).isEqualTo(1);
        assertThat(err()).contains("NOT healthy").contains("cannot be read");

        // an edit through the store is refused with the reason
        try (H2ReportStore store = H2ReportStore.open(damaged)) {
            assertThat(store.readOnlyReason()).isPresent();
            // the window's banner gives the reason in its own language, the file named
            assertThat(store.readOnlyReason(java.util.Locale.SIMPLIFIED_CHINESE).orElseThrow())
                    .contains(damaged.toString()).contains("已损坏").contains("只读");
            long id = store.list().get(0).id();
            var f = store.figures(id).get(0);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.save(id, f,
                            f.withStatus(org.ogireview.model.FigureStatus.CONFIRMED), "li", "confirm"))
                    .hasMessageContaining("nothing was saved").hasMessageContaining("read-only");
        }
        assertThat(Files.readAllBytes(damaged)).isEqualTo(before);
        assertThat(Backups.list(damaged)).isEmpty(); // a damaged database is never backed up over good backups
    }

    @Test
    void anEmptyFileIsNeverTakenForANewDatabase() throws Exception {
        Path empty = dir.resolve("empty.mv.db");
        Files.write(empty, new byte[0]);
        assertThat(run("export", "--db", empty.toString(), "--layout", "long", "--out",
                dir.resolve("long.csv").toString())).isEqualTo(1);
        assertThat(err()).contains(empty.toString()).contains("empty (0 bytes)").contains("Restore a backup");
        assertThat(dir.resolve("long.csv")).doesNotExist();
        assertThat(run("import", "--db", empty.toString(), TestFiles.seeds().get(0).toString())).isEqualTo(1);
        assertThat(err()).contains("empty (0 bytes)");
        assertThat(Files.size(empty)).isZero();
        assertThat(run("verify", "--db", empty.toString())).isEqualTo(1);
    }

    @Test
    void backupVerifyAndRestoreBringBackAHealthyDatabase() throws Exception {
        Path db = healthy("desk");
        assertThat(Backups.list(db)).isEmpty(); // it was new when the import opened it

        assertThat(run("verify", "--db", db.toString())).isZero();
        assertThat(out()).contains("7 reports").contains("healthy");
        // the first open of a database holding reports made the daily backup; the next opens make none
        assertThat(Backups.list(db)).hasSize(1);
        assertThat(run("verify", "--db", db.toString())).isZero();
        assertThat(Backups.list(db)).hasSize(1);

        assertThat(run("backup", "--db", db.toString())).isZero();
        assertThat(out()).contains("backed up");
        assertThat(Backups.list(db)).hasSize(2);

        // the database is lost to a 0-byte file (a full disk while it was rewritten, say)
        Files.write(db, new byte[0]);
        assertThat(run("restore", "--db", db.toString(), "--latest")).isZero();
        assertThat(out()).contains("restored").contains("kept as");
        assertThat(run("verify", "--db", db.toString())).isZero();
        try (H2ReportStore store = H2ReportStore.open(db)) {
            assertThat(store.count()).isEqualTo(7);
        }
        // the replaced file is kept beside it, never deleted
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("desk.mv.db.before-restore-"));
        }
    }

    @Test
    void restoreRefusesABackupThatIsNotHealthy() throws Exception {
        Path db = healthy("desk");
        Path bad = dir.resolve("bad.zip");
        Files.writeString(bad, "not a zip");
        byte[] before = Files.readAllBytes(db);
        assertThat(run("restore", "--db", db.toString(), bad.toString())).isEqualTo(1);
        assertThat(err()).contains("Not restored");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
