package org.ogireview.coding;

/**
 * A statistic with its bootstrap confidence interval. NaN stands for "undefined": alpha and kappa are undefined when
 * every value is the same (there is no variation to agree on) and a percentage when there is nothing to compare.
 */
public record Estimate(double value, double low, double high) {

    public static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN, Double.NaN);

    public boolean defined() {
        return !Double.isNaN(value);
    }
}
