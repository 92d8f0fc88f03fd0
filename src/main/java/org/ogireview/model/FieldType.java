package org.ogireview.model;

/** The value type of a field, which decides its editor and how its value is parsed and written. */
public enum FieldType {
    TEXT, YEAR, DATE, ENUM, COUNT, MONEY, PERCENT;

    public static FieldType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public boolean numeric() {
        return this == COUNT || this == MONEY || this == PERCENT || this == YEAR;
    }
}
