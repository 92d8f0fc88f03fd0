package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

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
            return List.of(FindingWords.couldNotRun(id, severity, fields, gaps));
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
        List<String> unstatedKeys = unstated.stream().map(Reading::key).toList();
        String noteZh = unstated.isEmpty() ? "" : CheckText.zh("parts.notStated", CheckText.zhList(unstatedKeys),
                mustEqual ? "" : CheckText.zh("parts.atMost"));
        String noteEn = unstated.isEmpty() ? "" : CheckText.en("parts.notStated", CheckText.enList(unstatedKeys),
                mustEqual ? "" : CheckText.en("parts.atMost"));
        String sumShown = Num.show(sum);

        boolean contradicts = cmp > 0 || (mustEqual && cmp < 0);
        if (!contradicts) {
            return List.of(FindingWords.passed(id, severity, fields,
                    CheckText.zh("parts.consistent", titleZh, partsZh, sumShown, wholeZh, noteZh),
                    CheckText.en("parts.consistent", titleEn, partsEn, sumShown, wholeEn, noteEn)));
        }
        List<Reading> involved = new ArrayList<>(stated);
        involved.add(whole);
        List<String> approx = involved.stream().filter(Reading::approx).map(Reading::key).toList();
        String diff = Num.show(sum.subtract(whole.value()).abs());
        if (!approx.isEmpty()) {
            return List.of(FindingWords.passed(id, severity, fields,
                    CheckText.zh("parts.approximate", titleZh, partsZh, sumShown, wholeZh, diff,
                            CheckText.zhList(approx)),
                    CheckText.en("parts.approximate", titleEn, partsEn, sumShown, wholeEn, diff,
                            CheckText.enList(approx))));
        }
        if (cmp > 0) {
            return List.of(FindingWords.failed(id, severity, fields,
                    CheckText.zh("parts.more", titleZh, partsZh, sumShown, wholeZh, diff, noteZh),
                    CheckText.en("parts.more", titleEn, partsEn, sumShown, wholeEn, diff, noteEn)));
        }
        boolean catchAll = completeness == Completeness.CATCH_ALL;
        Severity s = catchAll ? Severity.WARNING : severity;
        return List.of(FindingWords.failed(id, s, fields,
                CheckText.zh("parts.short", titleZh, partsZh, sumShown, wholeZh, diff,
                        catchAll ? CheckText.zh("parts.catchAll") : ""),
                CheckText.en("parts.short", titleEn, partsEn, sumShown, wholeEn, diff,
                        catchAll ? CheckText.en("parts.catchAll") : "")));
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
