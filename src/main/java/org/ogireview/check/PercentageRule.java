package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.ogireview.model.FieldDef;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A stated percentage against the one computed from the report's own counts: {@code K.pct} against K / whole, the
 * whole being the total of K's section. Rounding and truncation at the printed number of decimals both pass
 * (reports do both: 2/27 = 7.407 printed as 7.4). Where the base is ambiguous (outcomes are given as shares of
 * the answered or of the received applications) any candidate whole that fits passes, which is also why a
 * mismatch is a warning, not an error.
 *
 * <p>Which whole is K's is data, field-relations.txt ({@link FieldRelations#shareBase}): the whole of the sum K is a
 * part of, or a {@code share} line. A {@code growth} field's share ({@code proactive.total_change.pct}, 增长4.32%) is
 * a growth rate: change / (total - change).
 */
final class PercentageRule extends ScopedRule {

    static final String ID = "pct.stated";

    private final FieldRelations relations;
    private final Labels labels;

    PercentageRule(FieldRelations relations, Labels labels) {
        super(ID, Formats.ALL);
        this.relations = relations;
        this.labels = labels;
    }

    @Override
    public List<Finding> check(ReportFacts report) {
        List<Finding> out = new ArrayList<>();
        for (String key : report.figures().keySet().stream().sorted().toList()) {
            if (key.endsWith(FieldDef.PCT_SUFFIX) && key.indexOf('@') < 0) {
                out.add(checkOne(report, key));
            }
        }
        return out;
    }

    private Finding checkOne(ReportFacts report, String pctKey) {
        String base = pctKey.substring(0, pctKey.length() - FieldDef.PCT_SUFFIX.length());
        List<String> wholeKeys = relations.shareBase(base);
        List<String> fields = new ArrayList<>(List.of(pctKey, base));
        fields.addAll(wholeKeys);
        if (wholeKeys.isEmpty()) {
            return FindingWords.couldNotRun(ID, Severity.WARNING, fields, CheckText.zh("percent.noWhole", base),
                    CheckText.en("percent.noWhole", base));
        }
        Reading pct = Reading.of(report, pctKey);
        Reading part = Reading.of(report, base);
        List<Reading> wholes = wholeKeys.stream().map(k -> Reading.of(report, k)).toList();
        List<Reading> statedWholes = wholes.stream().filter(Reading::present).toList();
        if (!pct.present() || !part.present() || statedWholes.isEmpty()) {
            List<Reading> gaps = new ArrayList<>();
            gaps.add(pct);
            gaps.add(part);
            if (statedWholes.isEmpty()) {
                gaps.addAll(wholes);
            }
            return FindingWords.couldNotRun(ID, Severity.WARNING, fields, gaps);
        }
        boolean growth = relations.isGrowth(base);
        List<String> triedZh = new ArrayList<>();
        List<String> triedEn = new ArrayList<>();
        for (Reading whole : statedWholes) {
            BigDecimal denominator = growth ? whole.value().subtract(part.value()) : whole.value();
            if (denominator.signum() == 0) {
                continue;
            }
            BigDecimal computed = Num.percent(part.value(), denominator);
            String formula = growth
                    ? part.shown() + " / (" + whole.shown() + " - " + part.shown() + ")"
                    : part.shown() + " / " + whole.shown();
            String shownComputed = Num.show(computed.setScale(Math.max(2, pct.value().scale() + 2),
                    RoundingMode.HALF_UP)) + "%";
            if (Num.matchesStated(pct.value(), computed)) {
                return FindingWords.passed(ID, Severity.WARNING, fields,
                        CheckText.zh("percent.consistent", labels.zh(pctKey), pct.shown(), formula, shownComputed),
                        CheckText.en("percent.consistent", labels.en(pctKey), pct.shown(), formula, shownComputed));
            }
            triedZh.add(CheckText.zh("percent.tried", formula, shownComputed, labels.zh(whole.key())));
            triedEn.add(CheckText.en("percent.tried", formula, shownComputed, labels.en(whole.key())));
        }
        if (triedZh.isEmpty()) {
            return FindingWords.couldNotRun(ID, Severity.WARNING, fields, CheckText.zh("percent.zeroWhole"),
                    CheckText.en("percent.zeroWhole"));
        }
        List<String> approx = new ArrayList<>();
        for (Reading r : List.of(pct, part)) {
            if (r.approx()) {
                approx.add(r.key());
            }
        }
        statedWholes.stream().filter(Reading::approx).forEach(r -> approx.add(r.key()));
        if (!approx.isEmpty()) {
            return FindingWords.passed(ID, Severity.WARNING, fields,
                    CheckText.zh("percent.approximate", labels.zh(pctKey), pct.shown(), CheckText.zhClauses(triedZh),
                            CheckText.zhList(approx)),
                    CheckText.en("percent.approximate", labels.en(pctKey), pct.shown(), CheckText.enClauses(triedEn),
                            CheckText.enList(approx)));
        }
        return FindingWords.failed(ID, Severity.WARNING, fields,
                CheckText.zh("percent.differ", labels.zh(pctKey), pct.shown(), CheckText.zhClauses(triedZh)),
                CheckText.en("percent.differ", labels.en(pctKey), pct.shown(), CheckText.enClauses(triedEn)));
    }
}
