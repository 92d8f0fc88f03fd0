package org.ogireview.cli;

import org.ogireview.export.CsvExporter;
import org.ogireview.store.DailyCheck;
import org.ogireview.store.Database;
import org.ogireview.export.ExportLayout;
import org.ogireview.export.ExportResult;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.importing.DatasetLinks;
import org.ogireview.importing.ImportSummary;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.ServerAddress;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.GarbageCollectorMXBean;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench [--n 1000,10000]}: builds synthetic collections of N text reports from the bundled ones and measures
 * what a coder waits for: import with extraction, opening the database with its report list, switching reports,
 * exporting all three layouts, and the heap it takes; and, once, the import of copies of the bundled PDF reports in
 * pages per second. Prints a table of the figures, each beside its target and whether it is met; asserts nothing.
 */
final class BenchCommand implements Cli.Command {

    private static final Set<String> VALUES = Set.of("--n", "--pdf-copies", "--threads", "--dir", "--pg");
    private static final Set<String> FLAGS = Set.of("--keep");
    private static final int SWITCHES = 50;
    private static final int PDF_COPIES = 10;
    private static final int TARGET_EXPORT_REPORTS = 10_000;
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Override
    public String usage() {
        return "bench [--n 1000,10000] [--pdf-copies N] [--threads N] [--dir FOLDER] [--keep] [--pg URL]"
                + "\n                                  time import, open, report switch and export on synthetic "
                + "collections";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("bench", args, VALUES, FLAGS);
        List<Integer> sizes = new ArrayList<>();
        for (String s : a.option("--n", "1000").split(",")) {
            try {
                int n = Integer.parseInt(s.trim());
                if (n < 1) {
                    throw new NumberFormatException();
                }
                sizes.add(n);
            } catch (NumberFormatException e) {
                throw new Cli.UsageException("bench: --n takes sizes such as 1000,10000, not '" + s + "'");
            }
        }
        int threads = a.intOption("bench", "--threads", Runtime.getRuntime().availableProcessors());
        int pdfCopies = a.intOption("bench", "--pdf-copies", PDF_COPIES);
        Path base = a.path("--dir") == null ? Files.createTempDirectory("ogi-bench-")
                : Files.createDirectories(a.path("--dir"));
        SyntheticCollection synthetic = new SyntheticCollection();
        out.printf(Locale.ROOT, "bench in %s: %d cores, %d import threads, max heap %d MB, load average %s%n", base,
                CORES, threads, Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        out.println("  (wall-clock figures depend on what else the machine runs; the CPU-based ones do not)");
        try {
            if (pdfCopies > 0) {
                runPdfs(base.resolve("pdf"), pdfCopies, threads, synthetic, out);
            }
            for (int n : sizes) {
                runOne(base.resolve("n" + n), n, threads, synthetic, out);
                if (a.option("--pg") != null) { // the same reports on a PostgreSQL server (docs/decisions/0250)
                    PostgresBench.run(ServerAddress.parse(a.option("--pg")), base.resolve("n" + n).resolve("reports"),
                            base.resolve("n" + n), n, threads, out);
                }
            }
        } finally {
            if (!a.flag("--keep")) {
                deleteTree(base);
            }
        }
        return 0;
    }

    /** Import with extraction of PDFs: the bundled ones, copied. */
    private static void runPdfs(Path dir, int copies, int threads, SyntheticCollection synthetic, PrintStream out)
            throws Exception {
        Path files = dir.resolve("reports");
        int pages = synthetic.writePdfs(files, copies);
        out.printf(Locale.ROOT, "%nPDF: %d copies of each bundled PDF report, %d pages in all%n", copies, pages);
        BenchTable table = new BenchTable(out);
        table.header();
        Timed<ImportSummary> t = Timed.run(() -> {
            try (H2ReportStore store = H2ReportStore.open(dir.resolve("bench.mv.db"))) {
                return new CollectionImporter(store).threads(threads).coder("bench").run(List.of(files));
            }
        });
        ImportSummary summary = t.value();
        table.row("import + extract PDF", BenchTable.format("%d files (%d failed), %d pages in %.1f s = %.1f pages/s",
                summary.imported(), summary.failed(), pages, t.seconds(), pages / t.seconds()), ">= 10 pages/s",
                pages / t.seconds() >= 10);
        if (t.cpuSeconds() > 0) {
            double perPage = t.cpuSeconds() / pages;
            table.row("  on CPU time", BenchTable.format("%.0f CPU-ms per page = %.1f pages/s on %d idle cores",
                    perPage * 1000, CORES / perPage, CORES), ">= 10 pages/s", CORES / perPage >= 10);
        }
    }

    private static void runOne(Path dir, int n, int threads, SyntheticCollection synthetic, PrintStream out)
            throws Exception {
        Path reports = dir.resolve("reports");
        long bytes = synthetic.write(reports, n);
        Path dbFile = dir.resolve("bench.mv.db");
        System.gc();
        HeapWatch heap = new HeapWatch();
        out.printf(Locale.ROOT, "%nN = %,d synthetic text reports from %d bundled ones (%.1f MB of text)%n", n,
                synthetic.templates(), bytes / 1048576.0);
        BenchTable table = new BenchTable(out);
        table.header();

        Timed<ImportSummary> imported = Timed.run(() -> {
            try (H2ReportStore store = H2ReportStore.open(dbFile)) {
                return new CollectionImporter(store).threads(threads).coder("bench").run(List.of(reports));
            }
        });
        ImportSummary summary = imported.value();
        double rate = summary.imported() / imported.seconds();
        table.row("import + extract", BenchTable.format("%,d imported, %d already present, %d failed in %.1f s = "
                        + "%.0f reports/s", summary.imported(), summary.alreadyPresent(), summary.failed(),
                imported.seconds(), rate), ">= 100/s", rate >= 100);
        if (imported.cpuSeconds() > 0) {
            // CPU time does not depend on what else the machine is doing: cores / (CPU per report) is the rate on
            // an otherwise idle machine
            double perReport = imported.cpuSeconds() / Math.max(1, summary.imported());
            table.row("  on CPU time", BenchTable.format("%.1f CPU-s, %.1f CPU-ms per report = %.0f reports/s on %d "
                    + "idle cores", imported.cpuSeconds(), perReport * 1000, CORES / perReport, CORES), ">= 100/s",
                    CORES / perReport >= 100);
        }
        long size = Files.size(dbFile);
        table.row("database size", BenchTable.format("%.1f MB (%.1f KB per report)", size / 1048576.0,
                size / 1024.0 / Math.max(1, summary.imported())));

        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        // opened as the window opens it: the full check and the day's backup run once the list shows
        try (H2ReportStore store = H2ReportStore.open(Database.openDeferringCheck(dbFile))) {
            List<ReportSummary> list = store.list();
            double open = seconds(t0);
            double openCpu = (processCpuNanos() - cpu0) / 1e9;
            table.row("open + list", BenchTable.format("%.2f s, %.2f CPU-s for %,d reports", open, openCpu,
                    list.size()), "<= 2 s", open <= 2);
            dailyCheck(store, table);
            switches(store, list, table);
            exports(store, dir, n, table);
            CollectionBench.run(store, dir, table);
        }
        heap.stop();
        table.row("heap", BenchTable.format("at most %d MB in use (sampled every 20 ms), %.1f s in GC", heap.peak() >> 20,
                heap.gcSeconds()), "<= 512 MB", (heap.peak() >> 20) <= 512);
        out.printf(Locale.ROOT, "  load average now %s%n", loadAverage());
    }

    /** The check and backup the window runs in the background after opening (timed alone here). */
    private static void dailyCheck(H2ReportStore store, BenchTable table) throws Exception {
        java.util.Optional<DailyCheck> pending = store.database().dailyCheck();
        if (pending.isPresent()) {
            DailyCheck check = pending.get();
            Timed<DailyCheck.Outcome> t = Timed.run(check::run);
            table.row("  then in the background", BenchTable.format("full check%s: %s in %.1f s, %.1f CPU-s",
                    check.backupDue() ? " and the day's backup" : "", t.value().kind(), t.seconds(),
                    t.cpuSeconds()));
        }
    }

    private static void switches(H2ReportStore store, List<ReportSummary> list, BenchTable table) throws Exception {
        List<Long> ids = new ArrayList<>(list.stream().map(ReportSummary::id).toList());
        Collections.shuffle(ids, new Random(1));
        List<Double> switches = new ArrayList<>();
        int figures = 0;
        for (long id : ids.subList(0, Math.min(SWITCHES, ids.size()))) {
            long s = System.nanoTime();
            store.report(id);
            figures += store.figures(id).size();
            switches.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(switches);
        double max = switches.get(switches.size() - 1);
        table.row("switch report", BenchTable.format("median %.1f ms, max %.1f ms over %d reports (%.0f figures "
                        + "each)", switches.get(switches.size() / 2), max, switches.size(),
                figures / (double) switches.size()), "<= 100 ms", max <= 100);
    }

    /** All three layouts at once, as {@link CsvExporter#exportAll} writes them. */
    private static void exports(H2ReportStore store, Path dir, int n, BenchTable table) throws Exception {
        Map<ExportLayout, Path> targets = new EnumMap<>(ExportLayout.class);
        for (ExportLayout layout : ExportLayout.values()) {
            targets.put(layout, dir.resolve("export-" + layout.code() + ".csv"));
        }
        Timed<List<ExportResult>> t = Timed.run(() -> {
            DatasetLinks.beforeReading(store);
            return new CsvExporter(store).exportAll(targets, true);
        });
        for (ExportResult r : t.value()) {
            table.row("export " + r.layout().code(), BenchTable.format("%,d rows, %.1f MB in %.2f s%s", r.rows(),
                    Files.size(r.file()) / 1048576.0, r.elapsed().toNanos() / 1e9,
                    r.layout() == ExportLayout.HISTORY ? " (alongside)" : r.layout() == ExportLayout.LONG
                            ? " (long and wide in one pass)" : ""));
        }
        // the target is for 10,000 reports; a smaller collection is timed with no verdict (start-up costs such as
        // compiling the code paths weigh more there than the rows)
        boolean judged = n >= TARGET_EXPORT_REPORTS;
        String target = judged ? "<= 5 s" : "";
        table.row("export all three", BenchTable.format("%.2f s, %.2f CPU-s", t.seconds(), t.cpuSeconds()), target,
                judged ? t.seconds() <= 5 : null);
        if (t.cpuSeconds() > 0) {
            double onIdle = t.cpuSeconds() / CORES;
            table.row("  on CPU time", BenchTable.format("%.2f s on %d idle cores (CPU-s / cores)", onIdle, CORES),
                    target, judged ? onIdle <= 5 : null);
        }
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)", load);
    }

    /** Something timed on the wall clock and in process CPU time (every thread, GC and JIT included). */
    private record Timed<T>(T value, double seconds, double cpuSeconds) {

        interface Work<T> {
            T run() throws Exception;
        }

        static <T> Timed<T> run(Work<T> work) throws Exception {
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            T value = work.run();
            double wall = BenchCommand.seconds(t0);
            long cpu1 = processCpuNanos();
            return new Timed<>(value, wall, cpu0 < 0 || cpu1 < 0 ? -1 : (cpu1 - cpu0) / 1e9);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** CPU time of the whole process (every thread, GC and JIT included); -1 when the JVM does not say. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /**
     * The heap in use, sampled while one size runs (garbage not yet collected included, so an upper bound of what
     * the work needs), and the time the collector took meanwhile. Run with -Xmx512m to hold the app to the target.
     */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final long gcStart = gcMillis();
        private volatile boolean running = true;
        private long gcEnd;
        private final Thread sampler = new Thread(() -> {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "ogi-bench-heap");

        HeapWatch() {
            sampler.setDaemon(true);
            sampler.start();
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
            gcEnd = gcMillis();
        }

        long peak() {
            return peak.get();
        }

        double gcSeconds() {
            return (gcEnd - gcStart) / 1000.0;
        }

        private static long gcMillis() {
            long sum = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                sum += Math.max(0, gc.getCollectionTime());
            }
            return sum;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
