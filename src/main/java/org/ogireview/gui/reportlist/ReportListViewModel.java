package org.ogireview.gui.reportlist;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.ogireview.extract.SearchText;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.importing.ReportSearch;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoreException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;

/**
 * The report list: every stored report, narrowed by the filters above it (words, region, year, format, state,
 * failing check) and by a search of the report texts. Filtering runs on the reports in memory, so typing never
 * queries the store; only a text search (on Enter, in the background) and a refresh do. Sorting is the table's own.
 */
public final class ReportListViewModel {

    /** The failing-check choice for "fails some check". */
    public static final String ANY_FAILING = "*";

    private final ReviewSession session;
    private final Executor storeThread;
    private final Executor fxThread;
    private final ObservableList<ReportSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ReportSummary> filtered = new FilteredList<>(all);

    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final ObjectProperty<Choice<Integer>> year = new SimpleObjectProperty<>(this, "year");
    private final ObjectProperty<Choice<FormatChoice>> format = new SimpleObjectProperty<>(this, "format");
    private final ObjectProperty<Choice<StatusChoice>> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Choice<String>> failingCheck = new SimpleObjectProperty<>(this, "failingCheck");
    private final StringProperty searchPhrase = new SimpleStringProperty(this, "searchPhrase", "");
    private final ReadOnlyObjectWrapper<Set<Long>> textMatches = new ReadOnlyObjectWrapper<>(this, "textMatches");
    private final BooleanProperty searching = new SimpleBooleanProperty(this, "searching");

    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObservableList<Choice<Integer>> years = FXCollections.observableArrayList();
    private final ObservableList<Choice<FormatChoice>> formats = FXCollections.observableArrayList();
    private final ObservableList<Choice<StatusChoice>> statuses = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> failingChecks = FXCollections.observableArrayList();

    /** The failing checks the filter offers, loaded on refresh and kept current report by report. */
    private final FailingChecks failures;
    /** Counts searches so that an answer that arrives after a newer search (or a clear) is dropped. */
    private long searchRun;
    /** Each report's words folded for the filter, kept while its summary stays the same object. */
    private final Map<Long, ReportFilter.Folded> folded = new HashMap<>();

    /** @param storeThread the window's list lane (see the constructor below) */
    public ReportListViewModel(ReviewSession session, Executor storeThread) {
        this(session, storeThread, Platform::runLater);
    }

    /**
     * @param storeThread where the text search and the loading of the failing checks run (off the FX thread: on a
     *                    large collection they read for a second or more while the store's pages are not cached)
     * @param fxThread    where their answers are applied
     */
    ReportListViewModel(ReviewSession session, Executor storeThread, Executor fxThread) {
        this.session = session;
        this.storeThread = storeThread;
        this.fxThread = fxThread;
        this.failures = new FailingChecks(session.store(), storeThread, fxThread);
        Messages m = session.messages();
        formats.add(new Choice<>(null, m.get("list.format.any")));
        for (FormatChoice f : FormatChoice.values()) {
            formats.add(new Choice<>(f, m.get(f.messageKey())));
        }
        statuses.add(new Choice<>(null, m.get("list.status.any")));
        for (StatusChoice s : StatusChoice.values()) {
            statuses.add(new Choice<>(s, m.get(s.messageKey())));
        }
        format.set(formats.get(0));
        status.set(statuses.get(0));
        rebuildChoices();
        for (Observable o : List.of(filter, region, year, format, status, failingCheck, textMatches)) {
            o.addListener(x -> apply());
        }
        // The first fold loads ICU's Traditional-Simplified table (about a second): done here in the background,
        // not at the coder's first keystroke in a filter box.
        storeThread.execute(() -> SearchText.fold("瀘"));
        session.changedSummaryProperty().addListener((obs, old, now) -> {
            if (now != null) {
                replace(now);
            }
        });
    }

    public ObservableList<ReportSummary> reports() {
        return filtered;
    }

