package org.ogireview.coding;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Percent agreement, Krippendorff's alpha and Cohen's kappa of one variable, each with a percentile bootstrap
 * confidence interval. Alpha and kappa come from DKPro Statistics (docs/decisions/0240); what is ours is which units
 * take part, "undefined" instead of an exception where there is no variation, and the bootstrap.
 *
 * <p>The bootstrap draws units with replacement (the pairable ones: a unit one coder alone coded says nothing about
 * agreement) and reads the 2.5th and 97.5th percentiles of the statistic over the replicates; replicates where the
 * statistic is undefined are left out. The random numbers come from {@link Random} with the given seed, whose
 * sequence the Java specification fixes, so the same data and seed give the same interval on every machine.
 */
public final class AgreementStatistics {

    /** Replicates of the bootstrap unless told otherwise. */
    public static final int REPLICATES = 1000;
    /** Seed of the bootstrap unless told otherwise. */
    public static final long SEED = 2011;

    private final int replicates;
    private final long seed;

    public AgreementStatistics(int replicates, long seed) {
        if (replicates < 0) {
            throw new IllegalArgumentException("replicates must not be negative");
        }
        this.replicates = replicates;
        this.seed = seed;
    }

    public AgreementStatistics() {
        this(REPLICATES, SEED);
    }

    public Estimate percentAgreement(ReliabilityData data) {
        return withInterval(data.pairable(), AgreementStatistics::percent);
    }

