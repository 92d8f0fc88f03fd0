package org.ogireview.coding;

import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.FieldType;
import org.ogireview.model.Figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agreement between the two coders of the double-coded reports: one row per field, then one per section and one
 * overall (the units of all their fields pooled).
 *
 * <p>A unit is a field of a report that at least one coder coded. Three things are compared: the value, the
 * qualifier, the status. A figure one coder has and the other has not is a disagreement for percent agreement and
 * the nominal statistics (its side reads "(none)"); on the ratio and interval scales it cannot be placed and is left
 * out, as is a value that is not a number. Metrics: ratio for counts and amounts, interval for years and
 * percentages, nominal for text, dates, report format, qualifier and status. Kappa is given where the compared
 * thing is categorical (nominal), and only for exactly two coders, which double coding always has.
 */
public final class AgreementTable {

    static final String NONE = "(none)";

    /** What is compared. */
    public enum Aspect { VALUE, QUALIFIER, STATUS }

    /** The statistics of one aspect. kappa is null where it does not apply. */
    public record Measures(Estimate percent, Estimate alpha, Estimate kappa) {
    }

    /**
     * One line of the table.
     *
     * @param scope field, section or overall
     * @param key   the field key, the section name, or "all"
     */
    public record Row(String scope, String section, String key, String label, int n, Metric valueMetric,
                      Map<Aspect, Measures> measures) {
    }

    private final FieldCatalog catalog;
    private final AgreementStatistics stats;

    public AgreementTable(FieldCatalog catalog, AgreementStatistics stats) {
        this.catalog = catalog;
        this.stats = stats;
    }

    /** The rows for these reports; only reports coded by exactly these two coders when {@code coders} is given. */
    public List<Row> compute(List<DoubleCoding.CodedReport> reports, Optional<List<String>> coders) {
        Map<String, List<Figure[]>> byField = new LinkedHashMap<>();
        for (FieldDef f : catalog.fields()) {
            byField.put(f.key(), new ArrayList<>());
        }
        for (DoubleCoding.CodedReport r : reports) {
            if (coders.isPresent() && !(r.assignment().hasCoder(coders.get().get(0))
                    && r.assignment().hasCoder(coders.get().get(1)))) {
                continue;
            }
            boolean swap = coders.isPresent() && !r.assignment().firstCoder().equals(coders.get().get(0));
            for (String key : r.keys()) {
                Figure a = r.first().get(key);
                Figure b = r.second().get(key);
                byField.computeIfAbsent(key, k -> new ArrayList<>()).add(swap ? new Figure[]{b, a} : new Figure[]{a, b});
            }
        }
        List<Row> rows = new ArrayList<>();
        Map<String, List<Figure[]>> bySection = new LinkedHashMap<>();
        Map<String, Boolean> sectionRatio = new LinkedHashMap<>();
        List<Figure[]> all = new ArrayList<>();
        for (Map.Entry<String, List<Figure[]>> e : byField.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Optional<FieldDef> def = catalog.find(e.getKey());
            String section = def.map(FieldDef::section).orElse("own");
            Metric metric = def.map(d -> metric(d.type())).orElse(Metric.RATIO);
            String label = def.map(FieldDef::labelZh).orElse(e.getKey());
            rows.add(row("field", section, e.getKey(), label, metric, e.getValue()));
            bySection.computeIfAbsent(section, k -> new ArrayList<>()).addAll(e.getValue());
            sectionRatio.merge(section, metric == Metric.RATIO, Boolean::logicalAnd);
            all.addAll(e.getValue());
        }
        for (Map.Entry<String, List<Figure[]>> e : bySection.entrySet()) {
            Metric metric = sectionRatio.get(e.getKey()) ? Metric.RATIO : Metric.NOMINAL;
            rows.add(row("section", e.getKey(), e.getKey(), e.getKey(), metric, e.getValue()));
        }
        if (!all.isEmpty()) {
            boolean ratio = sectionRatio.values().stream().allMatch(b -> b);
            rows.add(row("overall", "", "all", "all", ratio ? Metric.RATIO : Metric.NOMINAL, all));
        }
        return rows;
    }

    static Metric metric(FieldType type) {
        return switch (type) {
            case COUNT, MONEY -> Metric.RATIO;
            case YEAR, PERCENT -> Metric.INTERVAL;
            case TEXT, DATE, ENUM -> Metric.NOMINAL;
        };
    }

    private Row row(String scope, String section, String key, String label, Metric metric, List<Figure[]> units) {
        ReliabilityData values = new ReliabilityData(2);
        ReliabilityData qualifiers = new ReliabilityData(2);
        ReliabilityData statuses = new ReliabilityData(2);
        ReliabilityData numbers = new ReliabilityData(2);
        for (Figure[] u : units) {
            values.add(valueOf(u[0]), valueOf(u[1]));
            qualifiers.add(u[0] == null ? NONE : u[0].qualifier().code().isEmpty() ? "exact"
                    : u[0].qualifier().code(), u[1] == null ? NONE : u[1].qualifier().code().isEmpty() ? "exact"
                    : u[1].qualifier().code());
            statuses.add(u[0] == null ? NONE : u[0].status().code(), u[1] == null ? NONE : u[1].status().code());
            numbers.add(number(u[0]), number(u[1]));
        }
        Map<Aspect, Measures> m = new LinkedHashMap<>();
        m.put(Aspect.VALUE, new Measures(stats.percentAgreement(values),
                metric.numeric() ? stats.alpha(numbers, metric) : stats.alpha(values, Metric.NOMINAL),
                metric.numeric() ? null : stats.kappa(values)));
        m.put(Aspect.QUALIFIER, nominal(qualifiers));
        m.put(Aspect.STATUS, nominal(statuses));
        return new Row(scope, section, key, label, units.size(), metric, m);
    }

    private Measures nominal(ReliabilityData d) {
        return new Measures(stats.percentAgreement(d), stats.alpha(d, Metric.NOMINAL), stats.kappa(d));
    }

    private static String valueOf(Figure f) {
        if (f == null) {
            return NONE;
        }
        return Comparison.statement(f.status()).equals("stated") ? f.value().strip()
                : "(" + Comparison.statement(f.status()) + ")";
    }

    /** The figure's value as a number; null when absent, blank, not stated or not a number. */
    static Double number(Figure f) {
        if (f == null || !Comparison.statement(f.status()).equals("stated")) {
            return null;
        }
        String v = f.value().strip().replace(",", "");
        if (v.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
