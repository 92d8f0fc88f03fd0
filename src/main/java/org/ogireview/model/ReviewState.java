package org.ogireview.model;

/** A report's place in the review: untouched, started, or verified (every figure reviewed, every check settled). */
public enum ReviewState {
    NEW("new"), IN_PROGRESS("in_progress"), VERIFIED("verified");

    private final String code;

    ReviewState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ReviewState fromCode(String code) {
        for (ReviewState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown review state: " + code);
    }
}
