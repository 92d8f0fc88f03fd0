package org.ogireview.gui.form;

/**
 * Stable node ids for the form's controls, so tests and the style sheet can find a field's editor. Field keys hold
 * '.' and '@', which CSS selectors read as class and nothing; they become '_'.
 */
public final class FormIds {

    private FormIds() {
    }

    public static String editor(String key) {
        return "field-" + safe(key);
    }

    public static String qualifier(String key) {
        return "qualifier-" + safe(key);
    }

    public static String status(String key) {
        return "status-" + safe(key);
    }

    public static String confirm(String key) {
        return "confirm-" + safe(key);
    }

    public static String source(String key) {
        return "source-" + safe(key);
    }

    public static String section(String id) {
        return "section-" + safe(id);
    }

    static String safe(String key) {
        StringBuilder b = new StringBuilder(key.length());
        key.codePoints().forEach(c -> {
            if (c < 128) {
                b.append(Character.isLetterOrDigit(c) || c == '_' || c == '-' ? (char) c : '_');
            } else {
                b.append('u').append(Integer.toHexString(c)); // report-specific keys carry the report's label
            }
        });
        return b.toString();
    }
}
