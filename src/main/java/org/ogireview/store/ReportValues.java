package org.ogireview.store;

import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

import java.util.List;

/**
 * One report's list line and its figures' values only: what the wide export needs, read without the spans,
 * snippets, checks or sorting that a full {@link ReportBundle} costs.
 */
public record ReportValues(ReportSummary report, List<Value> values) {

    /** One figure's key, current value, status and qualifier (the wide export keeps 3万余条 as more_than). */
    public record Value(String key, String value, FigureStatus status, Qualifier qualifier) {

        public Value(String key, String value, FigureStatus status) {
            this(key, value, status, Qualifier.EXACT);
        }
    }

    public ReportValues {
        values = List.copyOf(values);
    }
}
