package org.ogireview.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Krippendorff's reliability data of one variable: units (here a figure of a report), each with the value every coder
 * gave it, null where a coder gave none. Values are compared with {@link Object#equals}; for the interval and ratio
 * metrics they must be numbers.
 */
public final class ReliabilityData {

    private final int coders;
    private final List<Object[]> units = new ArrayList<>();

    public ReliabilityData(int coders) {
        if (coders < 2) {
            throw new IllegalArgumentException("agreement needs at least two coders");
        }
        this.coders = coders;
    }

    /** Adds one unit: one value per coder, in coder order (null = this coder gave no value). */
    public ReliabilityData add(Object... values) {
        if (values.length != coders) {
            throw new IllegalArgumentException("expected " + coders + " values, got " + values.length);
        }
        units.add(values.clone());
        return this;
    }

    public int coders() {
        return coders;
    }

    /** All units, pairable or not. */
    public int size() {
        return units.size();
    }

    Object[] unit(int i) {
        return units.get(i);
    }

    /** Units with values from at least two coders: only these take part in any of the statistics. */
    public ReliabilityData pairable() {
        ReliabilityData out = new ReliabilityData(coders);
        for (Object[] u : units) {
            if (Arrays.stream(u).filter(Objects::nonNull).count() >= 2) {
                out.units.add(u);
            }
        }
        return out;
    }

    /** The same units with every value the metric cannot place (a non-number on a numeric scale) left out. */
    ReliabilityData placeable(Metric metric) {
        if (!metric.numeric()) {
            return this;
        }
        ReliabilityData out = new ReliabilityData(coders);
        for (Object[] u : units) {
            Object[] v = new Object[coders];
            for (int c = 0; c < coders; c++) {
                v[c] = u[c] instanceof Number n ? (Object) n.doubleValue() : null;
            }
            out.units.add(v);
        }
        return out;
    }

    /** A bootstrap replicate: as many units, drawn with replacement. */
    ReliabilityData resample(java.util.Random random) {
        ReliabilityData out = new ReliabilityData(coders);
        for (int i = 0; i < units.size(); i++) {
            out.units.add(units.get(random.nextInt(units.size())));
        }
        return out;
    }

    List<Object[]> units() {
        return Collections.unmodifiableList(units);
    }
}
