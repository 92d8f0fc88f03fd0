package org.ogireview.store;

import org.ogireview.model.FigureStatus;

import java.util.List;

/**
 * One report's list line and its figures' values only: what the wide export needs, read without the spans,
 * snippets, checks or sorting that a full {@link ReportBundle} costs.
 */
public record ReportValues(ReportSummary report, List<Value> values) {

    /** One figure's key, current value and status. */
    public record Value(String key, String value, FigureStatus status) {
    }

    public ReportValues {
        values = List.copyOf(values);
    }
}
