package org.ogireview.export.collection;

import org.ogireview.model.BodyKind;
import org.ogireview.model.DivisionLevel;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoreException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every dataset report of the collection with its body, read through the readers the exports use (the report list
 * and the dataset keys): no figures, so it stays small however large the collection. The views build the coverage
 * grid, the body list and the year slices from it.
 */
public final class CollectionSnapshot {

    private final List<CollectionReport> reports;
    private final Map<String, BodyRef> bodies;
    /** Each body's reports by year (reports without a year last): looked up, never searched for. */
    private final Map<String, List<CollectionReport>> byBody = new java.util.HashMap<>();

    public CollectionSnapshot(List<CollectionReport> reports) {
        this.reports = List.copyOf(reports);
        Map<String, BodyRef> b = new LinkedHashMap<>();
        for (CollectionReport r : this.reports) {
            b.putIfAbsent(r.body().key(), r.body());
            byBody.computeIfAbsent(r.body().key(), k -> new ArrayList<>()).add(r);
        }
        for (List<CollectionReport> list : byBody.values()) {
            list.sort(java.util.Comparator.comparing(CollectionReport::year,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                    .thenComparingLong(CollectionReport::reportId));
        }
        this.bodies = Collections.unmodifiableMap(b);
    }

    /** Links reports not yet linked to their bodies (as an export does), then reads the list and the keys. */
    public static CollectionSnapshot read(ReportStore store) throws StoreException {
        DatasetKeys keys = store.datasetKeys();
        List<CollectionReport> out = new ArrayList<>();
        for (ReportSummary s : store.list()) {
            if (keys.isCopy(s.id())) {
                continue;
            }
            out.add(new CollectionReport(s.id(), s.fileName(), s.region(), s.year(), s.format(), s.figures(),
                    s.reviewed(), s.openChecks(), s.state(), s.needsManual() != null,
                    body(s, keys.get(s.id()))));
        }
        return new CollectionSnapshot(out);
    }

    private static BodyRef body(ReportSummary s, DatasetKeys.Row row) {
        if (row == null || row.bodyId() == null) {
            String name = s.region() == null || s.region().isBlank() ? s.fileName() : s.region();
            return new BodyRef("r:" + name, null, name, null, null, null);
        }
        return new BodyRef("b" + row.bodyId(), row.bodyId(), row.bodyName(), kind(row.bodyKind()),
                row.divisionCode(), level(row.divisionLevel()));
    }

    private static BodyKind kind(String code) {
        try {
            return code == null ? null : BodyKind.fromCode(code);
        } catch (IllegalArgumentException e) {
            return BodyKind.OTHER;
        }
    }

    private static DivisionLevel level(String code) {
        try {
            return code == null ? null : DivisionLevel.fromCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<CollectionReport> reports() {
        return reports;
    }

    /** The bodies, in the order their first report was read. */
    public Map<String, BodyRef> bodies() {
        return bodies;
    }

    public Optional<CollectionReport> report(long id) {
        return reports.stream().filter(r -> r.reportId() == id).findFirst();
    }

    /** A body's reports, by year (reports without a year last). */
    public List<CollectionReport> reportsOf(String bodyKey) {
        return Collections.unmodifiableList(byBody.getOrDefault(bodyKey, List.of()));
    }

    public Progress progress() {
        return Progress.of(reports);
    }

    public DivisionChoices divisions() {
        return DivisionChoices.of(reports);
    }
}
