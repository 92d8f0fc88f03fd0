package org.ogireview.gui.collection;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireview.export.collection.CollectionFilter;
import org.ogireview.export.collection.CollectionReport;
import org.ogireview.export.collection.CollectionSnapshot;
import org.ogireview.export.collection.Coverage;
import org.ogireview.model.BodyKind;
import org.ogireview.model.Division;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Bodies × years for the snapshot and the filters: division (province, then a city of it, then a county of that),
 * body kind and a span of years. The grid is recomputed in memory on each change (the snapshot holds no figures).
 */
public final class CoverageViewModel {

    private final ObjectProperty<CollectionSnapshot> snapshot;
    private final ObjectProperty<Division> province = new SimpleObjectProperty<>(this, "province");
    private final ObjectProperty<Division> city = new SimpleObjectProperty<>(this, "city");
    private final ObjectProperty<Division> county = new SimpleObjectProperty<>(this, "county");
    private final ObjectProperty<BodyKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>(this, "fromYear");
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>(this, "toYear");
    private final ObservableList<Division> provinces = FXCollections.observableArrayList();
    private final ObservableList<Division> cities = FXCollections.observableArrayList();
    private final ObservableList<Division> counties = FXCollections.observableArrayList();
    private final ObservableList<BodyKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Coverage> coverage = new SimpleObjectProperty<>(this, "coverage");

    CoverageViewModel(ObjectProperty<CollectionSnapshot> snapshot) {
        this.snapshot = snapshot;
        snapshot.addListener((obs, old, now) -> choicesChanged());
        province.addListener((obs, old, now) -> {
            if (!Objects.equals(old, now)) {
                city.set(null);
                county.set(null);
                cities.setAll(now == null || snapshot.get() == null ? List.of()
                        : snapshot.get().divisions().cities(now.code()));
            }
            recompute();
        });
        city.addListener((obs, old, now) -> {
            if (!Objects.equals(old, now)) {
                county.set(null);
                counties.setAll(now == null || snapshot.get() == null ? List.of()
                        : snapshot.get().divisions().counties(now.code()));
            }
            recompute();
        });
        for (ObservableValue<?> v : List.of(county, kind, fromYear, toYear)) {
            v.addListener((obs, old, now) -> recompute());
        }
    }

    private void choicesChanged() {
        CollectionSnapshot s = snapshot.get();
        if (s == null) {
            coverage.set(null);
            return;
        }
        provinces.setAll(s.divisions().provinces());
        if (province.get() != null && !provinces.contains(province.get())) {
            province.set(null);
        }
        cities.setAll(province.get() == null ? List.of() : s.divisions().cities(province.get().code()));
        counties.setAll(city.get() == null ? List.of() : s.divisions().counties(city.get().code()));
        TreeSet<BodyKind> k = new TreeSet<>();
        TreeSet<Integer> y = new TreeSet<>();
        for (CollectionReport r : s.reports()) {
            if (r.body().kind() != null) {
                k.add(r.body().kind());
            }
            if (r.year() != null) {
                y.add(r.year());
            }
        }
        kinds.setAll(k);
        years.setAll(y);
        recompute();
    }

    private void recompute() {
        CollectionSnapshot s = snapshot.get();
        coverage.set(s == null ? null : Coverage.of(s, filter()));
    }

    /** The filter the choices make: the narrowest division chosen. */
    public CollectionFilter filter() {
        Division d = county.get() != null ? county.get() : city.get() != null ? city.get() : province.get();
        Integer from = fromYear.get();
        Integer to = toYear.get();
        if (from != null && to != null && from > to) {
            Integer t = from;
            from = to;
            to = t;
        }
        return new CollectionFilter(d == null ? null : d.code(), kind.get(), from, to);
    }

    /** Clears every filter. */
    public void clearFilters() {
        province.set(null);
        kind.set(null);
        fromYear.set(null);
        toYear.set(null);
    }

    public ObjectProperty<Division> provinceProperty() {
        return province;
    }

    public ObjectProperty<Division> cityProperty() {
        return city;
    }

    public ObjectProperty<Division> countyProperty() {
        return county;
    }

    public ObjectProperty<BodyKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Integer> fromYearProperty() {
        return fromYear;
    }

    public ObjectProperty<Integer> toYearProperty() {
        return toYear;
    }

    public ObservableList<Division> provinces() {
        return provinces;
    }

    public ObservableList<Division> cities() {
        return cities;
    }

    public ObservableList<Division> counties() {
        return counties;
    }

    public ObservableList<BodyKind> kinds() {
        return kinds;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ReadOnlyObjectProperty<Coverage> coverageProperty() {
        return coverage;
    }
}
