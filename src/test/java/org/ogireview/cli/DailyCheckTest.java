package org.ogireview.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.Figure;
import org.ogireview.model.Qualifier;
import org.ogireview.store.Backups;
import org.ogireview.store.DailyCheck;
import org.ogireview.store.Database;
import org.ogireview.store.DatabaseVerifier;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.RunDailyCheck;
import org.ogireview.store.StoreException;
import org.ogireview.testing.DamagedDatabases;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The window's open leaves the full check and the day's backup to a {@link DailyCheck} in the background: the list
 * is there at once, the backup is a copy that was checked, a damaged file makes the database read-only and never
 * replaces a good backup, and a check killed at any point leaves the backups as they were.
 */
class DailyCheckTest extends CliTestBase {

    @TempDir
    Path dir;

    /** A healthy database of the seven bundled reports, with no backup yet. */
    private Path healthy(String name) throws Exception {
        Path db = dir.resolve(name + ".mv.db");
        assertThat(run("import", "--db", db.toString(), bundledReports(dir.resolve(name + "-in")).toString()))
                .isZero();
        assertThat(Backups.list(db)).isEmpty(); // a new database is not backed up by its first import
        return db;
    }

    @Test
    void theListOpensBeforeTheCheckAndTheBackupIsTheCheckedCopyWhateverIsSavedMeanwhile() throws Exception {
        Path db = healthy("desk");
        String before;
        String after;
        try (H2ReportStore store = H2ReportStore.open(Database.openDeferringCheck(db))) {
            List<ReportSummary> list = store.list();
            assertThat(list).hasSize(7);
            assertThat(Backups.list(db)).isEmpty(); // nothing was copied or read through before the list
            DailyCheck check = store.database().dailyCheck().orElseThrow();
            assertThat(check.backupDue()).isTrue();
            long id = list.get(0).id();
            Figure f = store.figures(id).get(0);
            before = f.value();
            after = before + "9";
            List<DailyCheck.Phase> phases = new ArrayList<>();
            check.onPhase(phase -> {
                phases.add(phase);
                if (phase == DailyCheck.Phase.CHECKING) { // the coder saves while the copy is read through
                    try {
                        store.save(id, f, f.withValue(after, Qualifier.EXACT), "tester", "edit");
                    } catch (StoreException e) {
                        throw new AssertionError(e);
                    }
                }
            });
            DailyCheck.Outcome o = check.run();
            assertThat(o.kind()).isEqualTo(DailyCheck.Kind.BACKED_UP);
            assertThat(phases).containsExactly(DailyCheck.Phase.COPYING, DailyCheck.Phase.CHECKING,
                    DailyCheck.Phase.KEEPING, DailyCheck.Phase.DONE);
            assertThat(Backups.list(db)).containsExactly(o.backup());
            assertThat(hidden(db)).isEmpty();
            assertThat(store.readOnlyReason()).isEmpty();
            assertThat(store.figures(id).get(0).value()).isEqualTo(after);
            assertThat(check.run()).isSameAs(o); // once only
        }
        // the backup is the state that was checked: before the save
        Path restored = dir.resolve("restored.mv.db");
        Backups.restore(restored, Backups.list(db).get(0));
        try (H2ReportStore store = H2ReportStore.open(restored)) {
            assertThat(DatabaseVerifier.verify(store.database()).healthy()).isTrue();
            long id = store.list().get(0).id();
            assertThat(store.figures(id).get(0).value()).isEqualTo(before);
        }
        // the day's backup is made: the next open leaves no check (the file is small, so it is still read through)
        try (Database again = Database.openDeferringCheck(db)) {
            assertThat(again.dailyCheck().orElseThrow().backupDue()).isFalse();
            assertThat(again.dailyCheck().get().run().kind()).isEqualTo(DailyCheck.Kind.HEALTHY);
            assertThat(Backups.list(db)).hasSize(1);
            assertThat(hidden(db)).isEmpty();
        }
    }

