package org.ogireview.cli;

import org.ogireview.importing.CollectionImporter;
import org.ogireview.importing.ReportSearch;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code bench-search [--db FILE | --n 10000]}: how long the report list's text search and its failing-check data
 * take, on a database of the user's (for example the one {@code bench --keep} leaves) or on a synthetic collection
 * made and imported for the purpose. The first search is timed apart: it reads the pages from disk (and folds
 * reports stored before the search table existed).
 */
final class BenchSearchCommand implements Cli.Command {

    private static final Set<String> VALUES = Set.of("--db", "--n", "--threads");
    private static final int REPEAT = 5;

    @Override
    public String usage() {
        return "bench-search [--db FILE | --n 10000] [--threads N]"
                + "\n                                  time the report list's text search and failing-check query";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("bench-search", args, VALUES, Set.of());
        Path db = a.path("--db");
        if (db != null) {
            if (!Files.exists(db)) {
                err.println("bench-search: " + db + " does not exist");
                return 1;
            }
            measure(db, out);
            return 0;
        }
        int n = a.intOption("bench-search", "--n", 10_000);
        if (n < 1) {
            throw new Cli.UsageException("bench-search: --n must be at least 1");
        }
        int threads = a.intOption("bench-search", "--threads", Runtime.getRuntime().availableProcessors());
        Path dir = Files.createTempDirectory("ogi-bench-search-");
        try {
            long bytes = new SyntheticCollection().write(dir.resolve("reports"), n);
            out.printf(Locale.ROOT, "importing %,d synthetic reports (%.1f MB of text) ...%n", n, bytes / 1048576.0);
            try (H2ReportStore store = H2ReportStore.open(dir.resolve("search.mv.db"))) {
                new CollectionImporter(store).threads(threads).coder("bench").run(List.of(dir.resolve("reports")));
            }
            measure(dir.resolve("search.mv.db"), out);
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private static void measure(Path db, PrintStream out) throws Exception {
        try (H2ReportStore store = H2ReportStore.open(db)) {
            List<ReportSummary> list = store.list();
            // A phrase in one report (its body's name), one in most, one in Traditional, one in none.
            String rare = list.stream().map(ReportSummary::region).filter(r -> r != null && r.length() >= 3)
                    .max(Comparator.naturalOrder()).orElse("洪泽区");
            List<String> phrases = List.of(rare, "政府信息公开", "政府信息公開", "依申請公開", "没有哪份报告写过这句话");
            long t0 = System.nanoTime();
            int first = ReportSearch.find(store, phrases.get(0)).size();
            out.printf(Locale.ROOT, "  search texts       first search %.2f s (%,d of %,d reports contain \"%s\")%n",
                    seconds(t0), first, list.size(), phrases.get(0));
            List<Double> times = new ArrayList<>();
            for (String phrase : phrases) {
                int hits = 0;
                List<Double> mine = new ArrayList<>();
                for (int i = 0; i < REPEAT; i++) {
                    long s = System.nanoTime();
                    hits = ReportSearch.find(store, phrase).size();
                    mine.add(seconds(s));
                }
                Collections.sort(mine);
                times.addAll(mine);
                out.printf(Locale.ROOT, "                     \"%s\": %,d reports, median %.0f ms%n", phrase, hits,
                        mine.get(mine.size() / 2) * 1000);
            }
            Collections.sort(times);
            out.printf(Locale.ROOT, "  search texts       median %.0f ms, max %.0f ms over %d searches on %,d "
                            + "reports   (target < 2 s)%n", times.get(times.size() / 2) * 1000,
                    times.get(times.size() - 1) * 1000, times.size(), list.size());
            t0 = System.nanoTime();
            int rules = store.openFailures().size();
            out.printf(Locale.ROOT, "  failing checks     %d rules failing somewhere, read in %.0f ms%n", rules,
                    seconds(t0) * 1000);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