    public int total() {
        return all.size();
    }

    /** The quick filter's words (each must be in the file name, region, year, format or state). */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Part of a region's name. */
    public StringProperty regionProperty() {
        return region;
    }

    public ObjectProperty<Choice<Integer>> yearProperty() {
        return year;
    }

    public ObjectProperty<Choice<FormatChoice>> formatProperty() {
        return format;
    }

    public ObjectProperty<Choice<StatusChoice>> statusProperty() {
        return status;
    }

    /** A rule id, {@link #ANY_FAILING}, or no value (reports whatever their checks). */
    public ObjectProperty<Choice<String>> failingCheckProperty() {
        return failingCheck;
    }

    /** The phrase typed in the search box; {@link #search()} looks for it. */
    public StringProperty searchPhraseProperty() {
        return searchPhrase;
    }

    /** Ids of the reports whose text contains the last phrase searched; null when no search is in force. */
    public ReadOnlyObjectProperty<Set<Long>> textMatchesProperty() {
        return textMatches.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    /** The stored regions, for completing the region box. */
    public ObservableList<String> regions() {
        return regions;
    }

    public ObservableList<Choice<Integer>> years() {
        return years;
    }

    public ObservableList<Choice<FormatChoice>> formats() {
        return formats;
    }

    public ObservableList<Choice<StatusChoice>> statuses() {
        return statuses;
    }

    /** "Any check", "any failing check" and every rule failing somewhere, each with its count of reports. */
    public ObservableList<Choice<String>> failingChecks() {
        return failingChecks;
    }

    /**
     * Reads the list from the store again (after an import) and repeats a search in force; the failing checks
     * follow in the background.
     */
    public void refresh() {
        try {
            all.setAll(session.store().list());
            folded.clear();
        } catch (StoreException e) {
            session.dialogs().showError(session.messages().get("error.list.title"), e.getMessage(), e);
        }
        rebuildChoices();
        apply();
        failures.load(() -> { // meanwhile the choice offers what was read before
            rebuildChoices();
            apply();
        });
        if (textMatches.get() != null) {
            search();
        }
    }

    public Optional<ReportSummary> find(long id) {
        return all.stream().filter(r -> r.id() == id).findFirst();
    }

    /** The regions stored that contain the typed text (folded), for the region box's completion. */
    public List<String> regionsMatching(String typed) {
        String t = SearchText.fold(typed);
        return regions.stream().filter(r -> SearchText.fold(r).contains(t)).toList();
    }

    /**
     * Looks for the typed phrase in every report's text, in the background; the list keeps only the reports that
     * contain it once the answer is in. A blank phrase clears the search.
     */
    public void search() {
        String phrase = searchPhrase.get();
        if (SearchText.fold(phrase).isEmpty()) {
            clearSearch();
            return;
        }
        long run = ++searchRun;
        searching.set(true);
        storeThread.execute(() -> {
            Set<Long> ids;
            try {
                ids = ReportSearch.find(session.store(), phrase);
            } catch (StoreException | RuntimeException e) {
                fxThread.execute(() -> {
                    if (run == searchRun) {
                        searching.set(false);
                        session.dialogs().showError(session.messages().get("list.search.failed"),
                                String.valueOf(e.getMessage()), e);
                    }
                });
                return;
            }
            fxThread.execute(() -> {
                if (run == searchRun) {
                    searching.set(false);
                    textMatches.set(Set.copyOf(ids));
                }
            });
        });
    }

    /** Drops the search (and any answer still on its way): the list shows every report the other filters let by. */
    public void clearSearch() {
        searchRun++;
        searching.set(false);
        searchPhrase.set("");
        textMatches.set(null);
    }

    /** Back to the whole list: every filter and the search cleared. */
    public void clearFilters() {
        clearSearch();
        filter.set("");
        region.set("");
        year.set(years.get(0));
        format.set(formats.get(0));
        status.set(statuses.get(0));
        failingCheck.set(failingChecks.get(0));
    }

    /** The filter now in force. */
    public ReportFilter currentFilter() {
        return new ReportFilter(filter.get(), region.get(), valueOf(year), valueOf(format), valueOf(status),
                failures.ids(valueOf(failingCheck)), textMatches.get());
    }

    private void apply() {
        ReportFilter f = currentFilter();
        filtered.setPredicate(f.isEmpty() ? null : f.matcher(this::folded));
    }

    private ReportFilter.Folded folded(ReportSummary r) {
        ReportFilter.Folded f = folded.get(r.id());
        if (f == null || f.summary() != r) {
            f = ReportFilter.Folded.of(r);
            folded.put(r.id(), f);
        }
        return f;
    }

    private static <T> T valueOf(ObjectProperty<Choice<T>> p) {
        return p.get() == null ? null : p.get().value();
    }

    private void replace(ReportSummary summary) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == summary.id()) {
                if (!all.get(i).equals(summary)) {
                    all.set(i, summary);
                }
                break;
            }
        }
        // The checks were run again on this report: its failing rules may have changed.
        failures.changed(summary.id());
        rebuildChoices();
        if (valueOf(failingCheck) != null) {
            apply();
        }
    }

    /** Regions, years and failing checks as stored now; a list is replaced only when it changed. */
    private void rebuildChoices() {
        Messages m = session.messages();
        TreeSet<String> regionSet = new TreeSet<>();
        TreeSet<Integer> yearSet = new TreeSet<>(Comparator.reverseOrder());
        for (ReportSummary r : all) {
            if (r.region() != null && !r.region().isBlank()) {
                regionSet.add(r.region());
            }
            if (r.year() != null) {
                yearSet.add(r.year());
            }
        }
        replaceIfChanged(regions, new ArrayList<>(regionSet));
        List<Choice<Integer>> yearChoices = new ArrayList<>();
        yearChoices.add(new Choice<>(null, m.get("list.year.any")));
        yearSet.forEach(y -> yearChoices.add(new Choice<>(y, y.toString())));
        keepChosen(year, yearChoices, y -> y.toString());
        replaceIfChanged(years, yearChoices);

        List<Choice<String>> checkChoices = new ArrayList<>();
        checkChoices.add(new Choice<>(null, m.get("list.failing.none")));
        checkChoices.add(new Choice<>(ANY_FAILING, m.format("list.failing.any", failures.ids(ANY_FAILING).size())));
        failures.counts().forEach(e -> checkChoices.add(new Choice<>(e.getKey(),
                m.format("list.failing.rule", e.getKey(), e.getValue()))));
        keepChosen(failingCheck, checkChoices, rule -> m.format("list.failing.rule", rule, 0));
        replaceIfChanged(failingChecks, checkChoices);
        if (year.get() == null) {
            year.set(years.get(0));
        }
        if (failingCheck.get() == null) {
            failingCheck.set(failingChecks.get(0));
        }
    }

    /** A choice in force stays offered (with no reports) when nothing has it any more, so it can be seen and undone. */
    private static <T> void keepChosen(ObjectProperty<Choice<T>> chosen, List<Choice<T>> choices,
                                       java.util.function.Function<T, String> emptyLabel) {
        Choice<T> c = chosen.get();
        if (c != null && !c.any() && !choices.contains(c)) {
            choices.add(new Choice<>(c.value(), emptyLabel.apply(c.value())));
        }
    }

    private static <T> void replaceIfChanged(ObservableList<T> target, List<T> fresh) {
        boolean same = target.size() == fresh.size();
        for (int i = 0; same && i < fresh.size(); i++) {
            same = Objects.equals(target.get(i), fresh.get(i)) && Objects.equals(String.valueOf(target.get(i)),
                    String.valueOf(fresh.get(i)));
        }
        if (!same) {
            target.setAll(fresh);
        }
    }
}
