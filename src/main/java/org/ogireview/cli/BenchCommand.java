package org.ogireview.cli;

import org.ogireview.export.CsvExporter;
import org.ogireview.export.ExportLayout;
import org.ogireview.export.ExportResult;
import org.ogireview.store.CollectionImporter;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ImportSummary;
import org.ogireview.store.ReportSummary;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * {@code bench [--n 1000,10000]}: builds synthetic collections of N text reports from the bundled ones and measures
 * what a coder waits for: import with extraction, opening the database with its report list, switching reports,
 * exporting all three layouts, and the heap it takes. Prints the figures with their targets; asserts nothing.
 */
final class BenchCommand implements Cli.Command {

    private static final Set<String> VALUES = Set.of("--n", "--threads", "--dir");
    private static final Set<String> FLAGS = Set.of("--keep");
    private static final int SWITCHES = 50;

    @Override
    public String usage() {
        return "bench [--n 1000,10000] [--threads N] [--dir FOLDER] [--keep]"
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
        Path base = a.path("--dir") == null ? Files.createTempDirectory("ogi-bench-")
                : Files.createDirectories(a.path("--dir"));
        SyntheticCollection synthetic = new SyntheticCollection();
        out.printf(Locale.ROOT, "bench in %s: %d cores, %d import threads, max heap %d MB%n", base,
                Runtime.getRuntime().availableProcessors(), threads, Runtime.getRuntime().maxMemory() >> 20);
        try {
            for (int n : sizes) {
                runOne(base.resolve("n" + n), n, threads, synthetic, out);
            }
        } finally {
            if (!a.flag("--keep")) {
                deleteTree(base);
            }
        }
        return 0;
    }

    private static void runOne(Path dir, int n, int threads, SyntheticCollection synthetic, PrintStream out)
            throws Exception {
        Path reports = dir.resolve("reports");
        long bytes = synthetic.write(reports, n);
        Path dbFile = dir.resolve("bench.mv.db");
        System.gc();
        resetHeapPeaks();
        out.printf(Locale.ROOT, "%nN = %,d synthetic text reports from %d bundled ones (%.1f MB of text)%n", n,
                synthetic.templates(), bytes / 1048576.0);

        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        ImportSummary summary;
        try (H2ReportStore store = H2ReportStore.open(dbFile)) {
            summary = new CollectionImporter(store).threads(threads).coder("bench").run(List.of(reports));
        }
        double importSeconds = seconds(t0);
        double importCpu = (processCpuNanos() - cpu0) / 1e9;
        out.printf(Locale.ROOT, "  import + extract   %,d imported, %d already present, %d failed in %.1f s = %.0f "
                        + "reports/s   (target >= 100/s)%n", summary.imported(), summary.alreadyPresent(),
                summary.failed(), importSeconds, summary.imported() / importSeconds);
        if (importCpu > 0) {
            // CPU time does not depend on what else the machine is doing: cores / (CPU per report) is the rate on
            // an otherwise idle machine
            double perReport = importCpu / Math.max(1, summary.imported());
            out.printf(Locale.ROOT, "                     %.1f CPU-s in all, %.1f CPU-ms per report = %.0f reports/s "
                            + "on %d idle cores%n", importCpu, perReport * 1000,
                    Runtime.getRuntime().availableProcessors() / perReport, Runtime.getRuntime().availableProcessors());
        }
        long size = Files.size(dbFile);
        out.printf(Locale.ROOT, "  database size      %.1f MB (%.1f KB per report)%n", size / 1048576.0,
                size / 1024.0 / Math.max(1, summary.imported()));

        t0 = System.nanoTime();
        try (H2ReportStore store = H2ReportStore.open(dbFile)) {
            List<ReportSummary> list = store.list();
            double open = seconds(t0);
            out.printf(Locale.ROOT, "  open + list        %.2f s for %,d reports   (target <= 2 s)%n", open,
                    list.size());

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
            out.printf(Locale.ROOT, "  switch report      median %.1f ms, max %.1f ms over %d reports (%.0f figures "
                            + "each)   (target <= 100 ms)%n", switches.get(switches.size() / 2),
                    switches.get(switches.size() - 1), switches.size(), figures / (double) switches.size());

            double total = 0;
            for (ExportLayout layout : ExportLayout.values()) {
                Path csv = dir.resolve("export-" + layout.code() + ".csv");
                ExportResult r = new CsvExporter(store).export(layout, csv, true);
                double s = r.elapsed().toNanos() / 1e9;
                total += s;
                out.printf(Locale.ROOT, "  export %-8s    %,d rows, %.1f MB in %.2f s%n", layout.code(), r.rows(),
                        Files.size(csv) / 1048576.0, s);
            }
            out.printf(Locale.ROOT, "  export all three   %.2f s   (target <= 5 s for 10,000 reports)%n", total);
        }
        out.printf(Locale.ROOT, "  peak heap used     %d MB of %d MB max   (target <= 512 MB)%n", peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
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

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
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
