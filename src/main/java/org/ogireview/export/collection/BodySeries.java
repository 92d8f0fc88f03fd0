package org.ogireview.export.collection;

import org.ogireview.model.CheckMark;
import org.ogireview.model.Finding;
import org.ogireview.store.FigureValues;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportValues;
import org.ogireview.store.StoreException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One body across its years: for each measure, a point per report that has a value, marked with the figures'
 * status and qualifier and with the open failed checks (not marked "as published") that involve those figures.
 */
public final class BodySeries {

    /** A report's value of a measure. */
    public record Point(int year, CollectionReport report, MeasureValue value, List<Finding> failing) {

        public Point {
            failing = List.copyOf(failing);
        }

        public boolean fails() {
            return !failing.isEmpty();
        }
    }

    public record Series(Measure measure, List<Point> points) {

        public Series {
            points = List.copyOf(points);
        }
    }

    private BodySeries() {
    }

    /** The body's reports with a year, each measure a series (a measure no report has is an empty series). */
    public static List<Series> read(ReportStore store, CollectionSnapshot snapshot, String bodyKey,
                                    List<Measure> measures) throws StoreException {
        List<CollectionReport> reports = snapshot.reportsOf(bodyKey).stream().filter(r -> r.year() != null)
                .toList();
        Set<String> keys = new LinkedHashSet<>();
        measures.forEach(m -> keys.addAll(m.keys()));
        Map<Long, Map<String, ReportValues.Value>> values = FigureValues.read(store,
                reports.stream().map(CollectionReport::reportId).toList(), keys);
        List<Series> out = new ArrayList<>();
        Map<Long, List<Finding>> open = new java.util.HashMap<>();
        for (Measure m : measures) {
            List<Point> points = new ArrayList<>();
            for (CollectionReport r : reports) {
                Optional<MeasureValue> v = m.of(values.getOrDefault(r.reportId(), Map.of()));
                if (v.isEmpty()) {
                    continue;
                }
                List<Finding> findings = open.get(r.reportId());
                if (findings == null) {
                    findings = openFailures(store, r.reportId());
                    open.put(r.reportId(), findings);
                }
                List<Finding> touching = findings.stream()
                        .filter(f -> f.fields().stream().anyMatch(v.get().keys()::contains)).toList();
                points.add(new Point(r.year(), r, v.get(), touching));
            }
            out.add(new Series(m, points));
        }
        return out;
    }

    /** Failed findings of the latest run of the checks that no "as published" mark settles. */
    static List<Finding> openFailures(ReportStore store, long reportId) throws StoreException {
        List<Finding> findings;
        try {
            findings = store.findings(reportId);
        } catch (UnsupportedOperationException e) {
            return List.of(); // a store that keeps no findings
        }
        List<CheckMark> marks = store.checkMarks(reportId);
        return findings.stream().filter(Finding::isProblem)
                .filter(f -> marks.stream().noneMatch(mark -> settles(mark, f))).toList();
    }

    /** The rule of check.ReviewProgress (which the exports may not reach): same rule, same fields, as published. */
    private static boolean settles(CheckMark mark, Finding f) {
        return mark.asPublished() && mark.rule().equals(f.rule())
                && (mark.fields() == null ? "" : mark.fields().strip()).equals(f.fieldList().strip());
    }
}
