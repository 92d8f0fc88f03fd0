package org.ogireview.cli;

import org.ogireview.export.collection.BodyRef;
import org.ogireview.export.collection.BodySeries;
import org.ogireview.export.collection.CollectionFilter;
import org.ogireview.export.collection.CollectionSnapshot;
import org.ogireview.export.collection.Coverage;
import org.ogireview.export.collection.Measures;
import org.ogireview.export.collection.YearRanking;
import org.ogireview.importing.DatasetLinks;
import org.ogireview.store.ReportStore;

import java.nio.file.Path;
import java.util.List;

/**
 * The collection window's waits, for {@code bench}: opening the coverage view (reading the collection and building
 * the grid, what the window does off the FX thread before it draws), a 10-year series of one body, and a year
 * across all bodies. The 10-year body (德阳市, 2009–2018, {@link SyntheticBody}) is imported into the collection
 * first, apart from the timed import, so that the import's figures stay those of the N reports.
 */
final class CollectionBench {

    static final String PLACE = "德阳市";
    private static final double TARGET_SECONDS = 2;

    private CollectionBench() {
    }

    static void run(ReportStore store, Path dir, BenchTable table) throws Exception {
        List<Path> body = SyntheticBody.write(dir.resolve("body-" + PLACE), PLACE, 2009, 10);
        new org.ogireview.importing.CollectionImporter(store).coder("bench").run(body);
        long t0 = System.nanoTime();
        DatasetLinks.beforeReading(store);
        CollectionSnapshot snapshot = CollectionSnapshot.read(store);
        double read = seconds(t0);
        long t1 = System.nanoTime();
        Coverage coverage = Coverage.of(snapshot, CollectionFilter.ALL);
        double grid = seconds(t1);
        table.row("open coverage view", BenchTable.format("%.2f s (read %.2f s, grid %.3f s): %,d bodies x %d years, "
                + "%,d reports", read + grid, read, grid, coverage.rows().size(), coverage.years().size(),
                snapshot.reports().size()), "<= 2 s", read + grid <= TARGET_SECONDS);

        BodyRef chosen = snapshot.bodies().values().stream().filter(b -> b.name() != null && b.name().contains(PLACE))
                .max(java.util.Comparator.comparingInt(b -> snapshot.reportsOf(b.key()).size())).orElse(null);
        if (chosen == null) {
            table.row("10-year series", "no body " + PLACE + " in the collection");
            return;
        }
        long t2 = System.nanoTime();
        List<BodySeries.Series> series = BodySeries.read(store, snapshot, chosen.key(), Measures.DEFAULT_SERIES);
        double s = seconds(t2);
        int points = series.stream().mapToInt(x -> x.points().size()).sum();
        table.row("10-year series", BenchTable.format("%.3f s: %d reports of %s, %d measures, %d points", s,
                snapshot.reportsOf(chosen.key()).size(), chosen.name(), series.size(), points), "<= 0.5 s", s <= 0.5);

        int year = coverage.years().stream().filter(y -> y != Coverage.UNKNOWN_YEAR)
                .max(java.util.Comparator.comparingInt(coverage::present)).orElse(2023);
        long t3 = System.nanoTime();
        YearRanking.Result ranking = YearRanking.read(store, snapshot, year, CollectionFilter.ALL,
                Measures.DENIAL_RATE);
        double r = seconds(t3);
        table.row("a year across bodies", BenchTable.format("%.2f s: denial rate %d, %,d bodies (%,d without)", r,
                year, ranking.rows().size(), ranking.without()), "<= 2 s", r <= TARGET_SECONDS);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
