package org.ogireview.gui.collection;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireview.export.collection.CollectionFilter;
import org.ogireview.export.collection.CollectionReport;
import org.ogireview.export.collection.CollectionSnapshot;
import org.ogireview.export.collection.Measure;
import org.ogireview.export.collection.Measures;
import org.ogireview.export.collection.YearRanking;
import org.ogireview.model.BodyKind;
import org.ogireview.model.Division;
import org.ogireview.store.ReportStore;

import java.util.List;
import java.util.TreeSet;

/**
 * One year across bodies: the year, the measure (a figure or a ratio), the bodies of one division or kind, and the
 * ranking read in the background. The chart draws the first {@link #shownProperty() shown} bars, largest first or
 * smallest first; the table behind it holds every body.
 */
public final class RankingViewModel {

    private final ReportStore store;
    private final ObjectProperty<CollectionSnapshot> snapshot;
    private final Loader loader;
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<Division> divisions = FXCollections.observableArrayList();
    private final ObservableList<BodyKind> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(this, "measure", Measures.RECEIVED);
    private final ObjectProperty<Division> division = new SimpleObjectProperty<>(this, "division");
    private final ObjectProperty<BodyKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final BooleanProperty ascending = new SimpleBooleanProperty(this, "ascending");
    private final IntegerProperty shown = new SimpleIntegerProperty(this, "shown", 30);
    private final ObjectProperty<YearRanking.Result> result = new SimpleObjectProperty<>(this, "result");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    RankingViewModel(ReportStore store, ObjectProperty<CollectionSnapshot> snapshot, Loader loader) {
        this.store = store;
        this.snapshot = snapshot;
        this.loader = loader;
        snapshot.addListener((obs, old, now) -> choicesChanged());
        for (ObservableValue<?> v : List.of(year, measure, division, kind)) {
            v.addListener((obs, old, now) -> reload());
        }
    }

    private void choicesChanged() {
        CollectionSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        TreeSet<Integer> y = new TreeSet<>();
        TreeSet<BodyKind> k = new TreeSet<>();
        for (CollectionReport r : s.reports()) {
            if (r.year() != null) {
                y.add(r.year());
            }
            if (r.body().kind() != null) {
                k.add(r.body().kind());
            }
        }
        years.setAll(y);
        kinds.setAll(k);
        // provinces and their cities: the divisions a comparison across bodies is usually made within
        List<Division> d = new java.util.ArrayList<>();
        for (Division p : s.divisions().provinces()) {
            d.add(p);
            d.addAll(s.divisions().cities(p.code()));
        }
        divisions.setAll(d);
        if (year.get() == null || !y.contains(year.get())) {
            // the latest year most bodies report on
            year.set(y.isEmpty() ? null : busiestYear(s, y));
        } else {
            reload();
        }
    }

    private static Integer busiestYear(CollectionSnapshot s, TreeSet<Integer> years) {
        Integer best = null;
        long most = -1;
        for (int y : years) {
            long n = s.reports().stream().filter(r -> r.year() != null && r.year() == y).count();
            if (n >= most) {
                most = n;
                best = y;
            }
        }
        return best;
    }

    public void reload() {
        CollectionSnapshot s = snapshot.get();
        Integer y = year.get();
        Measure m = measure.get();
        if (s == null || y == null || m == null) {
            result.set(null);
            return;
        }
        CollectionFilter filter = new CollectionFilter(division.get() == null ? null : division.get().code(),
                kind.get(), null, null);
        loading.set(true);
        loader.load(() -> YearRanking.read(store, s, y, filter, m), r -> {
            loading.set(false);
            error.set("");
            result.set(r);
        }, e -> {
            loading.set(false);
            error.set(loader.describe(e));
        });
    }

    /** The bars the chart draws: the first {@code shown} rows in the chosen order. */
    public List<YearRanking.Row> bars() {
        YearRanking.Result r = result.get();
        if (r == null) {
            return List.of();
        }
        List<YearRanking.Row> rows = new java.util.ArrayList<>(r.rows());
        if (ascending.get()) {
            java.util.Collections.reverse(rows);
        }
        return rows.subList(0, Math.min(rows.size(), Math.max(1, shown.get())));
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<Division> divisions() {
        return divisions;
    }

    public ObservableList<BodyKind> kinds() {
        return kinds;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    public ObjectProperty<Division> divisionProperty() {
        return division;
    }

    public ObjectProperty<BodyKind> kindProperty() {
        return kind;
    }

    public BooleanProperty ascendingProperty() {
        return ascending;
    }

    public IntegerProperty shownProperty() {
        return shown;
    }

    public ObjectProperty<YearRanking.Result> resultProperty() {
        return result;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
