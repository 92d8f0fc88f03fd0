package org.ogireview.gui.collection;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ogireview.export.collection.CollectionSnapshot;
import org.ogireview.export.collection.Progress;
import org.ogireview.importing.DatasetLinks;
import org.ogireview.store.ReportStore;

import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The collection window's state: the snapshot of the collection (read in the background), and the three views'
 * models that work from it. A reload (the refresh button, the window shown again) reads the store afresh.
 */
public final class CollectionViewModel {

    private final ReportStore store;
    private final Loader loader;
    private final ObjectProperty<CollectionSnapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    /** The last read's failure, empty when it succeeded. */
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final CoverageViewModel coverage;
    private final SeriesViewModel series;
    private final RankingViewModel ranking;

    public CollectionViewModel(ReportStore store, Executor background, Executor fxThread) {
        this(store, background, fxThread, Locale.ROOT);
    }

    /** With the window's language, in which a failed read is worded. */
    public CollectionViewModel(ReportStore store, Executor background, Executor fxThread, Locale locale) {
        this.store = store;
        this.loader = new Loader(background, fxThread, locale);
        this.coverage = new CoverageViewModel(snapshot);
        this.series = new SeriesViewModel(store, snapshot, new Loader(background, fxThread, locale));
        this.ranking = new RankingViewModel(store, snapshot, new Loader(background, fxThread, locale));
    }

    /** Reads the collection again; the views recompute from the new snapshot. */
    public void reload() {
        loading.set(true);
        loader.load(() -> {
            DatasetLinks.beforeReading(store);
            return CollectionSnapshot.read(store);
        }, s -> {
            loading.set(false);
            error.set("");
            snapshot.set(s);
        }, e -> {
            loading.set(false);
            error.set(loader.describe(e));
        });
    }

    public ObjectProperty<CollectionSnapshot> snapshotProperty() {
        return snapshot;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** The whole collection's progress (not the filter's); null before the first read. */
    public Progress progress() {
        return snapshot.get() == null ? null : snapshot.get().progress();
    }

    public CoverageViewModel coverage() {
        return coverage;
    }

    public SeriesViewModel series() {
        return series;
    }

    public RankingViewModel ranking() {
        return ranking;
    }
}
