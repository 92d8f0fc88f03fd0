package org.ogireview.gui.form;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One group of the form: the report's metadata, proactive disclosure, applications, fees, reconsideration and
 * litigation, or the rest.
 *
 * @param id the section code of fields.csv (meta, proactive, applications, fees, review, other)
 */
public record FormSection(String id, String title, ObservableList<FieldViewModel> fields) {

    public FormSection(String id, String title) {
        this(id, title, FXCollections.observableArrayList());
    }
}
