package org.ogireview.coding;

import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;

/**
 * Krippendorff's difference functions ("levels of measurement"). Nominal: any two different values are equally far
 * apart (qualifiers, statuses, text). Interval: the squared difference (years). Ratio: the squared difference
 * relative to the sum, so that 3 against 5 counts more than 1003 against 1005 (counts and amounts).
 */
public enum Metric {
    NOMINAL("nominal"),
    ORDINAL("ordinal"),
    INTERVAL("interval"),
    RATIO("ratio");

    private final String code;

    Metric(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** True when values must be numbers (anything else is left out as not placeable on the scale). */
    public boolean numeric() {
        return this == INTERVAL || this == RATIO;
    }

    IDistanceFunction distance() {
        return switch (this) {
            case NOMINAL -> new NominalDistanceFunction();
            case ORDINAL -> new OrdinalDistanceFunction();
            case INTERVAL -> new IntervalDistanceFunction();
            case RATIO -> new RatioDistanceFunction();
        };
    }
}
