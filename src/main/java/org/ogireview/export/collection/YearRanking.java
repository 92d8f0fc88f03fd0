package org.ogireview.export.collection;

import org.ogireview.store.FigureValues;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportValues;
import org.ogireview.store.StoreException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One year across bodies: each admitted body's value of a measure in that year, largest first. Bodies whose report
 * gives no value are counted apart, not shown as 0.
 */
public final class YearRanking {

    public record Row(CollectionReport report, MeasureValue value) {
    }

    /**
     * @param rows    largest first (ties by body name)
     * @param without reports of that year the filter admits that give no value for the measure
     */
    public record Result(int year, Measure measure, List<Row> rows, int without) {

        public Result {
            rows = List.copyOf(rows);
        }
    }

    private YearRanking() {
    }

    public static Result read(ReportStore store, CollectionSnapshot snapshot, int year, CollectionFilter filter,
                              Measure measure) throws StoreException {
        List<CollectionReport> reports = snapshot.reports().stream()
                .filter(r -> r.year() != null && r.year() == year && filter.admitsBody(r.body())).toList();
        Map<Long, Map<String, ReportValues.Value>> values = FigureValues.read(store,
                reports.stream().map(CollectionReport::reportId).toList(), measure.keys());
        List<Row> rows = new ArrayList<>();
        int without = 0;
        for (CollectionReport r : reports) {
            Optional<MeasureValue> v = measure.of(values.getOrDefault(r.reportId(), Map.of()));
            if (v.isPresent()) {
                rows.add(new Row(r, v.get()));
            } else {
                without++;
            }
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -r.value().value())
                .thenComparing(r -> r.report().body().name() == null ? "" : r.report().body().name()));
        return new Result(year, measure, rows, without);
    }
}
