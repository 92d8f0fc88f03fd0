package org.ogireview.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.testing.DamagedDatabases;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large database whose backup is not due: the window's open reads only the small tables before the list shows and
 * the figures table in the background (the commands read it before opening); damage there makes it read-only.
 * "Large" is lowered to every size here, so the bundled reports stand for 10,000.
 */
class DailyCheckProbeTest {

    @TempDir
    Path dir;

    private long threshold;

    @BeforeEach
    void everyFileIsLarge() {
        threshold = Database.fullCheckBytes;
        Database.fullCheckBytes = 0;
    }

    @AfterEach
    void restore() {
        Database.fullCheckBytes = threshold;
    }

    /** A healthy database with today's backup made (so none is due). */
    private Path backedUp(String name) throws Exception {
        Path db = DamagedDatabases.healthy(dir, name);
        try (Database d = Database.open(db)) {
            Backups.backup(d);
        }
        return db;
    }

    @Test
    void theFiguresAreReadInTheBackgroundAndNoCopyIsMade() throws Exception {
        Path db = backedUp("large");
        List<Path> backups = Backups.list(db);
        try (Database d = Database.openDeferringCheck(db)) {
            DailyCheck check = d.dailyCheck().orElseThrow();
            assertThat(check.backupDue()).isFalse();
            List<DailyCheck.Phase> phases = new ArrayList<>();
            check.onPhase(phases::add);
            assertThat(check.run().kind()).isEqualTo(DailyCheck.Kind.HEALTHY);
            assertThat(phases).containsExactly(DailyCheck.Phase.PROBING, DailyCheck.Phase.DONE);
            assertThat(d.isReadOnly()).isFalse();
        }
        assertThat(Backups.list(db)).isEqualTo(backups);
    }

    @Test
    void damageInTheFiguresFoundInTheBackgroundMakesItReadOnly() throws Exception {
        Path good = backedUp("good");
        long size = Files.size(good);
        Path copy = dir.resolve("damaged.mv.db");
        for (long at = 16384; at < size - 8192; at += 8192) {
            Files.copy(good, copy, StandardCopyOption.REPLACE_EXISTING);
            try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
                f.seek(at + 256);
                byte[] junk = new byte[512];
                Arrays.fill(junk, (byte) 0x5A);
                f.write(junk);
            }
            Files.createDirectories(Backups.folderFor(copy));
            Files.copy(Backups.list(good).get(0), Backups.folderFor(copy).resolve("damaged-20990101-000000.zip"),
                    StandardCopyOption.REPLACE_EXISTING); // a backup newer than any other: none is due
            boolean missedOnOpening;
            try (Database d = Database.openDeferringCheck(copy)) {
                missedOnOpening = !d.isReadOnly();
                if (missedOnOpening) {
                    DailyCheck check = d.dailyCheck().orElseThrow();
                    DailyCheck.Outcome o = check.run();
                    if (o.kind() == DailyCheck.Kind.DAMAGED) {
                        assertThat(d.isReadOnly()).isTrue();
                        assertThat(d.readOnlyReason()).contains(copy.toString()).contains("damaged")
                                .contains("read-only");
                        byte[] now = Files.readAllBytes(copy);
                        assertThat(Backups.list(copy)).hasSize(1);
                        d.close();
                        assertThat(Files.readAllBytes(copy)).isEqualTo(now); // nothing written after
                        return;
                    }
                    assertThat(o.kind()).isEqualTo(DailyCheck.Kind.HEALTHY);
                }
            } catch (StoreException refused) {
                // damage where nothing can be read at all: look for another place
            }
        }
        throw new AssertionError("no place in " + good + " damaged the figures table only");
    }
}
