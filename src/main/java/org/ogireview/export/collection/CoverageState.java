package org.ogireview.export.collection;

import org.ogireview.model.ReviewState;

/** Where a body's report for a year stands, as the coverage grid shows it. */
public enum CoverageState {
    /** No report of the body for that year. */
    MISSING,
    /** A report no one has opened that the extractor could not read (a scan, a page with no text layer). */
    NEEDS_MANUAL,
    NEW,
    IN_PROGRESS,
    VERIFIED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The report's state: one that needs manual entry says so until someone starts on it. */
    public static CoverageState of(CollectionReport r) {
        if (r.state() == ReviewState.VERIFIED) {
            return VERIFIED;
        }
        if (r.state() == ReviewState.IN_PROGRESS) {
            return IN_PROGRESS;
        }
        return r.needsManual() ? NEEDS_MANUAL : NEW;
    }
}
