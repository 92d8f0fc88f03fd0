package org.ogireview.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real full disk: a 3 MB tmpfs holds the database. Needs root to mount it; elsewhere the test is skipped with the
 * reason (the unit-level {@code DiskFullTest} covers the same paths through an H2 file system that fails on purpose).
 * Every count the import prints must be what the database holds when it is opened again.
 */
class FullDiskTmpfsTest extends CliTestBase {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) imported, .*; (\\d+) reports in the database");

    @TempDir
    Path dir;
    private Path mount;
    private boolean mounted;

    @BeforeEach
    void mountTmpfs() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "skipped: mounting a small tmpfs needs root (DiskFullTest covers a full disk at the unit level)");
        mount = Files.createDirectories(dir.resolve("small"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        assumeTrue(mounted, "skipped: a tmpfs could not be mounted here (" + said.strip() + ")");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", "-l", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Fills the file system but for {@code leaveBytes}. */
    private void fill(long leaveBytes) throws IOException {
        FileStore fs = Files.getFileStore(mount);
        long fill = fs.getUsableSpace() - leaveBytes;
        if (fill > 0) {
            Files.write(mount.resolve("filler"), new byte[(int) fill]);
        }
    }

    /** {@code n} distinct reports (the seeds, each copy with its own line at the end). */
    private Path reports(int n) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("reports-" + n));
        var seeds = TestFiles.seeds();
        for (int i = 0; i < n; i++) {
            Path seed = seeds.get(i % seeds.size());
            Files.writeString(folder.resolve(String.format("r%03d.txt", i)),
                    Files.readString(seed) + "\n副本 " + i + "\n", StandardCharsets.UTF_8);
        }
        return folder;
    }

    private int countAfterReopen(Path db) throws Exception {
        Files.deleteIfExists(mount.resolve("filler"));
        try (H2ReportStore store = H2ReportStore.open(db)) {
            return store.count();
        }
    }

    @Test
    void importIntoAnExistingDatabaseOnAFullDiskCountsWhatTheDatabaseHolds() throws Exception {
        Path db = mount.resolve("desk.mv.db");
        assertThat(run("import", "--db", db.toString(), reports(2).toString())).isZero();
        fill(48 * 1024);
        out.reset();
        err.reset();

        int exit = run("import", "--db", db.toString(), reports(12).toString());

        Matcher m = SUMMARY.matcher(out());
        assertThat(m.find()).as(out()).isTrue();
        int said = Integer.parseInt(m.group(2));
        assertThat(exit).isEqualTo(1);
        assertThat(err()).contains("Not saved").contains("the disk is full").contains("No space left on device")
                .doesNotContain("\tat ").doesNotContain("MVStoreException");
        assertThat(countAfterReopen(db)).isEqualTo(said);
        try (var files = Files.list(mount)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".trace.db"));
        }
    }

    @Test
    void folderImportIntoAFreshDatabaseOnAFullDiskClaimsNothingItDidNotSave() throws Exception {
        fill(400 * 1024);
        Path db = mount.resolve("fresh.mv.db");

        int exit = run("import", "--db", db.toString(), reports(60).toString());

        Matcher m = SUMMARY.matcher(out());
        assertThat(m.find()).as(out() + err()).isTrue();
        int imported = Integer.parseInt(m.group(1));
        int inDatabase = Integer.parseInt(m.group(2));
        assertThat(exit).isEqualTo(1);
        assertThat(imported).isEqualTo(inDatabase).isLessThan(60);
        assertThat(err()).doesNotContain("\tat ").doesNotContain("org.h2");
        assertThat(countAfterReopen(db)).isEqualTo(inDatabase);
    }

    @Test
    void exportToAFullDiskNamesTheFileAndLeavesNothingBehind() throws Exception {
        Path db = dir.resolve("elsewhere.mv.db");
        assertThat(run("import", "--db", db.toString(), reports(7).toString())).isZero();
        fill(8 * 1024);
        out.reset();
        err.reset();
        Path target = mount.resolve("long.csv");

        assertThat(run("export", "--db", db.toString(), "--layout", "long", "--out", target.toString()))
                .isEqualTo(1);
        assertThat(err()).contains(target.toString()).contains("No space left on device").doesNotContain("\tat ");
        try (var files = Files.list(mount)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("filler");
        }
    }
}