    @Test
    void damageFoundByTheCheckMakesTheDatabaseReadOnlyAndKeepsTheGoodBackups() throws Exception {
        Path good = healthy("good");
        Path damaged = DamagedDatabases.damagedInAReport(good, dir);
        Map<Path, byte[]> backups = oldGoodBackups(good, damaged);
        try (H2ReportStore store = H2ReportStore.open(Database.openDeferringCheck(damaged))) {
            // the quick look on opening does not see this damage: the list shows and the file can be written
            assertThat(store.readOnlyReason()).isEmpty();
            assertThat(store.list()).hasSize(7);
            DailyCheck check = store.database().dailyCheck().orElseThrow();
            assertThat(check.backupDue()).isTrue();
            DailyCheck.Outcome o = check.run();
            assertThat(o.kind()).isEqualTo(DailyCheck.Kind.DAMAGED);
            assertThat(o.backup()).isNull();
            assertThat(store.readOnlyReason()).get().asString().contains(damaged.toString()).contains("damaged")
                    .contains("read-only").contains("report");
            assertThat(store.readOnlyReason(java.util.Locale.CHINESE)).get().asString().contains("已损坏");
            byte[] now = Files.readAllBytes(damaged);
            // from now on nothing is written: a save says not saved
            long id = store.list().get(0).id();
            Figure f = store.figures(id).get(0);
            assertThatThrownBy(() -> store.save(id, f, f.withValue("1", Qualifier.EXACT), "tester", "edit"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("nothing was saved");
            store.close();
            assertThat(Files.readAllBytes(damaged)).isEqualTo(now);
        }
        assertUnchanged(damaged, backups);
        assertThat(hidden(damaged)).isEmpty();
    }

    @Test
    void aCheckKilledWhileCopyingOrCheckingLeavesTheBackupsAsTheyWereAndTheNextOneCompletes() throws Exception {
        Path db = healthy("killed");
        Map<Path, byte[]> backups = oldGoodBackups(db, db);
        for (DailyCheck.Phase at : List.of(DailyCheck.Phase.CHECKING, DailyCheck.Phase.KEEPING)) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RunDailyCheck.class.getName(), db.toString(),
                    at.name()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8));
                for (String line = out.readLine(); !("phase " + at).equals(line); line = out.readLine()) {
                    assertThat(line).as("the child's output").isNotNull().startsWith("phase ");
                }
            } finally {
                child.destroyForcibly(); // SIGKILL, with the copy taken (and read through, at KEEPING)
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            assertUnchanged(db, backups);
            assertThat(hidden(db)).isNotEmpty(); // what the killed check left, hidden from the list
        }
        // a check killed as it began copying: at some moment in H2's copy
        for (int i = 0; i < 3; i++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RunDailyCheck.class.getName(), db.toString(),
                    "KEEPING").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo("phase COPYING");
                Thread.sleep(i * 15L);
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
            assertUnchanged(db, backups);
        }
        try (Database again = Database.openDeferringCheck(db)) {
            DailyCheck.Outcome o = again.dailyCheck().orElseThrow().run();
            assertThat(o.kind()).isEqualTo(DailyCheck.Kind.BACKED_UP);
            assertThat(hidden(db)).isEmpty(); // the leftovers were deleted
            assertThat(Backups.list(db)).startsWith(o.backup()).containsAll(backups.keySet()).hasSize(3);
            assertThat(DatabaseVerifier.verify(again).healthy()).isTrue();
        }
        assertThat(run("verify", "--db", db.toString())).isZero();
    }

    /**
     * Two good backups of {@code good}, two days old, put beside {@code target} (so its backup is due); returns them
     * with their bytes.
     */
    private Map<Path, byte[]> oldGoodBackups(Path good, Path target) throws Exception {
        Path made;
        try (Database d = Database.open(good)) {
            made = Backups.backup(d);
        }
        Files.createDirectories(Backups.folderFor(target));
        String base = target.getFileName().toString().replace(".mv.db", "");
        Map<Path, byte[]> kept = new LinkedHashMap<>();
        for (String stamp : List.of("20261203-090000", "20261204-090000")) {
            Path b = Backups.folderFor(target).resolve(base + "-" + stamp + ".zip");
            if (!b.equals(made)) {
                Files.copy(made, b, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.setLastModifiedTime(b, FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
            kept.put(b, Files.readAllBytes(b));
        }
        for (Path other : Backups.list(target)) {
            if (!kept.containsKey(other)) {
                Files.delete(other); // the one opening made
            }
        }
        for (Path other : Backups.list(good)) {
            if (!kept.containsKey(other)) {
                Files.delete(other);
            }
        }
        assertThat(Backups.list(target)).containsExactlyInAnyOrderElementsOf(kept.keySet());
        return kept;
    }

    private static void assertUnchanged(Path db, Map<Path, byte[]> backups) throws Exception {
        assertThat(Backups.list(db)).containsExactlyInAnyOrderElementsOf(backups.keySet());
        for (Map.Entry<Path, byte[]> e : backups.entrySet()) {
            assertThat(Files.readAllBytes(e.getKey())).isEqualTo(e.getValue());
        }
    }

    /** The hidden files in the backups folder (copies a check left). */
    private static List<String> hidden(Path db) throws Exception {
        Path folder = Backups.folderFor(db);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }
}
