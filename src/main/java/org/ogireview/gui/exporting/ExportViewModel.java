package org.ogireview.gui.exporting;

import org.ogireview.export.ExportLayout;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalDate;

/** The choices of an export: layout and byte-order mark (on by default: Excel needs it for Chinese). */
public final class ExportViewModel {

    private final ObjectProperty<ExportLayout> layout = new SimpleObjectProperty<>(this, "layout", ExportLayout.LONG);
    private final BooleanProperty bom = new SimpleBooleanProperty(this, "bom", true);
    /** Set when the user chose a dataset export (Stata, xlsx) instead of a CSV layout. */
    private final ObjectProperty<DatasetLayout> dataset = new SimpleObjectProperty<>(this, "dataset");

    public ObjectProperty<DatasetLayout> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<ExportLayout> layoutProperty() {
        return layout;
    }

    public BooleanProperty bomProperty() {
        return bom;
    }

    /** A file name that says what is inside and when: {@code ogi-review-wide-2025-03-01.csv}. */
    public String suggestedFileName(LocalDate today) {
        if (dataset.get() == DatasetLayout.XLSX) {
            return "ogi-review-" + today + ".xlsx";
        }
        return "ogi-review-" + layout.get().code() + "-" + today + ".csv";
    }
}
