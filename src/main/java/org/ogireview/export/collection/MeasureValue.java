package org.ogireview.export.collection;

import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

import java.util.List;

/**
 * A measure's value in one report, with what it rests on.
 *
 * @param qualifier the hedging of the figures it rests on (exact only when all are exact)
 * @param status    the least reviewed status among them: auto while any is auto, corrected when any was corrected
 * @param keys      the figure keys it was computed from
 * @param focusKey  the figure a click opens the report at
 */
public record MeasureValue(double value, Qualifier qualifier, FigureStatus status, List<String> keys,
                           String focusKey) {

    public MeasureValue {
        keys = List.copyOf(keys);
    }
}
