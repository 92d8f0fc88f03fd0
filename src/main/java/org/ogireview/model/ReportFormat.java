package org.ogireview.model;

/** The three shapes an annual report takes; each has its own set of field keys (column era of fields.csv). */
public enum ReportFormat {
    /** Numbers in prose or a free-form statistics table (mostly 2008-2018). */
    NARRATIVE("narrative"),
    /** Trial standard tables of 国办公开办函〔2019〕60号 (reports for 2019-2020). */
    TABLE2019("table2019"),
    /** Revised standard tables of 国办公开办函〔2021〕30号 (reports for 2021 on). */
    TABLE2021("table2021");

    private final String code;

    ReportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ReportFormat fromCode(String code) {
        for (ReportFormat f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format: " + code);
    }

    /** True when a field of the given era column of fields.csv ("narrative", "both", "table2019+2021", ...) applies. */
    public boolean usesEra(String era) {
        if (era == null || era.isBlank() || era.equals("both")) {
            return true;
        }
        for (String part : era.split("\\+")) {
            String p = part.trim();
            if (p.equals(code) || (p.equals("2021") && this == TABLE2021) || (p.equals("2019") && this == TABLE2019)) {
                return true;
            }
        }
        return false;
    }
}
