package org.ogireview.gui.reportlist;

import org.ogireview.model.ReviewState;
import org.ogireview.store.ReportSummary;

/**
 * The review states the list can be narrowed to, and the reports whose figures must be typed in by hand (a scanned
 * PDF, a report with no text layer) whatever their state.
 */
public enum StatusChoice {
    NEW, IN_PROGRESS, VERIFIED, NEEDS_MANUAL;

    public boolean matches(ReportSummary r) {
        return switch (this) {
            case NEW -> r.state() == ReviewState.NEW;
            case IN_PROGRESS -> r.state() == ReviewState.IN_PROGRESS;
            case VERIFIED -> r.state() == ReviewState.VERIFIED;
            case NEEDS_MANUAL -> r.needsManual() != null;
        };
    }

    /** The message key of its name. */
    public String messageKey() {
        return this == NEEDS_MANUAL ? "list.status.needsManual" : "state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