    /**
     * Krippendorff's alpha. Its interval follows Hayes and Krippendorff (2007): the units are drawn with replacement
     * and each replicate's observed disagreement is set against the expected disagreement of the data as coded,
     * which stays fixed. A replicate then costs one pass over the units, where recomputing the expected disagreement
     * would cost the square of the distinct values (thousands of distinct counts in a large collection).
     */
    public Estimate alpha(ReliabilityData data, Metric metric) {
        ReliabilityData units = data.placeable(metric).pairable();
        if (distinctValues(units) < 2) {
            return Estimate.UNDEFINED;
        }
        KrippendorffAlphaAgreement full = new KrippendorffAlphaAgreement(study(units), metric.distance());
        double expected = full.calculateExpectedDisagreement();
        double value = full.calculateAgreement();
        if (replicates == 0 || units.size() < 2 || expected == 0) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        // per unit: the sum over its ordered pairs of values of distance / (m_u - 1), and m_u
        double[] disagreement = new double[units.size()];
        int[] values = new int[units.size()];
        var distance = metric.distance();
        var study = study(units);
        for (int u = 0; u < units.size(); u++) {
            Object[] unit = units.unit(u);
            int m = 0;
            for (Object v : unit) {
                if (v != null) {
                    m++;
                }
            }
            double sum = 0;
            for (int i = 0; i < unit.length; i++) {
                for (int j = 0; j < unit.length; j++) {
                    if (i != j && unit[i] != null && unit[j] != null) {
                        sum += distance.measureDistance(study, unit[i], unit[j]);
                    }
                }
            }
            disagreement[u] = sum / (m - 1);
            values[u] = m;
        }
        Random random = new Random(seed);
        double[] draws = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            double d = 0;
            long n = 0;
            for (int i = 0; i < units.size(); i++) {
                int u = random.nextInt(units.size());
                d += disagreement[u];
                n += values[u];
            }
            draws[r] = 1 - (d / n) / expected;
        }
        Arrays.sort(draws);
        return new Estimate(value, percentile(draws, 0.025), percentile(draws, 0.975));
    }

    /** The observed disagreement as the bootstrap computes it, unit by unit (tested against the library's). */
    static double observedDisagreement(ReliabilityData pairable, Metric metric) {
        var distance = metric.distance();
        var study = study(pairable);
        double d = 0;
        long n = 0;
        for (Object[] unit : pairable.units()) {
            long m = Arrays.stream(unit).filter(Objects::nonNull).count();
            for (int i = 0; i < unit.length; i++) {
                for (int j = 0; j < unit.length; j++) {
                    if (i != j && unit[i] != null && unit[j] != null) {
                        d += distance.measureDistance(study, unit[i], unit[j]) / (m - 1);
                    }
                }
            }
            n += m;
        }
        return d / n;
    }

    /**
     * Cohen's kappa: two coders, over the units both coded (kappa has no way to take a missing value). The point
     * estimate is the library's; the replicates count agreements and marginals over category numbers, one pass
     * each (the same formula, tested against the library).
     */
    public Estimate kappa(ReliabilityData data) {
        if (data.coders() != 2) {
            throw new IllegalArgumentException("Cohen's kappa compares exactly two coders");
        }
        ReliabilityData units = bothCoded(data);
        double value = kappaOf(units);
        if (Double.isNaN(value)) {
            return Estimate.UNDEFINED;
        }
        if (replicates == 0 || units.size() < 2) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        java.util.Map<Object, Integer> category = new java.util.HashMap<>();
        int[] first = new int[units.size()];
        int[] second = new int[units.size()];
        for (int u = 0; u < units.size(); u++) {
            first[u] = category.computeIfAbsent(units.unit(u)[0], k -> category.size());
            second[u] = category.computeIfAbsent(units.unit(u)[1], k -> category.size());
        }
        Random random = new Random(seed);
        double[] draws = new double[replicates];
        int kept = 0;
        int[] drawn = new int[units.size()];
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < drawn.length; i++) {
                drawn[i] = random.nextInt(units.size());
            }
            double d = kappaOfCategories(first, second, drawn, category.size());
            if (!Double.isNaN(d)) {
                draws[kept++] = d;
            }
        }
        if (kept == 0) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        double[] sorted = Arrays.copyOf(draws, kept);
        Arrays.sort(sorted);
        return new Estimate(value, percentile(sorted, 0.025), percentile(sorted, 0.975));
    }

    /** Kappa of the units {@code drawn} (indexes, repeats allowed) from category numbers; NaN without variation. */
    static double kappaOfCategories(int[] first, int[] second, int[] drawn, int categories) {
        long[] a = new long[categories];
        long[] b = new long[categories];
        long agree = 0;
        for (int u : drawn) {
            a[first[u]]++;
            b[second[u]]++;
            if (first[u] == second[u]) {
                agree++;
            }
        }
        double n = drawn.length;
        double expected = 0;
        int used = 0;
        for (int c = 0; c < categories; c++) {
            expected += (a[c] / n) * (b[c] / n);
            if (a[c] + b[c] > 0) {
                used++;
            }
        }
        if (used < 2) {
            return Double.NaN;
        }
        return (agree / n - expected) / (1 - expected);
    }

    /** The share of agreeing pairs of values within units, averaged over the pairable units (two coders: units). */
    static double percent(ReliabilityData pairable) {
        if (pairable.size() == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (Object[] u : pairable.units()) {
            int pairs = 0;
            int agreeing = 0;
            for (int i = 0; i < u.length; i++) {
                for (int j = i + 1; j < u.length; j++) {
                    if (u[i] != null && u[j] != null) {
                        pairs++;
                        if (u[i].equals(u[j])) {
                            agreeing++;
                        }
                    }
                }
            }
            sum += (double) agreeing / pairs;
        }
        return sum / pairable.size();
    }

    static double kappaOf(ReliabilityData complete) {
        if (distinctValues(complete) < 2) {
            return Double.NaN;
        }
        return new CohenKappaAgreement(study(complete)).calculateAgreement();
    }

    private static ReliabilityData bothCoded(ReliabilityData data) {
        ReliabilityData out = new ReliabilityData(2);
        for (Object[] u : data.units()) {
            if (u[0] != null && u[1] != null) {
                out.add(u);
            }
        }
        return out;
    }

    private static int distinctValues(ReliabilityData data) {
        Set<Object> seen = new HashSet<>();
        for (Object[] u : data.units()) {
            Arrays.stream(u).filter(Objects::nonNull).forEach(seen::add);
        }
        return seen.size();
    }

    private static CodingAnnotationStudy study(ReliabilityData data) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(data.coders());
        for (Object[] u : data.units()) {
            study.addItemAsArray(u);
        }
        return study;
    }

    private Estimate withInterval(ReliabilityData units, ToDoubleFunction<ReliabilityData> statistic) {
        double value = statistic.applyAsDouble(units);
        if (Double.isNaN(value)) {
            return Estimate.UNDEFINED;
        }
        if (replicates == 0 || units.size() < 2) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        Random random = new Random(seed);
        double[] draws = new double[replicates];
        int kept = 0;
        for (int r = 0; r < replicates; r++) {
            double d = statistic.applyAsDouble(units.resample(random));
            if (!Double.isNaN(d)) {
                draws[kept++] = d;
            }
        }
        if (kept == 0) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        double[] sorted = Arrays.copyOf(draws, kept);
        Arrays.sort(sorted);
        return new Estimate(value, percentile(sorted, 0.025), percentile(sorted, 0.975));
    }

    /** Linear interpolation between the closest ranks (the "type 7" percentile of R and NumPy). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
