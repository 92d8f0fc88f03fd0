package org.ogireview.model;

/** Where a figure stands in the review: set by the extractor (AUTO) or by the coder (the rest). */
public enum FigureStatus {
    AUTO("auto"),
    CONFIRMED("confirmed"),
    CORRECTED("corrected"),
    BLANK_IN_SOURCE("blank_in_source"),
    NOT_STATED("not_stated");

    private final String code;

    FigureStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Confirmed, corrected, blank and not-stated figures have been looked at by a person. */
    public boolean reviewed() {
        return this != AUTO;
    }

    public static FigureStatus fromCode(String code) {
        for (FigureStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status: " + code);
    }
}
