package org.ogireview.coding;

import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;

/**
 * When two codings of a figure count as the same: the same value (compared after trimming), the same qualifier,
 * and the same kind of statement (stated, blank in the source, not stated). Confirmed against corrected is no
 * disagreement: both say the value is this.
 */
final class Comparison {

    private Comparison() {
    }

    static boolean sameCoding(Figure a, Figure b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.value().strip().equals(b.value().strip()) && a.qualifier() == b.qualifier()
                && statement(a.status()).equals(statement(b.status()));
    }

    /** The kind of statement a status records. */
    static String statement(FigureStatus s) {
        return switch (s) {
            case BLANK_IN_SOURCE -> "blank";
            case NOT_STATED -> "not_stated";
            default -> "stated";
        };
    }
}
