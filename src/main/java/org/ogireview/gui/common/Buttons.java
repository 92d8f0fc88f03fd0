package org.ogireview.gui.common;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons worded from the bundles. JavaFX's own predefined button types take their text from the JVM's default
 * locale, not from the language chosen in the desk, so a Chinese desk on an English system said "Close".
 */
public final class Buttons {

    private Buttons() {
    }

    public static ButtonType close(Messages m) {
        return new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
