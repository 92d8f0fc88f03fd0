package org.ogireview.export;

import java.util.Locale;

/** The shapes of the CSV export; see docs/export.md for every column. */
public enum ExportLayout {
    /** One row per figure, with its label, status, source span, last change and check findings. */
    LONG("long"),
    /** One row per report, one column per field: the shape Stata and R read as a dataset. */
    WIDE("wide"),
    /** The audit log: every change, undo, redo, check mark and import, oldest first. */
    HISTORY("history");

    private final String code;

    ExportLayout(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ExportLayout fromCode(String code) {
        for (ExportLayout l : values()) {
            if (l.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown layout '" + code + "' (use long, wide or history)");
    }
}
