package org.ogireview.model;

/** How a stated figure relates to the true number: the report's own hedging, kept apart from the value. */
public enum Qualifier {
    EXACT(""),
    MORE_THAN("more_than"),
    ABOUT("about"),
    LESS_THAN("less_than"),
    /** The publisher left the number out ("主动公开政府信息 条", an empty table cell): value is empty. */
    BLANK_IN_SOURCE("blank_in_source");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    /** The code used in the extract CSV and the gold files ("" for an exact figure). */
    public String code() {
        return code;
    }

    public static Qualifier fromCode(String code) {
        if (code == null || code.isBlank()) {
            return EXACT;
        }
        for (Qualifier q : values()) {
            if (q.code.equals(code.trim())) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier: " + code);
    }
}
