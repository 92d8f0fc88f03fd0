package org.ogireview.cli;

import org.ogireview.store.AuditEntry;
import org.ogireview.store.Database;
import org.ogireview.store.DatabaseVerifier;
import org.ogireview.store.H2ReportStore;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code soak [--n 2000] [--kills 20] [--dir DIR] [--seed S]}: the reliability soak test. Imports N distinct reports
 * with the {@code import} command in a child process, killing it (SIGKILL) at a random moment KILLS times, then lets
 * a last import finish, and checks the result: every report in the database exactly once, each with exactly one
 * import entry in the audit log, and {@link DatabaseVerifier} finding nothing wrong. Not part of {@code mvn verify}
 * (it takes minutes); its result is in the README's reliability section.
 */
final class SoakCommand implements Cli.Command {

    @Override
    public String usage() {
        return "soak [--n 2000] [--kills 20] [--dir DIR] [--seed S]\n"
                + "                                  import N reports, killing the import KILLS times; check counts + audit log";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("soak", args, Set.of("--n", "--kills", "--dir", "--seed"), Set.of());
        int n = a.intOption("soak", "--n", 2000);
        int kills = a.intOption("soak", "--kills", 20);
        Random random = new Random(a.intOption("soak", "--seed", 16));
        Path dir = a.path("--dir") != null ? Files.createDirectories(a.path("--dir"))
                : Files.createTempDirectory("ogi-soak");
        Path reports = dir.resolve("reports");
        Path db = dir.resolve("soak.mv.db");
        out.println("soak: writing " + n + " reports to " + reports);
        new SyntheticCollection().write(reports, n);
        try (var files = Files.list(reports)) {
            int i = 0;
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                // one line of its own per file, so every file is a distinct report (its own SHA-256)
                Files.writeString(f, "\n（文件编号 " + (i++) + "）\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        }
        long started = System.nanoTime();
        int killed = 0;
        for (int k = 0; k < kills; k++) {
            long sizeBefore = Files.exists(db) ? Files.size(db) : 0;
            Process p = importProcess(db, reports, dir.resolve("import-" + k + ".log"));
            // kill while it writes: once the file has grown by 256 KB (reports are going in; opening alone adds a
            // little), at a random moment within the next few seconds; a machine under load is slow to start, so
            // the kill waits for the writing, not for a clock
            while (p.isAlive() && (!Files.exists(db) || Files.size(db) <= sizeBefore + 256 * 1024)) {
                Thread.sleep(100);
            }
            long waitMs = random.nextInt(6000);
            if (p.waitFor(waitMs, TimeUnit.MILLISECONDS)) {
                out.println(String.format(Locale.ROOT, "run %2d: finished before the kill (exit %d)", k + 1,
                        p.exitValue()));
                continue;
            }
            p.destroyForcibly().waitFor();
            killed++;
            out.println(String.format(Locale.ROOT, "run %2d: killed (SIGKILL) %d ms into its writing; %s reports stored so far",
                    k + 1, waitMs, countOf(db)));
        }
        Process last = importProcess(db, reports, dir.resolve("import-last.log"));
        if (!last.waitFor(30, TimeUnit.MINUTES)) {
            last.destroyForcibly();
            err.println("soak: the last import did not finish in 30 minutes");
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        int problems = 0;
        try (H2ReportStore store = H2ReportStore.open(db)) {
            int count = store.count();
            Map<Long, Integer> importEntries = new HashMap<>();
            List<AuditEntry> history = store.history();
            for (AuditEntry e : history) {
                if (e.action().equals("import")) {
                    importEntries.merge(e.reportId(), 1, Integer::sum);
                }
            }
            long twice = importEntries.values().stream().filter(c -> c > 1).count();
            out.println(String.format(Locale.ROOT, "soak: %d processes killed of %d runs, then one to the end, in "
                    + "%.0f s", killed, kills, seconds));
            out.println("  reports in the database: " + count + " of " + n + (count == n ? " (all)" : " (WRONG)"));
            out.println("  import entries in the audit log: " + importEntries.size() + " reports, " + twice
                    + " with more than one" + (importEntries.size() == count && twice == 0 ? " (right)" : " (WRONG)"));
            problems += count == n ? 0 : 1;
            problems += importEntries.size() == count && twice == 0 ? 0 : 1;
            DatabaseVerifier.Result r = DatabaseVerifier.verify(store.database());
            out.println("  verify: " + (r.healthy() ? "healthy" : "NOT healthy: " + r.problems()) + " ("
                    + r.reports() + " reports, " + r.figures() + " figures, " + r.auditEntries() + " audit entries)");
            problems += r.healthy() ? 0 : 1;
        }
        out.println(problems == 0 ? "soak: PASSED" : "soak: FAILED");
        return problems == 0 ? 0 : 1;
    }

    private static Process importProcess(Path db, Path reports, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-Dogi.backups.off=true", "-cp",
                System.getProperty("java.class.path"), "org.ogireview.Launcher", "import", "--db", db.toString(),
                "--quiet", reports.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String countOf(Path db) {
        if (!Files.exists(Database.databaseFile(db))) {
            return "0";
        }
        try (H2ReportStore store = H2ReportStore.open(db)) {
            return Integer.toString(store.count());
        } catch (Exception e) {
            return "? (" + e.getMessage() + ")";
        }
    }
}
