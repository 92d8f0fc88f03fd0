package org.ogireview.gui.exporting;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.ogireview.export.ExportLayout;
import org.ogireview.export.ExportSelection;

import java.time.LocalDate;
import java.util.List;

/**
 * The choices of an export: which reports (all, the filtered list, the selected rows), the layout, and the
 * byte-order mark (on by default: Excel needs it for Chinese). The scope starts where the coder's attention is:
 * on the selected rows when several are selected, on the filtered list when a filter is in force, else on all.
 */
public final class ExportViewModel {

    private final ObjectProperty<ExportLayout> layout = new SimpleObjectProperty<>(this, "layout", ExportLayout.LONG);
    private final BooleanProperty bom = new SimpleBooleanProperty(this, "bom", true);
    /** Set when the user chose a dataset export (Stata, xlsx) instead of a CSV layout. */
    private final ObjectProperty<DatasetLayout> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<ExportScope> scope = new SimpleObjectProperty<>(this, "scope", ExportScope.ALL);
    private final int total;
    private final List<Long> filtered;
    private final List<Long> selected;

    /** Every report, with nothing filtered or selected. */
    public ExportViewModel() {
        this(0, List.of(), List.of());
    }

    /**
     * @param total    the reports in the database
     * @param filtered the ids the report list shows under its filters
     * @param selected the ids of the rows selected in it
     */
    public ExportViewModel(int total, List<Long> filtered, List<Long> selected) {
        this.total = total;
        this.filtered = List.copyOf(filtered);
        this.selected = List.copyOf(selected);
        if (selected.size() > 1) {
            scope.set(ExportScope.SELECTED);
        } else if (filtered.size() < total) {
            scope.set(ExportScope.FILTERED);
        }
    }

    public ObjectProperty<DatasetLayout> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<ExportLayout> layoutProperty() {
        return layout;
    }

    public BooleanProperty bomProperty() {
        return bom;
    }

    public ObjectProperty<ExportScope> scopeProperty() {
        return scope;
    }

    /** How many reports a scope holds, for its label. */
    public int count(ExportScope s) {
        return switch (s) {
            case ALL -> total;
            case FILTERED -> filtered.size();
            case SELECTED -> selected.size();
        };
    }

    /** The reports of the chosen scope, as the exporters take them. */
    public ExportSelection selection() {
        return switch (scope.get()) {
            case ALL -> ExportSelection.all();
            case FILTERED -> filtered.size() == total ? ExportSelection.all() : ExportSelection.ofReports(filtered);
            case SELECTED -> ExportSelection.ofReports(selected);
        };
    }

    /** A file name that says what is inside and when: {@code ogi-review-wide-2025-03-01.csv}. */
    public String suggestedFileName(LocalDate today) {
        String part = scope.get() == ExportScope.ALL || selection().isAll() ? "" : "-" + scope.get().code();
        if (dataset.get() == DatasetLayout.XLSX) {
            return "ogi-review" + part + "-" + today + ".xlsx";
        }
        return "ogi-review-" + layout.get().code() + part + "-" + today + ".csv";
    }
}
