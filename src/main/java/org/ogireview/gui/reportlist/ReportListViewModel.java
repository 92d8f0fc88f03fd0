package org.ogireview.gui.reportlist;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoreException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The report list: every stored report, filtered by the words typed in the filter box (each word must match the
 * region, the file name, the year or the format). Sorting is the table's own.
 */
public final class ReportListViewModel {

    private final ReviewSession session;
    private final ObservableList<ReportSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ReportSummary> filtered = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");

    public ReportListViewModel(ReviewSession session) {
        this.session = session;
        filter.addListener((obs, old, now) -> filtered.setPredicate(matcher(now)));
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

    public StringProperty filterProperty() {
        return filter;
    }

    /** Reads the list from the store again (after an import). */
    public void refresh() {
        try {
            all.setAll(session.store().list());
        } catch (StoreException e) {
            session.dialogs().showError(session.messages().get("error.list.title"), e.getMessage());
        }
    }

    public Optional<ReportSummary> find(long id) {
        return all.stream().filter(r -> r.id() == id).findFirst();
    }

    private void replace(ReportSummary summary) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == summary.id()) {
                if (!all.get(i).equals(summary)) {
                    all.set(i, summary);
                }
                return;
            }
        }
    }

    static Predicate<ReportSummary> matcher(String text) {
        List<String> words = text == null ? List.of()
                : Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return null;
        }
        return r -> words.stream().allMatch(w -> haystack(r).contains(w));
    }

    private static String haystack(ReportSummary r) {
        return String.join(" ", r.fileName() == null ? "" : r.fileName(), r.region() == null ? "" : r.region(),
                r.year() == null ? "" : r.year().toString(), r.format() == null ? "" : r.format().code(),
                r.state() == null ? "" : r.state().code()).toLowerCase(Locale.ROOT);
    }
}
