package org.ogireview.export.collection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Bodies × years: for each body the filter admits and each year from the first to the last the filtered reports
 * cover, the state of the body's report for that year (missing when there is none), with counts per year and per
 * body and the progress of the reports shown.
 */
public final class Coverage {

    /** The column of reports whose year is not known. */
    public static final int UNKNOWN_YEAR = 0;

    /**
     * One body-year. Several reports (a revised edition beside the first; never a mere copy) all stand in it; the
     * cell shows the least advanced.
     */
    public record Cell(int year, CoverageState state, List<CollectionReport> reports) {

        public Cell {
            reports = List.copyOf(reports);
        }

        /** The report a click opens: the least advanced, so the work left is what opens. */
        public CollectionReport first() {
            return reports.isEmpty() ? null : reports.get(0);
        }
    }

    /** One body's line: its cells by year (missing years too) and its counts. */
    public record Row(BodyRef body, Map<Integer, Cell> cells, Map<CoverageState, Integer> counts) {

        public Cell cell(int year) {
            return cells.get(year);
        }

        public int count(CoverageState state) {
            return counts.getOrDefault(state, 0);
        }

        /** Reports the body has in the years shown. */
        public int reports() {
            return cells.values().stream().mapToInt(c -> c.reports().size()).sum();
        }
    }

    private final List<Integer> years;
    private final List<Row> rows;
    private final Map<Integer, Map<CoverageState, Integer>> perYear;
    private final Progress progress;

    private Coverage(List<Integer> years, List<Row> rows, Map<Integer, Map<CoverageState, Integer>> perYear,
                     Progress progress) {
        this.years = List.copyOf(years);
        this.rows = List.copyOf(rows);
        this.perYear = perYear;
        this.progress = progress;
    }

    public static Coverage of(CollectionSnapshot snapshot, CollectionFilter filter) {
        Map<String, List<CollectionReport>> byBody = new LinkedHashMap<>();
        List<CollectionReport> shown = new ArrayList<>();
        TreeSet<Integer> seen = new TreeSet<>();
        boolean unknown = false;
        for (CollectionReport r : snapshot.reports()) {
            if (!filter.admits(r)) {
                continue;
            }
            shown.add(r);
            byBody.computeIfAbsent(r.body().key(), k -> new ArrayList<>()).add(r);
            if (r.year() == null) {
                unknown = true;
            } else {
                seen.add(r.year());
            }
        }
        List<Integer> years = new ArrayList<>();
        if (!seen.isEmpty()) {
            int from = filter.fromYear() != null ? filter.fromYear() : seen.first();
            int to = filter.toYear() != null ? filter.toYear() : seen.last();
            for (int y = from; y <= to; y++) {
                years.add(y);
            }
        }
        if (unknown) {
            years.add(UNKNOWN_YEAR);
        }
        Map<Integer, Map<CoverageState, Integer>> perYear = new LinkedHashMap<>();
        for (int y : years) {
            perYear.put(y, new EnumMap<>(CoverageState.class));
        }
        List<Row> rows = new ArrayList<>();
        for (List<CollectionReport> reports : byBody.values()) {
            Map<Integer, List<CollectionReport>> byYear = new LinkedHashMap<>();
            for (CollectionReport r : reports) {
                byYear.computeIfAbsent(r.year() == null ? UNKNOWN_YEAR : r.year(), k -> new ArrayList<>()).add(r);
            }
            Map<Integer, Cell> cells = new LinkedHashMap<>();
            Map<CoverageState, Integer> counts = new EnumMap<>(CoverageState.class);
            for (int y : years) {
                List<CollectionReport> in = byYear.getOrDefault(y, List.of());
                if (y == UNKNOWN_YEAR && in.isEmpty()) {
                    continue; // no report of unknown year is not a missing report
                }
                List<CollectionReport> sorted = new ArrayList<>(in);
                sorted.sort(Comparator.comparing(CollectionReport::coverageState)
                        .thenComparingLong(CollectionReport::reportId));
                CoverageState state = sorted.isEmpty() ? CoverageState.MISSING : sorted.get(0).coverageState();
                cells.put(y, new Cell(y, state, sorted));
                counts.merge(state, 1, Integer::sum);
                perYear.get(y).merge(state, 1, Integer::sum);
            }
            rows.add(new Row(reports.get(0).body(), cells, counts));
        }
        rows.sort(Comparator.comparing((Row r) -> r.body().divisionCode() == null ? "~" : r.body().divisionCode())
                .thenComparing(r -> r.body().name() == null ? "" : r.body().name()));
        return new Coverage(years, rows, perYear, Progress.of(shown));
    }

    /** The columns, ascending; {@link #UNKNOWN_YEAR} last when some report's year is not known. */
    public List<Integer> years() {
        return years;
    }

    public List<Row> rows() {
        return rows;
    }

    /** How many bodies stand in each state in that year (missing included). */
    public int count(int year, CoverageState state) {
        return perYear.getOrDefault(year, Map.of()).getOrDefault(state, 0);
    }

    /** Bodies that have a report for that year. */
    public int present(int year) {
        int n = 0;
        for (CoverageState s : CoverageState.values()) {
            n += s == CoverageState.MISSING ? 0 : count(year, s);
        }
        return n;
    }

    /** The progress of the reports shown (the filter's). */
    public Progress progress() {
        return progress;
    }
}
