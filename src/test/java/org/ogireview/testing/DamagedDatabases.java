package org.ogireview.testing;

import org.ogireview.importing.CollectionImporter;
import org.ogireview.store.Backups;
import org.ogireview.store.Database;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.StoreException;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/** Real database files of the bundled reports, healthy and with damage in a stored report. */
public final class DamagedDatabases {

    private DamagedDatabases() {
    }

    /** A database of the bundled seeds and sample texts, imported in {@code dir}; no backup made. */
    public static Path healthy(Path dir, String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name + "-reports"));
        for (Path p : TestFiles.seeds()) {
            Files.copy(p, folder.resolve(p.getFileName()));
        }
        for (Path p : TestFiles.sampleTexts()) {
            Files.copy(p, folder.resolve(p.getFileName()));
        }
        Path db = dir.resolve(name + ".mv.db");
        try (H2ReportStore store = H2ReportStore.open(db)) {
            new CollectionImporter(store).coder("tester").run(List.of(folder));
        }
        return db;
    }

    /**
     * A copy of {@code db} (as {@code dir/damaged.mv.db}) with one page damaged where only the full check finds it
     * (a stored report), not the quick look made on every open. The place is searched, as the file's layout varies
     * from run to run.
     */
    public static Path damagedInAReport(Path db, Path dir) throws Exception {
        long size = Files.size(db);
        Path copy = dir.resolve("damaged.mv.db");
        for (long at = 16384; at < size - 8192; at += 8192) {
            Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
            try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
                f.seek(at + 256);
                byte[] junk = new byte[512];
                Arrays.fill(junk, (byte) 0x5A);
                f.write(junk);
            }
            boolean fullCheckFindsIt;
            try (Database d = Database.open(copy)) { // the commands' open: the full check first
                fullCheckFindsIt = d.isReadOnly() && d.readOnlyReason().contains("report");
            } catch (StoreException refused) {
                fullCheckFindsIt = false;
            }
            for (Path b : Backups.list(copy)) {
                Files.delete(b); // the damage fell in unused space: the copy opened healthy and was backed up
            }
            if (fullCheckFindsIt) {
                Path probe = dir.resolve("probe.mv.db");
                Files.copy(copy, probe, StandardCopyOption.REPLACE_EXISTING);
                boolean quickLookMissesIt;
                try (Database d = Database.openDeferringCheck(probe)) {
                    quickLookMissesIt = !d.isReadOnly();
                }
                Files.delete(probe);
                if (quickLookMissesIt) {
                    return copy;
                }
            }
        }
        throw new AssertionError("no place in " + db + " damaged a stored report unseen by the quick look");
    }
}
