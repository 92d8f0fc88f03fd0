package org.ogireview.coding;

import org.ogireview.model.Figure;
import org.ogireview.store.CodingStore;

import java.util.List;

/**
 * A figure the two coders of a report coded differently, with what the adjudicator needs to settle it: each coder's
 * value with its source span (null when the coder has no such figure), the checks that fail on each coder's figures
 * and involve this field, and the decision when there is one.
 */
public record Disagreement(long reportId, String fileName, String key, String firstCoder, Figure first,
                           List<String> firstFailing, String secondCoder, Figure second,
                           List<String> secondFailing, CodingStore.Decision decision) {

    public boolean decided() {
        return decision != null;
    }
}
