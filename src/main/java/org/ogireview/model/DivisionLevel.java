package org.ogireview.model;

import java.util.Locale;

/** The tier of an administrative division: 6-digit codes down to the county, 9 digits for townships and streets. */
public enum DivisionLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DivisionLevel fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
