package org.ogireview.check;

import org.ogireview.model.ReportFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape most checks share: stated parts against their whole. The sum of the stated parts may never exceed the
 * whole; whether it must also reach it depends on how complete the report's scheme is ({@link Completeness}).
 *
 * @param wholes  candidate wholes, first stated one wins (outcomes: answered, else replies, else received)
 * @param parts   the parts, in the report's usual order
 * @param catchAll for {@link Completeness#CATCH_ALL}: the "other" part whose presence makes the scheme complete
 */
record PartsWholeRule(String id, Severity severity, Set<ReportFormat> formats, String titleZh, String titleEn,
                      List<String> wholes, List<String> parts, Completeness completeness, String catchAll,
                      Labels labels) implements Rule {

    /** When the parts must add up to the whole rather than merely stay within it. */
    enum Completeness {
        /** Equal once every part is stated (table 四, staff); with some parts unstated, at most. */
        ALL_PARTS,
        /**
         * Equal once the scheme's catch-all part (其他类) is stated: a list that ends in "other" claims to cover
         * everything. A shortfall is only a warning, since a province's scheme may hold categories the catalogue
         * has no key for (机构职能类, 行政许可类 …).
         */
        CATCH_ALL,
        /** Never more than the whole; outcome lists routinely leave kinds out. */
        AT_MOST
    }

    @Override
    public boolean appliesTo(ReportFormat format) {
        return Formats.includes(formats, format);
    }

    List<String> fields() {
        List<String> f = new ArrayList<>(wholes);
        f.addAll(parts);
        return f;
    }

    @Override
    public List<Finding> check(ReportFacts report) {
        List<String> fields = fields();
        List<Reading> wholeReadings = wholes.stream().map(k -> Reading.of(report, k)).toList();
        Reading whole = wholeReadings.stream().filter(Reading::present).findFirst().orElse(null);
        List<Reading> partReadings = parts.stream().map(k -> Reading.of(report, k)).toList();
        List<Reading> stated = partReadings.stream().filter(Reading::present).toList();
        if (whole == null || stated.isEmpty()) {
            List<Reading> gaps = new ArrayList<>();
            if (whole == null) {
                gaps.addAll(wholeReadings);
            }
            if (stated.isEmpty()) {
                gaps.addAll(partReadings);
            }
            return List.of(Finding.couldNotRun(id, severity, fields, gaps));
        }
        List<Reading> unstated = partReadings.stream().filter(r -> !r.present()).toList();
        boolean mustEqual = switch (completeness) {
            case ALL_PARTS -> unstated.isEmpty();
            case CATCH_ALL -> Reading.of(report, catchAll).present();
            case AT_MOST -> false;
        };
        BigDecimal sum = Num.sum(stated);
        int cmp = sum.compareTo(whole.value());
        String partsZh = stated.stream().map(r -> shortLabel(labels.zh(r.key()), "·") + " " + r.shown())
                .collect(Collectors.joining(" + "));
        String partsEn = stated.stream().map(r -> shortLabel(labels.en(r.key()), ": ") + " " + r.shown())
                .collect(Collectors.joining(" + "));
        String wholeZh = labels.zh(whole.key()) + " " + whole.shown();
        String wholeEn = labels.en(whole.key()) + " " + whole.shown();
        String noteZh = unstated.isEmpty() ? "" : "（未载明：" + unstated.stream().map(Reading::key)
                .collect(Collectors.joining("、")) + (mustEqual ? "" : "，只查不超过总数") + "）";
        String noteEn = unstated.isEmpty() ? "" : " (not stated: " + unstated.stream().map(Reading::key)
                .collect(Collectors.joining(", ")) + (mustEqual ? "" : "; checked as at most the whole") + ")";

        boolean contradicts = cmp > 0 || (mustEqual && cmp < 0);
        if (!contradicts) {
            return List.of(Finding.passed(id, severity, fields,
                    titleZh + "：" + partsZh + " = " + Num.show(sum) + "，与" + wholeZh + " 相符" + noteZh,
                    titleEn + ": " + partsEn + " = " + Num.show(sum) + ", consistent with " + wholeEn + noteEn));
        }
        List<Reading> involved = new ArrayList<>(stated);
        involved.add(whole);
        List<String> approx = involved.stream().filter(Reading::approx).map(Reading::key).toList();
        BigDecimal diff = sum.subtract(whole.value()).abs();
        if (!approx.isEmpty()) {
            return List.of(Finding.passed(id, severity, fields,
                    titleZh + "：" + partsZh + " = " + Num.show(sum) + "，与" + wholeZh + "相差 " + Num.show(diff)
                            + "，但" + String.join("、", approx) + "是约数，不作矛盾",
                    titleEn + ": " + partsEn + " = " + Num.show(sum) + ", " + wholeEn + " differs by "
                            + Num.show(diff) + ", but " + String.join(", ", approx)
                            + " is approximate: not counted as a contradiction"));
        }
        if (cmp > 0) {
            return List.of(Finding.failed(id, severity, fields,
                    titleZh + "：" + partsZh + " = " + Num.show(sum) + "，超过" + wholeZh + "（多 " + Num.show(diff)
                            + "）" + noteZh,
                    titleEn + ": " + partsEn + " = " + Num.show(sum) + ", more than " + wholeEn + " (by "
                            + Num.show(diff) + ")" + noteEn));
        }
        Severity s = completeness == Completeness.CATCH_ALL ? Severity.WARNING : severity;
        String whyZh = completeness == Completeness.CATCH_ALL ? "（分类含“其他类”，应覆盖全部）" : "";
        String whyEn = completeness == Completeness.CATCH_ALL
                ? " (the list includes an \"other\" category, so it should cover everything)" : "";
        return List.of(Finding.failed(id, s, fields,
                titleZh + "：" + partsZh + " = " + Num.show(sum) + "，不等于" + wholeZh + "（少 " + Num.show(diff)
                        + "）" + whyZh,
                titleEn + ": " + partsEn + " = " + Num.show(sum) + ", not " + wholeEn + " (short by "
                        + Num.show(diff) + ")" + whyEn));
    }

    /**
     * A part's label without the section it shares with the whole: 行政复议·结果维持 reads 结果维持 after the title
     * 行政复议, "Direct suit: upheld" reads "upheld". The whole keeps its full label.
     */
    private String shortLabel(String label, String separator) {
        int at = label.indexOf(separator);
        if (at <= 0) {
            return label;
        }
        String section = label.substring(0, at + separator.length());
        boolean shared = wholes.stream().map(k -> separator.equals("·") ? labels.zh(k) : labels.en(k))
                .anyMatch(w -> w.startsWith(section));
        return shared ? label.substring(at + separator.length()) : label;
    }
}
