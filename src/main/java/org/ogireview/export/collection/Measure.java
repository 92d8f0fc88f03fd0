package org.ogireview.export.collection;

import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.store.ReportValues;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a chart plots for a report: a figure as stated, a total the report states or that its parts give (the
 * standard tables print denials in eight rows and no total), or a ratio of two of these.
 */
public sealed interface Measure permits Measure.Field, Measure.Total, Measure.Ratio {

    /** Stable id: the field key for a figure, the total's or the ratio's own name otherwise. */
    String id();

    /** The figure keys the measure reads. */
    Set<String> keys();

    /** The value in a report with these figures; empty when it cannot be had (missing, blank, not a number). */
    Optional<MeasureValue> of(Map<String, ReportValues.Value> figures);

    /** One figure. */
    record Field(String key) implements Measure {
        @Override
        public String id() {
            return key;
        }

        @Override
        public Set<String> keys() {
            return Set.of(key);
        }

        @Override
        public Optional<MeasureValue> of(Map<String, ReportValues.Value> figures) {
            ReportValues.Value v = figures.get(key);
            Double d = number(v);
            return d == null ? Optional.empty()
                    : Optional.of(new MeasureValue(d, v.qualifier(), v.status(), List.of(key), key));
        }
    }

    /**
     * The first of {@code stated} the report states; else the sum of the {@code parts} it states (none stated: no
     * value). Narrative reports state 不予公开 as one number, the standard tables in eight rows.
     */
    record Total(String id, List<String> stated, List<String> parts) implements Measure {
        public Total {
            stated = List.copyOf(stated);
            parts = List.copyOf(parts);
        }

        @Override
        public Set<String> keys() {
            Set<String> out = new LinkedHashSet<>(stated);
            out.addAll(parts);
            return out;
        }

        @Override
        public Optional<MeasureValue> of(Map<String, ReportValues.Value> figures) {
            for (String key : stated) {
                Optional<MeasureValue> v = new Field(key).of(figures);
                if (v.isPresent()) {
                    return v;
                }
            }
            List<MeasureValue> found = new ArrayList<>();
            for (String key : parts) {
                new Field(key).of(figures).ifPresent(found::add);
            }
            if (found.isEmpty()) {
                return Optional.empty();
            }
            double sum = found.stream().mapToDouble(MeasureValue::value).sum();
            return Optional.of(combine(sum, found));
        }
    }

    /** {@code numerator ÷ denominator}; no value when either is missing or the denominator is 0. */
    record Ratio(String id, Measure numerator, Measure denominator) implements Measure {
        @Override
        public Set<String> keys() {
            Set<String> out = new LinkedHashSet<>(numerator.keys());
            out.addAll(denominator.keys());
            return out;
        }

        @Override
        public Optional<MeasureValue> of(Map<String, ReportValues.Value> figures) {
            Optional<MeasureValue> n = numerator.of(figures);
            Optional<MeasureValue> d = denominator.of(figures);
            if (n.isEmpty() || d.isEmpty() || d.get().value() == 0) {
                return Optional.empty();
            }
            return Optional.of(combine(n.get().value() / d.get().value(), List.of(n.get(), d.get())));
        }
    }

    /** A value computed from several: their keys, the weakest status, exact only when all are exact. */
    private static MeasureValue combine(double value, List<MeasureValue> from) {
        List<String> keys = new ArrayList<>();
        Qualifier q = Qualifier.EXACT;
        FigureStatus status = FigureStatus.CONFIRMED;
        for (MeasureValue v : from) {
            keys.addAll(v.keys());
            if (v.qualifier() != Qualifier.EXACT && q == Qualifier.EXACT) {
                q = Qualifier.ABOUT;
            }
            status = weaker(status, v.status());
        }
        return new MeasureValue(value, q, status, keys, from.get(0).focusKey());
    }

    private static FigureStatus weaker(FigureStatus a, FigureStatus b) {
        if (a == FigureStatus.AUTO || b == FigureStatus.AUTO) {
            return FigureStatus.AUTO;
        }
        if (a == FigureStatus.CORRECTED || b == FigureStatus.CORRECTED) {
            return FigureStatus.CORRECTED;
        }
        return FigureStatus.CONFIRMED;
    }

    /** The figure as a number; null when blank, not stated or not a number. */
    static Double number(ReportValues.Value v) {
        if (v == null || v.status() == FigureStatus.NOT_STATED || v.status() == FigureStatus.BLANK_IN_SOURCE
                || v.qualifier() == Qualifier.BLANK_IN_SOURCE || v.value() == null) {
            return null;
        }
        String s = v.value().strip().replace(",", "").replace("，", "");
        if (s.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
