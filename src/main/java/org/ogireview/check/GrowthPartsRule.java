package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.ogireview.check.GrowthStatements.Level;
import org.ogireview.check.GrowthStatements.Statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * growth.parts: where a report gives the proactive total and its change against last year for the whole body and
 * for parts that make it up (市级部门 + 区县 = 全市), the parts' changes must add up to the whole's change. The parts
 * count only as a partition when their totals add up to the whole's total; then, unless the bodies counted changed
 * between the years, their changes must too. Reads the report text ({@link GrowthStatements} says why).
 */
final class GrowthPartsRule extends ScopedRule {

    static final String ID = "growth.parts";
    static final List<String> FIELDS = List.of("proactive.total_change", "proactive.total");
    /** Subsets of more parts than this are not searched (a report lists a handful of levels at most). */
    private static final int MAX_PARTS = 8;

    GrowthPartsRule() {
        super(ID, Formats.NARRATIVE);
    }

    @Override
    public List<Finding> check(ReportFacts report) {
        if (report.text().isBlank()) {
            return List.of(FindingWords.couldNotRun(ID, Severity.WARNING, FIELDS, CheckText.zh("growth.noText"),
                    CheckText.en("growth.noText")));
        }
        List<Statement> statements = GrowthStatements.find(report.text());
        Statement whole = whole(report, statements);
        if (whole == null) {
            return List.of(FindingWords.couldNotRun(ID, Severity.WARNING, FIELDS, CheckText.zh("growth.noWhole"),
                    CheckText.en("growth.noWhole")));
        }
        List<Statement> parts = statements.stream().filter(s -> s.level() == Level.PART).toList();
        if (parts.size() < 2) {
            return List.of(FindingWords.couldNotRun(ID, Severity.WARNING, FIELDS, CheckText.zh("growth.noLevels"),
                    CheckText.en("growth.noLevels")));
        }
        List<Statement> partition = partition(parts, whole.total());
        if (partition == null) {
            String totals = parts.stream().map(s -> s.subject() + " " + Num.show(s.total()))
                    .collect(Collectors.joining(", "));
            return List.of(FindingWords.couldNotRun(ID, Severity.WARNING, FIELDS,
                    CheckText.zh("growth.notPartition", totals, Num.show(whole.total())),
                    CheckText.en("growth.notPartition", totals, Num.show(whole.total()))));
        }
        BigDecimal sum = partition.stream().map(Statement::change).reduce(BigDecimal.ZERO, BigDecimal::add);
        String partsText = partition.stream().map(s -> part(s, true)).collect(Collectors.joining(" + "));
        String partsTextEn = partition.stream().map(s -> part(s, false)).collect(Collectors.joining(" + "));
        String zh = CheckText.zh("growth.statement", part(whole, true), partsText);
        String en = CheckText.en("growth.statement", part(whole, false), partsTextEn);
        if (Num.same(sum, whole.change())) {
            return List.of(FindingWords.passed(ID, Severity.WARNING, FIELDS,
                    CheckText.zh("growth.consistent", zh, Num.signed(sum)),
                    CheckText.en("growth.consistent", en, Num.signed(sum))));
        }
        return List.of(FindingWords.failed(ID, Severity.WARNING, FIELDS,
                CheckText.zh("growth.differ", zh, Num.signed(sum), Num.signed(whole.change())),
                CheckText.en("growth.differ", en, Num.signed(sum), Num.signed(whole.change()))));
    }

    /** One level as a message gives it: subject, total and its change in brackets. */
    private static String part(Statement s, boolean zh) {
        return zh ? CheckText.zh("growth.part", s.subject(), Num.show(s.total()), Num.signed(s.change()))
                : CheckText.en("growth.part", s.subject(), Num.show(s.total()), Num.signed(s.change()));
    }

    /** The whole's statement: the one whose total is the report's proactive.total figure, else the first. */
    private static Statement whole(ReportFacts report, List<Statement> statements) {
        List<Statement> wholes = statements.stream().filter(s -> s.level() == Level.WHOLE).toList();
        Reading total = Reading.of(report, "proactive.total");
        if (total.present()) {
            for (Statement s : wholes) {
                if (Num.same(s.total(), total.value())) {
                    return s;
                }
            }
        }
        return wholes.isEmpty() ? null : wholes.get(0);
    }

    /** The largest set of two or more parts whose totals add up to the whole; null when none does. */
    private static List<Statement> partition(List<Statement> parts, BigDecimal whole) {
        int n = Math.min(parts.size(), MAX_PARTS);
        List<Statement> best = null;
        for (int mask = 1; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) < 2) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<Statement> chosen = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    sum = sum.add(parts.get(i).total());
                    chosen.add(parts.get(i));
                }
            }
            if (Num.same(sum, whole) && (best == null || chosen.size() > best.size())) {
                best = chosen;
            }
        }
        return best;
    }
}
