package org.ogireview.gui.collection;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import java.util.function.Function;

/**
 * A combo box over a view model's choices with "(all)" first: the property is null when "(all)" is chosen. The
 * box follows the property and the choices both ways.
 */
final class Choices {

    private Choices() {
    }

    static <T> ComboBox<T> box(String id, ObservableList<T> choices, ObjectProperty<T> property,
                               Function<T, String> label, String any) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? any : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        Runnable fill = () -> {
            java.util.List<T> items = new java.util.ArrayList<>();
            if (any != null) {
                items.add(null);
            }
            items.addAll(choices);
            box.getItems().setAll(items);
            box.setValue(property.get());
        };
        fill.run();
        choices.addListener((ListChangeListener<T>) c -> fill.run());
        box.valueProperty().addListener((obs, old, now) -> {
            if (!java.util.Objects.equals(property.get(), now)) {
                property.set(now);
            }
        });
        property.addListener((obs, old, now) -> {
            if (!java.util.Objects.equals(box.getValue(), now)) {
                box.setValue(now);
            }
        });
        box.setVisibleRowCount(20);
        return box;
    }
}
