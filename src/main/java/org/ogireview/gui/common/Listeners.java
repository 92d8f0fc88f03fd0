package org.ogireview.gui.common;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Listeners that live as long as the node they update. A field's editor, badge and source line listen to the field's
 * view model; when the form is laid out again the old nodes must not keep receiving (and holding) its changes.
 * The node keeps the listener; the observable only holds it weakly.
 */
public final class Listeners {

    private static final String KEY = Listeners.class.getName();

    private Listeners() {
    }

    public static <T> void attach(Node owner, ObservableValue<T> value, ChangeListener<? super T> listener) {
        @SuppressWarnings("unchecked")
        List<Object> held = (List<Object>) owner.getProperties().computeIfAbsent(KEY, k -> new ArrayList<>());
        held.add(listener);
        value.addListener(new WeakChangeListener<>(listener));
    }
}
