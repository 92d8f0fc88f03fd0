package org.ogireview.cli;

import org.ogireview.extract.Extractor;
import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench [--rounds N] FILE...}: extraction speed on one thread. Files are read once; the extractor then runs
 * over them N times after a warm-up round, and the command prints reports per second and characters per second.
 */
final class BenchCommand implements Cli.Command {

    @Override
    public String usage() {
        return "bench [--rounds N] FILE...        measure extraction speed (reports per second, one thread)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        int rounds = 20;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                if (i + 1 >= args.length) {
                    throw new Cli.UsageException("bench: --rounds needs a number");
                }
                try {
                    rounds = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    throw new Cli.UsageException("bench: --rounds needs a number, not " + args[i]);
                }
                if (rounds < 1) {
                    throw new Cli.UsageException("bench: --rounds must be at least 1");
                }
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            throw new Cli.UsageException("bench: name at least one report file");
        }
        ReportIngester ingester = new ReportIngester();
        List<IngestedDocument> docs = new ArrayList<>();
        long chars = 0;
        for (Path file : files) {
            try {
                IngestedDocument doc = ingester.ingest(file);
                docs.add(doc);
                chars += doc.text().length();
            } catch (IngestException e) {
                err.println(e.getMessage());
            }
        }
        if (docs.isEmpty()) {
            err.println("bench: no readable report");
            return 1;
        }
        Extractor extractor = new Extractor();
        int figures = 0;
        for (IngestedDocument doc : docs) {
            figures += extractor.extract(doc).figures().size(); // warm-up round
        }
        // CPU time of this thread as well as wall time: on a busy machine the wall clock also counts the time other
        // processes held the core, which says nothing about the extractor.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (IngestedDocument doc : docs) {
                extractor.extract(doc);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpu ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : seconds;
        long reports = (long) rounds * docs.size();
        out.printf(Locale.ROOT, "%d reports (%d figures a round) x %d rounds: %.3f s wall, %.3f s CPU%n",
                docs.size(), figures, rounds, seconds, cpuSeconds);
        out.printf(Locale.ROOT, "%.0f reports/s per core (CPU time), %.0f reports/s wall, %.2f MB text/s per core%n",
                reports / cpuSeconds, reports / seconds, rounds * chars / cpuSeconds / 1e6);
        return 0;
    }
}
