package org.ogireview.export;

import org.ogireview.model.ReviewState;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoreException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Which reports an export holds: all of them, or those that meet every criterion given (a body, a division and what
 * lies within it, a span of years, review states, a list of report ids). Every layout applies the same selection,
 * and none of them changes its columns for it: a wide file of one body has the columns of the whole database, so
 * exports of parts stack.
 *
 * <p>The criteria are read on the <em>dataset report</em>: a further file of the same report (the .pdf of a .txt
 * already there) goes with the report it is a copy of, and naming either one in {@link #reports} selects both. So the
 * long and history layouts never hold a file whose dataset row the wide layout leaves out, nor the other way round.
 */
public final class ExportSelection {

    private static final ExportSelection ALL = new ExportSelection(List.of(), UnaryOperator.identity(), List.of(), null, null,
            Set.of(), null);

    private final List<String> bodies;
    /** How body names and the words for them are folded before they are compared (the caller's: see bodies). */
    private final UnaryOperator<String> fold;
    private final List<String> divisionPrefixes;
    private final Integer yearFrom;
    private final Integer yearTo;
    private final Set<ReviewState> states;
    private final Set<Long> reports;

    private ExportSelection(List<String> bodies, UnaryOperator<String> fold, List<String> divisionPrefixes,
                            Integer yearFrom, Integer yearTo, Set<ReviewState> states, Set<Long> reports) {
        this.bodies = List.copyOf(bodies);
        this.fold = fold;
        this.divisionPrefixes = List.copyOf(divisionPrefixes);
        this.yearFrom = yearFrom;
        this.yearTo = yearTo;
        this.states = Set.copyOf(states);
        this.reports = reports == null ? null : Set.copyOf(reports);
    }

    /** Every report of the database. */
    public static ExportSelection all() {
        return ALL;
    }

    /** Just these reports (the window's selected rows, or its filtered list). */
    public static ExportSelection ofReports(Collection<Long> ids) {
        return ALL.reports(ids);
    }

    /**
     * Reports of these bodies: each a body id ({@code 12}, {@code #12}) or words of its name ({@code 洪泽区} finds
     * 洪泽区人民政府), compared folded (Traditional as Simplified, full-width as ASCII).
     *
     * @param fold how names and words are folded before they are compared: {@code org.ogireview.extract.SearchText}
     *             in the app (the export reads the store and the model only, so the caller brings the folding)
     */
    public ExportSelection bodies(Collection<String> idsOrNames, UnaryOperator<String> fold) {
        return new ExportSelection(new ArrayList<>(idsOrNames), fold, divisionPrefixes, yearFrom, yearTo, states,
                reports);
    }

    /**
     * Reports of bodies in these divisions: each the start of a division code ({@code 32} Jiangsu, {@code 3208}
     * Huai'an, {@code 320813} Hongze, a 9-digit township). See {@link DivisionPrefix} for names and full codes.
     */
    public ExportSelection divisions(Collection<String> codePrefixes) {
        return new ExportSelection(bodies, fold, new ArrayList<>(codePrefixes), yearFrom, yearTo, states, reports);
    }

    /** Reports of the years {@code from} to {@code to}, both included; null for no bound. */
    public ExportSelection years(Integer from, Integer to) {
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("the years run backwards: " + from + "-" + to);
        }
        return new ExportSelection(bodies, fold, divisionPrefixes, from, to, states, reports);
    }

    public ExportSelection states(Collection<ReviewState> reviewStates) {
        return new ExportSelection(bodies, fold, divisionPrefixes, yearFrom, yearTo, new HashSet<>(reviewStates), reports);
    }

    public ExportSelection reports(Collection<Long> ids) {
        return new ExportSelection(bodies, fold, divisionPrefixes, yearFrom, yearTo, states, new HashSet<>(ids));
    }

    /** True when nothing narrows the export. */
    public boolean isAll() {
        return bodies.isEmpty() && divisionPrefixes.isEmpty() && yearFrom == null && yearTo == null
                && states.isEmpty() && reports == null;
    }

    /** What the selection asks for, in the words of the command line ({@code body 洪泽区; year 2023-2024}). */
    public String describe() {
        if (isAll()) {
            return "all reports";
        }
        List<String> parts = new ArrayList<>();
        if (!bodies.isEmpty()) {
            parts.add("body " + String.join(",", bodies));
        }
        if (!divisionPrefixes.isEmpty()) {
            parts.add("division " + String.join(",", divisionPrefixes));
        }
        if (yearFrom != null || yearTo != null) {
            parts.add("year " + (yearFrom == null ? "" : yearFrom) + (yearFrom != null && yearFrom.equals(yearTo)
                    ? "" : "-" + (yearTo == null ? "" : yearTo)));
        }
        if (!states.isEmpty()) {
            parts.add("state " + String.join(",", new TreeSet<>(states.stream().map(ReviewState::code).toList())));
        }
        if (reports != null) {
            parts.add(reports.size() + " chosen reports");
        }
        return String.join("; ", parts);
    }

    /** The reports chosen from a store; reads its list (and the dataset keys, unless given). */
    public Chosen resolve(ReportStore store, DatasetKeys keys) throws StoreException {
        return resolve(store.list(), keys);
    }

    /** The reports chosen among these, with their dataset keys (body, division, copies). */
    public Chosen resolve(List<ReportSummary> all, DatasetKeys keys) {
        if (isAll()) {
            return new Chosen(null, all.size(), all.size());
        }
        Set<Long> named = new HashSet<>();
        if (reports != null) {
            for (long id : reports) {
                named.add(datasetReport(id, keys));
            }
        }
        List<String> bodyWords = bodies.stream().map(this::bodyWords).toList();
        Set<Long> datasetChosen = new HashSet<>();
        for (ReportSummary r : all) {
            if (keys.isCopy(r.id())) {
                continue;
            }
            if (matches(r, keys.get(r.id()), named, bodyWords)) {
                datasetChosen.add(r.id());
            }
        }
        Set<Long> chosen = new HashSet<>();
        for (ReportSummary r : all) {
            long dataset = datasetReport(r.id(), keys);
            if (datasetChosen.contains(dataset)) {
                chosen.add(r.id());
            }
        }
        return new Chosen(chosen, chosen.size(), all.size());
    }

    private static long datasetReport(long id, DatasetKeys keys) {
        DatasetKeys.Row row = keys.get(id);
        return row == null || row.duplicateOf() == null ? id : row.duplicateOf();
    }

    private boolean matches(ReportSummary r, DatasetKeys.Row k, Set<Long> named, List<String> bodyWords) {
        if (reports != null && !named.contains(r.id())) {
            return false;
        }
        if (yearFrom != null && (r.year() == null || r.year() < yearFrom)) {
            return false;
        }
        if (yearTo != null && (r.year() == null || r.year() > yearTo)) {
            return false;
        }
        if (!states.isEmpty() && (r.state() == null || !states.contains(r.state()))) {
            return false;
        }
        if (!divisionPrefixes.isEmpty()) {
            String code = k == null ? null : k.divisionCode();
            if (code == null || divisionPrefixes.stream().noneMatch(code::startsWith)) {
                return false;
            }
        }
        if (!bodyWords.isEmpty()) {
            if (k == null || k.bodyId() == null) {
                return false;
            }
            String name = fold.apply(k.bodyName());
            boolean any = false;
            for (String w : bodyWords) {
                any |= w.startsWith("#") ? w.substring(1).equals(Long.toString(k.bodyId())) : name.contains(w);
            }
            return any;
        }
        return true;
    }

    /** A body id as {@code #12}, else the folded words of a name. */
    private String bodyWords(String idOrName) {
        String s = idOrName.strip();
        String digits = s.startsWith("#") ? s.substring(1) : s;
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            return "#" + Long.parseLong(digits);
        }
        return fold.apply(s);
    }

    /**
     * The outcome of a selection on one database: which report ids are in the export.
     *
     * @param ids null when every report is
     */
    public record Chosen(Set<Long> ids, int count, int total) {

        public boolean contains(long reportId) {
            return ids == null || ids.contains(reportId);
        }

        public boolean everything() {
            return ids == null;
        }
    }
}
