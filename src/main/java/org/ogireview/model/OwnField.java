package org.ogireview.model;

/**
 * What a report says a report-specific key is: its label as the report writes it and the unit. The figure itself
 * (value, qualifier, status, span) is an ordinary {@link Figure} under the key.
 */
public record OwnField(String key, String label, String unit) {

    public OwnField {
        if (!OwnKeys.isOwn(key)) {
            throw new IllegalArgumentException("not a report-specific key: " + key);
        }
        label = label == null ? "" : label;
        unit = unit == null ? "" : unit;
    }

    public FieldDef def() {
        return OwnKeys.fieldOf(key, label, unit);
    }
}
