package org.ogireview.check;

import org.ogireview.model.FieldCatalog;
import org.ogireview.model.Figure;
import org.ogireview.model.Finding;
import org.ogireview.model.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The collection-level check: values far from what comparable reports state. Two kinds of finding, both
 * {@link Severity#WARNING} (a real report may explain it, but a misprint or a misread figure is likelier):
 * <ul>
 *     <li>{@value #PEERS}: a count or a share far outside the interquartile range of the reports of the same body
 *     kind, division level and year (Tukey's "far out" fence: more than {@value #FENCE} interquartile ranges beyond
 *     the quartiles; counts compared on a log scale, since a city answers a hundred times a county's
 *     applications), among at least {@value #MIN_PEERS} such reports;</li>
 *     <li>{@value #JUMP}: a count's change against the body's previous year far beyond the body's own history: at
 *     least threefold up or down, and more than {@value #JUMP_FACTOR} times the median of at least
 *     {@value #MIN_OTHER_CHANGES} other year-on-year changes of that body (each on a log scale).</li>
 * </ul>
 * Thresholds and why: docs/decisions/0230-unusual-values.md. Plain Java and stateless; the store runs it over the
 * whole collection after an import and on demand, and keeps its findings with the report's others.
 */
public final class UnusualValues {

    /** Every rule id of this check starts so; the desk keeps these findings when it reruns a report's own checks. */
    public static final String PREFIX = "unusual.";
    public static final String PEERS = "unusual.peers";
    public static final String JUMP = "unusual.jump";

    /** Reports in a peer group (the report itself included) below which nothing is compared. */
    public static final int MIN_PEERS = 8;
    /** Interquartile ranges beyond the quartiles: Tukey's fence for "far out". */
    public static final double FENCE = 3.0;
    /** Other year-on-year changes of the same body needed before a change can be called beyond its history. */
    public static final int MIN_OTHER_CHANGES = 3;
    /**
     * A jump must exceed the median of the body's other changes this many times (log scale; a median, not the
     * largest, so that one misprinted year, a jump there and back, does not hide itself) …
     */
    public static final double JUMP_FACTOR = 3.0;
    /** … and be at least threefold up or down. */
    public static final double MIN_JUMP = Math.log(3);
    /** Neither year of a jump has at least this many: small counts move by chance. */
    public static final double MIN_JUMP_COUNT = 20;
    /** A share is compared only when its base (applications answered) is at least this. */
    public static final double MIN_SHARE_BASE = 10;

    /**
     * One dataset report as this check reads it.
     *
     * @param bodyKind      the body's kind code (government, department …); null when the report has no body
     * @param divisionLevel province, city, county, township; null when not settled
     * @param figures       the report's figures by key (current values; blanks and unstated ones are gaps)
     */
    public record Entry(long reportId, Long bodyId, String bodyKind, String divisionLevel, Integer year,
                        Map<String, Figure> figures) {
        public Entry {
            figures = Map.copyOf(figures);
        }
    }

    /** Every figure key this check reads with the bundled relations: a caller may leave the others out. */
    public static java.util.Set<String> keysRead() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (Metric m : Metric.all(FieldRelations.standard())) {
            keys.addAll(m.keys);
            keys.addAll(m.parts);
            if (m.share) {
                keys.addAll(m.base);
            }
        }
        return keys;
    }

    private final Labels labels;
    private final List<Metric> metrics;

    public UnusualValues() {
        this(FieldCatalog.standard());
    }

    public UnusualValues(FieldCatalog catalog) {
        this(catalog, FieldRelations.standard());
    }

    /** The check over the metrics the relations name ({@code unusual-*} lines of field-relations.txt). */
    public UnusualValues(FieldCatalog catalog, FieldRelations relations) {
        this.labels = new Labels(catalog);
        this.metrics = Metric.all(relations);
    }

    /** The failed findings per report id (reports with none are absent), each report's in metric order. */
    public Map<Long, List<Finding>> check(List<Entry> entries) {
        Map<Long, List<Finding>> out = new TreeMap<>();
        for (Metric metric : metrics) {
            peers(metric, entries, out);
            if (!metric.share) {
                jumps(metric, entries, out);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ against the peers

    private void peers(Metric metric, List<Entry> entries, Map<Long, List<Finding>> out) {
        Map<List<Object>, List<Measured>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.bodyKind() == null || e.year() == null) {
                continue;
            }
            Measured m = metric.measure(e);
            if (m != null) {
                groups.computeIfAbsent(Arrays.asList(e.bodyKind(), e.divisionLevel(), e.year()),
                        k -> new ArrayList<>()).add(m);
            }
        }
        for (List<Measured> group : groups.values()) {
            if (group.size() < MIN_PEERS) {
                continue;
            }
            double[] scaled = group.stream().mapToDouble(m -> metric.scale(m.value)).sorted().toArray();
            double q1 = quantile(scaled, 0.25);
            double q3 = quantile(scaled, 0.75);
            double iqr = q3 - q1;
            if (iqr <= 0) {
                continue; // most peers state the same value: no spread to be far from
            }
            double low = q1 - FENCE * iqr;
            double high = q3 + FENCE * iqr;
            for (Measured m : group) {
                double s = metric.scale(m.value);
                if (s < low || s > high) {
                    Entry e = m.entry;
                    String lo = metric.show(Math.max(metric.unscale(low), 0));
                    String hi = metric.show(metric.unscale(high));
                    String zhGroup = CheckText.zh("unusual.group", kindZh(e.bodyKind()), levelZh(e.divisionLevel()),
                            e.year(), group.size());
                    String enGroup = CheckText.en("unusual.group", kindEn(e.bodyKind()), levelEn(e.divisionLevel()),
                            e.year(), group.size());
                    String zh = CheckText.zh(s > high ? "unusual.peers.high" : "unusual.peers.low",
                            metric.zh(labels), metric.show(m.value), zhGroup, lo, hi, metric.show(
                                    metric.unscale(quantile(scaled, 0.5))));
                    String en = CheckText.en(s > high ? "unusual.peers.high" : "unusual.peers.low",
                            metric.en(labels), metric.show(m.value), enGroup, lo, hi, metric.show(
                                    metric.unscale(quantile(scaled, 0.5))));
                    add(out, e.reportId(), FindingWords.failed(PEERS + "@" + metric.id, Severity.WARNING, m.fields,
                            zh, en));
                }
            }
        }
    }

    // ------------------------------------------------------------------ against the body's own history

    private void jumps(Metric metric, List<Entry> entries, Map<Long, List<Finding>> out) {
        Map<Long, TreeMap<Integer, Measured>> byBody = new HashMap<>();
        Map<Long, java.util.Set<Integer>> doubled = new HashMap<>();
        for (Entry e : entries) {
            if (e.bodyId() == null || e.year() == null) {
                continue;
            }
            Measured m = metric.measure(e);
            if (m == null) {
                continue;
            }
            TreeMap<Integer, Measured> years = byBody.computeIfAbsent(e.bodyId(), k -> new TreeMap<>());
            if (years.putIfAbsent(e.year(), m) != null) {
                // two different reports of one body and year (a revised edition): neither is the body's history
                doubled.computeIfAbsent(e.bodyId(), k -> new java.util.HashSet<>()).add(e.year());
            }
        }
        for (Map.Entry<Long, TreeMap<Integer, Measured>> body : byBody.entrySet()) {
            TreeMap<Integer, Measured> years = body.getValue();
            years.keySet().removeAll(doubled.getOrDefault(body.getKey(), java.util.Set.of()));
            List<Measured[]> pairs = new ArrayList<>();
            for (Map.Entry<Integer, Measured> y : years.entrySet()) {
                Measured before = years.get(y.getKey() - 1);
                if (before != null) {
                    pairs.add(new Measured[] {before, y.getValue()});
                }
            }
            if (pairs.size() < MIN_OTHER_CHANGES + 1) {
                continue;
            }
            double[] change = pairs.stream().mapToDouble(p -> Math.abs(Math.log1p(p[1].value)
                    - Math.log1p(p[0].value))).toArray();
            for (int i = 0; i < pairs.size(); i++) {
                Measured before = pairs.get(i)[0];
                Measured now = pairs.get(i)[1];
                if (Math.max(before.value, now.value) < MIN_JUMP_COUNT || change[i] < MIN_JUMP) {
                    continue;
                }
                double[] others = new double[change.length - 1];
                for (int j = 0, k = 0; j < change.length; j++) {
                    if (j != i) {
                        others[k++] = change[j];
                    }
                }
                Arrays.sort(others);
                double typical = quantile(others, 0.5);
                if (change[i] <= JUMP_FACTOR * typical) {
                    continue;
                }
                String factor = String.format(java.util.Locale.ROOT, "%.1f", Math.exp(typical));
                String zh = CheckText.zh("unusual.jump", metric.zh(labels), before.entry.year(),
                        metric.show(before.value), now.entry.year(), metric.show(now.value), pairs.size() - 1,
                        factor);
                String en = CheckText.en("unusual.jump", metric.en(labels), before.entry.year(),
                        metric.show(before.value), now.entry.year(), metric.show(now.value), pairs.size() - 1,
                        factor);
                add(out, now.entry.reportId(), FindingWords.failed(JUMP + "@" + metric.id, Severity.WARNING, now.fields,
                        zh, en));
            }
        }
    }

    private static void add(Map<Long, List<Finding>> out, long reportId, Finding f) {
        out.computeIfAbsent(reportId, k -> new ArrayList<>()).add(f);
    }

    /** Linear interpolation between order statistics (R's default, type 7) of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static String kindZh(String code) {
        try {
            return org.ogireview.model.BodyKind.fromCode(code).zh();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String kindEn(String code) {
        try {
            return org.ogireview.model.BodyKind.fromCode(code).en();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String levelZh(String level) {
        return CheckText.zh("unusual.level." + (level == null ? "unknown" : level));
    }

    private static String levelEn(String level) {
        return CheckText.en("unusual.level." + (level == null ? "unknown" : level));
    }

    /** A report's value of one metric, with the keys it was read from. */
    private record Measured(Entry entry, double value, List<String> fields) {
    }

    /**
     * What is compared: a count as stated, or a share of applications answered. The counts, the shares and their
     * base are data: the {@code unusual-count}, {@code unusual-share} and {@code unusual-base} lines of
     * field-relations.txt, counts first.
     */
    private static final class Metric {

        final String id;
        final boolean share;
        /** For a count: its key. For a share: the numerator's key, else the parts summed. */
        final List<String> keys;
        final List<String> parts;
        /** For a share: the candidate bases (answered, else total handled), first stated one wins. */
        final List<String> base;

        private Metric(String id, boolean share, List<String> keys, List<String> parts, List<String> base) {
            this.id = id;
            this.share = share;
            this.keys = keys;
            this.parts = parts;
            this.base = base;
        }

        static List<Metric> all(FieldRelations relations) {
            List<Metric> out = new ArrayList<>();
            relations.unusualCounts().forEach(k -> out.add(new Metric(k, false, List.of(k), List.of(), List.of())));
            relations.unusualShares().forEach(s -> out.add(new Metric(s.id(), true, List.of(s.key()), s.parts(),
                    relations.unusualBase())));
            return List.copyOf(out);
        }

        Measured measure(Entry e) {
            if (!share) {
                Double v = number(e, keys.get(0));
                return v == null || v < 0 ? null : new Measured(e, v, keys);
            }
            String baseKey = null;
            Double base = null;
            for (String k : this.base) {
                base = number(e, k);
                if (base != null) {
                    baseKey = k;
                    break;
                }
            }
            if (base == null || base < MIN_SHARE_BASE) {
                return null;
            }
            List<String> used = new ArrayList<>();
            Double part = number(e, keys.get(0));
            if (part != null) {
                used.add(keys.get(0));
            } else if (!parts.isEmpty()) {
                double sum = 0;
                for (String k : parts) {
                    Double p = number(e, k);
                    if (p != null) {
                        sum += p;
                        used.add(k);
                    }
                }
                part = used.isEmpty() ? null : sum;
            }
            if (part == null || part < 0 || part > base) {
                return null; // a share above 1 is the parts-and-whole rules' business, not an outlier
            }
            used.add(baseKey);
            return new Measured(e, part / base, used);
        }

        private static Double number(Entry e, String key) {
            Reading r = Reading.of(key, e.figures().get(key));
            return r.present() ? r.value().doubleValue() : null;
        }

        double scale(double v) {
            return share ? v : Math.log1p(v);
        }

        double unscale(double s) {
            return share ? s : Math.expm1(s);
        }

        String show(double v) {
            if (share) {
                return Num.show(BigDecimal.valueOf(v * 100).setScale(1, java.math.RoundingMode.HALF_UP)) + "%";
            }
            return Num.show(BigDecimal.valueOf(v).setScale(0, java.math.RoundingMode.HALF_UP));
        }

        String zh(Labels labels) {
            return share ? CheckText.zh("unusual.metric." + id) : labels.zh(id);
        }

        String en(Labels labels) {
            return share ? CheckText.en("unusual.metric." + id) : labels.en(id);
        }

    }
}
