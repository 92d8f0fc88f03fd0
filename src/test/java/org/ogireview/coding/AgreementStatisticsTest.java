package org.ogireview.coding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The worked examples of Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), and hand-computed cases
 * for percent agreement, kappa and the bootstrap.
 */
class AgreementStatisticsTest {

    /**
     * The paper's section C: four observers, twelve units, values 1..5, missing data (unit 12 has one value and is
     * not pairable). The paper gives alpha = 0.743 nominal, 0.815 ordinal, 0.849 interval, 0.797 ratio.
     */
    private static ReliabilityData paperExample() {
        Integer[][] byObserver = {
                {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
                {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
                {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
                {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};
        ReliabilityData data = new ReliabilityData(4);
        for (int u = 0; u < 12; u++) {
            data.add(byObserver[0][u], byObserver[1][u], byObserver[2][u], byObserver[3][u]);
        }
        return data;
    }

    private final AgreementStatistics stats = new AgreementStatistics(200, 7);

    @Test
    void reproducesThePapersAlphaForEveryMetric() {
        ReliabilityData data = paperExample();
        assertThat(stats.alpha(data, Metric.NOMINAL).value()).isCloseTo(0.743, within(0.0005));
        assertThat(stats.alpha(data, Metric.ORDINAL).value()).isCloseTo(0.815, within(0.0005));
        assertThat(stats.alpha(data, Metric.INTERVAL).value()).isCloseTo(0.849, within(0.0005));
        assertThat(stats.alpha(data, Metric.RATIO).value()).isCloseTo(0.797, within(0.0005));
    }

    @Test
    void twoCodersWithMissingDataAsInThePapersSectionA() {
        // the paper's binary example B (two observers, ten units, nominal): alpha = 0.095
        int[] a = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
        int[] b = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        ReliabilityData data = new ReliabilityData(2);
        for (int u = 0; u < a.length; u++) {
            data.add(a[u], b[u]);
        }
        assertThat(stats.alpha(data, Metric.NOMINAL).value()).isCloseTo(0.095, within(0.0005));
        // 6 of the 10 units agree
        assertThat(stats.percentAgreement(data).value()).isEqualTo(0.6);
        // kappa by hand: po = 0.6; A says 1 on 2/10, B on 4/10: pe = 0.2*0.4 + 0.8*0.6 = 0.56; (0.6-0.56)/0.44
        assertThat(stats.kappa(data).value()).isCloseTo(0.04 / 0.44, within(1e-9));
    }

    @Test
    void percentAgreementAveragesThePairsWithinEachPairableUnit() {
        ReliabilityData data = paperExample();
        // units 1..11 are pairable; per unit the share of agreeing pairs: 1, 1/2, 1, 1, 1, 0, 1, 1/2, 1, 1, 1
        double expected = (1 + 0.5 + 1 + 1 + 1 + 0 + 1 + 0.5 + 1 + 1 + 1) / 11.0;
        assertThat(stats.percentAgreement(data).value()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void ratioAlphaTakesZeroCountsAndLeavesNonNumbersOut() {
        ReliabilityData data = new ReliabilityData(2)
                .add(0, 0).add(1, 1).add(2, 2).add(0, 3).add("约3万", 5);
        // by hand (the fifth unit is left out: a text is not on a ratio scale): Do = 2/8 (the 0-3 pair, both ways,
        // distance 1); De = sum over value pairs n_c n_k d_ck / (n(n-1)) with n0=3 n1=2 n2=2 n3=1
        double pairs = 2 * (3 * 2 * 1 + 3 * 2 * 1 + 3 * 1 * 1 + 2 * 2 / 9.0 + 2 * 1 / 4.0 + 2 * 1 / 25.0);
        double expected = 1 - (2 / 8.0) / (pairs / (8 * 7));
        assertThat(stats.alpha(data, Metric.RATIO).value()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void noVariationLeavesAlphaAndKappaUndefinedNotOne() {
        ReliabilityData same = new ReliabilityData(2).add("exact", "exact").add("exact", "exact");
        assertThat(stats.alpha(same, Metric.NOMINAL).defined()).isFalse();
        assertThat(stats.kappa(same).defined()).isFalse();
        assertThat(stats.percentAgreement(same).value()).isEqualTo(1.0);
        assertThat(stats.percentAgreement(new ReliabilityData(2).add("x", null)).defined()).isFalse();
    }

    @Test
    void bootstrapIntervalIsReproducibleWithTheSeedAndHoldsTheEstimate() {
        ReliabilityData data = paperExample();
        Estimate first = new AgreementStatistics(500, 42).alpha(data, Metric.NOMINAL);
        Estimate again = new AgreementStatistics(500, 42).alpha(data, Metric.NOMINAL);
        Estimate other = new AgreementStatistics(500, 43).alpha(data, Metric.NOMINAL);
        assertThat(again).isEqualTo(first);
        assertThat(other.low()).isNotEqualTo(first.low());
        assertThat(first.low()).isLessThan(first.value()).isGreaterThan(-1.0);
        assertThat(first.high()).isGreaterThan(first.value()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void theBootstrapsObservedDisagreementIsTheLibrarysForEveryMetric() {
        ReliabilityData data = paperExample();
        for (Metric metric : Metric.values()) {
            ReliabilityData units = data.placeable(metric).pairable();
            org.dkpro.statistics.agreement.coding.CodingAnnotationStudy study =
                    new org.dkpro.statistics.agreement.coding.CodingAnnotationStudy(4);
            for (int u = 0; u < units.size(); u++) {
                study.addItemAsArray(units.unit(u));
            }
            assertThat(AgreementStatistics.observedDisagreement(units, metric)).as(metric.code()).isCloseTo(
                    new org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement(study, metric.distance())
                            .calculateObservedDisagreement(), within(1e-12));
        }
    }

    @Test
    void theBootstrapsKappaIsTheLibrarys() {
        String[] a = {"exact", "about", "exact", "more_than", "exact", "about", "exact", "exact"};
        String[] b = {"exact", "about", "about", "more_than", "exact", "exact", "exact", "more_than"};
        ReliabilityData data = new ReliabilityData(2);
        int[] first = new int[a.length];
        int[] second = new int[a.length];
        java.util.List<String> names = java.util.List.of("exact", "about", "more_than");
        for (int u = 0; u < a.length; u++) {
            data.add(a[u], b[u]);
            first[u] = names.indexOf(a[u]);
            second[u] = names.indexOf(b[u]);
        }
        int[] all = java.util.stream.IntStream.range(0, a.length).toArray();
        assertThat(AgreementStatistics.kappaOfCategories(first, second, all, 3))
                .isCloseTo(stats.kappa(data).value(), within(1e-12));
    }

    @Test
    void percentileInterpolatesBetweenRanks() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(AgreementStatistics.percentile(sorted, 0.5)).isEqualTo(3.0);
        assertThat(AgreementStatistics.percentile(sorted, 0.025)).isCloseTo(1.1, within(1e-12));
        assertThat(AgreementStatistics.percentile(sorted, 0.975)).isCloseTo(4.9, within(1e-12));
    }
}
