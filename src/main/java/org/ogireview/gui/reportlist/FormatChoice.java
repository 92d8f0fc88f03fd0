package org.ogireview.gui.reportlist;

import org.ogireview.model.ReportFormat;

/** The formats the list can be narrowed to; UNKNOWN is a report whose format was never recognised or set. */
public enum FormatChoice {
    NARRATIVE(ReportFormat.NARRATIVE), TABLE2019(ReportFormat.TABLE2019), TABLE2021(ReportFormat.TABLE2021),
    UNKNOWN(null);

    private final ReportFormat format;

    FormatChoice(ReportFormat format) {
        this.format = format;
    }

    public boolean matches(ReportFormat f) {
        return f == format;
    }

    /** The message key of its name ("format.narrative", ..., "format.unknown"). */
    public String messageKey() {
        return "format." + (format == null ? "unknown" : format.code());
    }
}
