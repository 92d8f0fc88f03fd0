package org.ogireview.gui.document;

import java.util.List;

/** A stretch of the report text drawn with the same style classes (none for plain text). */
public record StyleRun(int length, List<String> styles) {

    public StyleRun {
        styles = List.copyOf(styles);
    }
}
