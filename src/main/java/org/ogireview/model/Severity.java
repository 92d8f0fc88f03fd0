package org.ogireview.model;

/** How much a failed rule matters: an error is an arithmetic contradiction, a warning a likely one. */
public enum Severity {
    ERROR("error"), WARNING("warning"), INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
