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

    public Estimate alpha(ReliabilityData data, Metric metric) {
        return withInterval(data.placeable(metric).pairable(), d -> alphaOf(d, metric));
    }

    /** Cohen's kappa: two coders, over the units both coded (kappa has no way to take a missing value). */
    public Estimate kappa(ReliabilityData data) {
        if (data.coders() != 2) {
            throw new IllegalArgumentException("Cohen's kappa compares exactly two coders");
        }
        return withInterval(bothCoded(data), AgreementStatistics::kappaOf);
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

    static double alphaOf(ReliabilityData pairable, Metric metric) {
        if (distinctValues(pairable) < 2) {
            return Double.NaN;
        }
        return new KrippendorffAlphaAgreement(study(pairable), metric.distance()).calculateAgreement();
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
