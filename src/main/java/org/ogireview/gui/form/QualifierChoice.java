package org.ogireview.gui.form;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.ogireview.gui.common.Listeners;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.Qualifier;

/** The qualifier of a figure: exact, more than, about, less than, blank in source. Choosing one stores it. */
final class QualifierChoice {

    private QualifierChoice() {
    }

    static ComboBox<Qualifier> create(FieldViewModel field, Messages m) {
        ComboBox<Qualifier> box = new ComboBox<>(FXCollections.observableArrayList(Qualifier.values()));
        box.setId(FormIds.qualifier(field.key()));
        box.getStyleClass().add("qualifier-choice");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Qualifier q) {
                return q == null ? "" : m.get("qualifier." + (q == Qualifier.EXACT ? "exact" : q.code()));
            }

            @Override
            public Qualifier fromString(String s) {
                return null;
            }
        });
        box.setValue(field.qualifierProperty().get());
        // In a narrow form "blank in source" is cut: the tooltip says it whole.
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> box.getConverter().toString(box.getValue()), box.valueProperty()));
        box.setTooltip(tip);
        Listeners.attach(box, field.qualifierProperty(), (obs, o, n) -> box.setValue(n));
        box.valueProperty().addListener((obs, o, n) -> {
            if (n != null && n != field.qualifierProperty().get()) {
                field.qualifierProperty().set(n);
                field.commit();
            }
        });
        return box;
    }
}
