package org.ogireview.check;

import org.ogireview.model.Finding;

import org.ogireview.model.FieldCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs the consistency rules. Stateless and thread-safe.
 *
 * <p>One report: parts against wholes ({@link PartsWholeRules}), stated percentages ({@code pct.stated}), the
 * standard application table ({@code apps.table.balance|results|row}), the proactive change by level
 * ({@code growth.parts}), figures stated twice ({@code stated_twice}) and sanity ({@code sanity.*}). Across years
 * of one body: carry-over, documents in force, change against last year ({@code years.*}). Each rule runs only on
 * reports of the formats that carry its figures; a report of unknown format runs them all. Which fields the rules
 * relate is data, {@link FieldRelations} (field-relations.txt); the rules hold the logic.
 */
public final class Checker {

    private final List<Rule> rules;
    private final List<YearPairRule> pairRules;

    public Checker() {
        this(FieldCatalog.standard());
    }

    public Checker(FieldCatalog catalog) {
        this(catalog, FieldRelations.standard());
    }

    /** The rules over the given relations between fields (which parts add up to which whole, table 三's rows …). */
    public Checker(FieldCatalog catalog, FieldRelations relations) {
        Labels labels = new Labels(catalog);
        ApplicationTable table = new ApplicationTable(relations);
        List<Rule> r = new ArrayList<>(PartsWholeRules.all(relations, labels));
        r.add(new PercentageRule(relations, labels));
        r.add(new TableBalanceRule(table));
        r.add(new TableResultsRule(table));
        r.add(new TableRowRule(table, labels));
        r.add(new GrowthPartsRule());
        r.add(new StatedTwiceRule(labels));
        r.add(new ReportYearRule());
        r.add(new NonNegativeRule(labels));
        r.add(new PercentRangeRule(labels));
        r.add(new WholeNumberRule(labels));
        this.rules = List.copyOf(r);
        this.pairRules = List.of(new CarryOverRule(table), new InForceRule(relations), new PriorYearGrowthRule());
    }

    /** Every rule on one report: failed findings, passed ones and those that could not run. */
    public List<Finding> check(ReportFacts report) {
        Objects.requireNonNull(report, "report");
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.appliesTo(report.format())) {
                out.addAll(rule.check(report));
            }
        }
        return out;
    }

    /** The across-year rules on every pair of reports of the same body in consecutive years. */
    public List<Finding> checkAcrossYears(List<ReportFacts> reports) {
        List<Finding> out = new ArrayList<>();
        for (YearPairFindings pair : checkYearPairs(reports)) {
            out.addAll(pair.findings());
        }
        return out;
    }

    /** As {@link #checkAcrossYears}, with the two reports each finding is about. */
    public List<YearPairFindings> checkYearPairs(List<ReportFacts> reports) {
        List<YearPairFindings> out = new ArrayList<>();
        for (ReportFacts earlier : reports) {
            for (ReportFacts later : reports) {
                if (consecutive(earlier, later)) {
                    List<Finding> findings = new ArrayList<>();
                    for (YearPairRule rule : pairRules) {
                        if (rule.appliesTo(earlier, later)) {
                            findings.addAll(rule.check(earlier, later));
                        }
                    }
                    out.add(new YearPairFindings(earlier, later, findings));
                }
            }
        }
        return out;
    }

    /** Rule ids, for listing what the checker does (instances add "@…" to some). */
    public List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.id()));
        pairRules.forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static boolean consecutive(ReportFacts earlier, ReportFacts later) {
        Integer y0 = Bodies.yearOf(earlier);
        Integer y1 = Bodies.yearOf(later);
        return y0 != null && y1 != null && y1 == y0 + 1
                && Bodies.sameBody(Bodies.regionOf(earlier), Bodies.regionOf(later));
    }
}
