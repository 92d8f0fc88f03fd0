package org.ogireview.gui.exporting;

/** The CSV layouts: one row per figure, one row per report, or the audit log. */
public enum ExportLayout {
    LONG("long"), WIDE("wide"), HISTORY("history");

    private final String code;

    ExportLayout(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
