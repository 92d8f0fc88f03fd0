package org.ogireview.gui.collection;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.ogireview.export.collection.BodyRef;
import org.ogireview.export.collection.BodySeries;
import org.ogireview.export.collection.CollectionReport;
import org.ogireview.export.collection.CollectionSnapshot;
import org.ogireview.export.collection.Measure;
import org.ogireview.export.collection.Measures;
import org.ogireview.extract.SearchText;
import org.ogireview.store.ReportStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One body across its years: the body (chosen from a list the user can narrow by typing), the measures to draw,
 * and the series read from the store in the background whenever either changes.
 */
public final class SeriesViewModel {

    /** One line of the table behind the chart: a report of the body and its point of each measure. */
    public record Row(int year, CollectionReport report, Map<String, BodySeries.Point> points) {
    }

    private final ReportStore store;
    private final ObjectProperty<CollectionSnapshot> snapshot;
    private final Loader loader;
    private final ObservableList<BodyRef> allBodies = FXCollections.observableArrayList();
    private final FilteredList<BodyRef> bodies = new FilteredList<>(allBodies);
    private final StringProperty bodyFilter = new SimpleStringProperty(this, "bodyFilter", "");
    private final ObjectProperty<BodyRef> body = new SimpleObjectProperty<>(this, "body");
    private final ObservableList<Measure> measures = FXCollections.observableArrayList(Measures.DEFAULT_SERIES);
    private final ObjectProperty<List<BodySeries.Series>> series = new SimpleObjectProperty<>(this, "series",
            List.of());
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    SeriesViewModel(ReportStore store, ObjectProperty<CollectionSnapshot> snapshot, Loader loader) {
        this.store = store;
        this.snapshot = snapshot;
        this.loader = loader;
        snapshot.addListener((obs, old, now) -> bodiesChanged());
        bodyFilter.addListener((obs, old, now) -> {
            String folded = SearchText.fold(now == null ? "" : now);
            bodies.setPredicate(folded.isEmpty() ? null : b -> SearchText.fold(b.name()).contains(folded)
                    || (b.divisionCode() != null && b.divisionCode().startsWith(folded)));
        });
        body.addListener((obs, old, now) -> reload());
        measures.addListener((javafx.collections.ListChangeListener<Measure>) c -> reload());
    }

    private void bodiesChanged() {
        CollectionSnapshot s = snapshot.get();
        List<BodyRef> list = s == null ? List.of() : new ArrayList<>(s.bodies().values());
        list.sort(Comparator.comparing((BodyRef b) -> b.name() == null ? "" : b.name()));
        BodyRef chosen = body.get();
        allBodies.setAll(list);
        if (chosen != null) {
            // the same body in the new snapshot (a rename keeps its key); else the body is gone
            BodyRef again = list.stream().filter(b -> b.key().equals(chosen.key())).findFirst().orElse(null);
            if (Objects.equals(again, chosen)) {
                reload();
            } else {
                body.set(again);
            }
        } else if (!list.isEmpty()) {
            // the body with the most years: the one a series says most about
            body.set(list.stream().max(Comparator.comparingInt((BodyRef b) -> s.reportsOf(b.key()).size()))
                    .orElseThrow());
        }
    }

    /** Reads the chosen body's series again (after the snapshot or the choice changed). */
    public void reload() {
        CollectionSnapshot s = snapshot.get();
        BodyRef b = body.get();
        List<Measure> chosen = List.copyOf(measures);
        if (s == null || b == null) {
            series.set(List.of());
            return;
        }
        loading.set(true);
        loader.load(() -> BodySeries.read(store, s, b.key(), chosen), result -> {
            loading.set(false);
            error.set("");
            series.set(result);
        }, e -> {
            loading.set(false);
            error.set(loader.describe(e));
        });
    }

    /** Draws the measure too, or stops drawing it. */
    public void setShown(Measure m, boolean shown) {
        if (shown && !measures.contains(m)) {
            List<Measure> ordered = new ArrayList<>(measures);
            ordered.add(m);
            ordered.sort(Comparator.comparingInt(Measures.ALL::indexOf));
            measures.setAll(ordered);
        } else if (!shown) {
            measures.remove(m);
        }
    }

    /** The table behind the chart: one line per report, in year order. */
    public List<Row> rows() {
        Map<Long, Row> out = new LinkedHashMap<>();
        List<BodySeries.Series> all = series.get();
        for (BodySeries.Series s : all) {
            for (BodySeries.Point p : s.points()) {
                out.computeIfAbsent(p.report().reportId(), k -> new Row(p.year(), p.report(),
                        new LinkedHashMap<>())).points().put(s.measure().id(), p);
            }
        }
        List<Row> rows = new ArrayList<>(out.values());
        rows.sort(Comparator.comparingInt(Row::year).thenComparingLong(r -> r.report().reportId()));
        return rows;
    }

    public ObservableList<BodyRef> bodies() {
        return bodies;
    }

    public StringProperty bodyFilterProperty() {
        return bodyFilter;
    }

    public ObjectProperty<BodyRef> bodyProperty() {
        return body;
    }

    public ObservableList<Measure> measures() {
        return measures;
    }

    public ObjectProperty<List<BodySeries.Series>> seriesProperty() {
        return series;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
