package org.ogireview.export.collection;

import org.ogireview.model.BodyKind;
import org.ogireview.model.DivisionLevel;

/**
 * The body a report belongs to, as the dataset keys give it. A report not linked to a body (a stand-in store, or a
 * database whose linking failed) stands for a body of its own named by its region, so it is still shown.
 *
 * @param key          stable within one reading: {@code b<id>} for a body, {@code r:<region>} otherwise
 * @param kind         null when not known
 * @param divisionCode null when the division is not settled
 */
public record BodyRef(String key, Long id, String name, BodyKind kind, String divisionCode, DivisionLevel level) {

    /** True when the body lies in the division (its code, 6 or 9 digits) or is that division. */
    public boolean within(String division) {
        if (division == null || division.isBlank()) {
            return true;
        }
        return divisionCode != null && divisionCode.startsWith(DivisionChoices.prefix(division));
    }
}
