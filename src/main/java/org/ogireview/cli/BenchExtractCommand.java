package org.ogireview.cli;

import org.ogireview.extract.Extractor;
import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code bench-extract FILE_OR_FOLDER [--repeat N]}: how fast the extractor runs on one thread, JVM start and file
 * reading left out. Files are read once; one pass warms the JIT up and is reported apart (a user importing a few
 * reports sees that speed), then the reports are extracted N times over and the steady rate and peak heap printed.
 */
final class BenchExtractCommand implements Cli.Command {

    private static final int DEFAULT_REPEAT = 20;
    private static final int MAX_REPEAT = 100_000;

    @Override
    public String usage() {
        return "bench-extract FILE_OR_FOLDER [--repeat N]   extraction speed (reports/s on one thread) and peak heap";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Path target = null;
        int repeat = DEFAULT_REPEAT;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--repeat")) {
                if (i + 1 >= args.length) {
                    throw new Cli.UsageException("bench-extract: --repeat needs a number");
                }
                repeat = parseRepeat(args[++i]);
            } else if (target == null) {
                target = Path.of(args[i]);
            } else {
                throw new Cli.UsageException("bench-extract: one file or folder only (got " + args[i] + ")");
            }
        }
        if (target == null) {
            throw new Cli.UsageException("bench-extract: name a report file or a folder of reports");
        }
        List<Path> files = reportFiles(target);
        if (files.isEmpty()) {
            err.println("bench-extract: " + target + ": no .txt, .html, .htm or .pdf reports found");
            return 1;
        }

        ReportIngester ingester = new ReportIngester();
        List<IngestedDocument> docs = new ArrayList<>();
        long chars = 0;
        long ingestStart = System.nanoTime();
        for (Path file : files) {
            try {
                IngestedDocument doc = ingester.ingest(file);
                docs.add(doc);
                chars += doc.text().length();
            } catch (IngestException e) {
                err.println(e.getMessage());
            }
        }
        long ingestNanos = System.nanoTime() - ingestStart;
        if (docs.isEmpty()) {
            err.println("bench-extract: none of the files could be read");
            return 1;
        }

        Extractor extractor = new Extractor();
        resetPeaks();
        long coldStart = System.nanoTime();
        int figures = 0;
        for (IngestedDocument doc : docs) {
            figures += extractor.extract(doc).figures().size();
        }
        long coldNanos = System.nanoTime() - coldStart;

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long warmStart = System.nanoTime();
        for (int r = 0; r < repeat; r++) {
            for (IngestedDocument doc : docs) {
                extractor.extract(doc);
            }
        }
        long warmNanos = System.nanoTime() - warmStart;
        long cpuNanos = cpu ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
        long peak = peakHeapBytes();

        out.printf(Locale.ROOT, "reports:   %d (%d characters of text, %d figures), read in %.1f ms%n",
                docs.size(), chars, figures, ingestNanos / 1e6);
        out.printf(Locale.ROOT, "first run: %.1f ms = %.1f reports/s (includes JIT warm-up)%n",
                coldNanos / 1e6, rate(docs.size(), coldNanos));
        out.printf(Locale.ROOT, "steady:    %d x %d reports in %.1f ms = %.1f reports/s on one thread%n",
                repeat, docs.size(), warmNanos / 1e6, rate((long) docs.size() * repeat, warmNanos));
        if (cpu) {
            // on a busy machine the wall clock counts other programs' time too; the thread's CPU time does not
            out.printf(Locale.ROOT, "cpu time:  %.1f ms = %.1f reports per CPU second%n", cpuNanos / 1e6,
                    rate((long) docs.size() * repeat, cpuNanos));
        }
        out.printf(Locale.ROOT, "peak heap: %.1f MB%n", peak / (1024.0 * 1024.0));
        return 0;
    }

    private static int parseRepeat(String s) throws Cli.UsageException {
        try {
            int n = Integer.parseInt(s.trim());
            if (n < 1 || n > MAX_REPEAT) {
                throw new Cli.UsageException("bench-extract: --repeat must be between 1 and " + MAX_REPEAT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Cli.UsageException("bench-extract: --repeat needs a whole number, not " + s);
        }
    }

    private static double rate(long reports, long nanos) {
        return nanos <= 0 ? 0 : reports / (nanos / 1e9);
    }

    /** The report files of a folder (not its sub-folders), in name order; a file stands for itself. */
    static List<Path> reportFiles(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return List.of(target); // a missing or unreadable file gets its message from the ingester
        }
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(Files::isRegularFile).filter(ReportIngester::isSupported).sorted().toList();
        }
    }

    private static void resetPeaks() {
        System.gc(); // so the peak measures extraction, not what reading the files left behind
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
