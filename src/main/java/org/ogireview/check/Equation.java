package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An equality between two signed sums of figures, and the finding it makes: the shared core of the table rules and
 * the across-year rules. Any gap means the rule could not run; a hedged figure (about, more than) turns a mismatch
 * into a note instead of a contradiction.
 */
final class Equation {

    /** One figure in a sum, with its sign and the short label a message gives it. */
    record Term(Reading reading, boolean minus, String labelZh, String labelEn) {

        static Term plus(Reading r, String zh, String en) {
            return new Term(r, false, zh, en);
        }

        static Term minus(Reading r, String zh, String en) {
            return new Term(r, true, zh, en);
        }

        BigDecimal signedValue() {
            return minus ? reading.value().negate() : reading.value();
        }
    }

    private Equation() {
    }

    static Finding check(String rule, Severity severity, List<String> fields, String titleZh, String titleEn,
                         List<Term> left, List<Term> right) {
        List<Reading> all = new ArrayList<>();
        left.forEach(t -> all.add(t.reading()));
        right.forEach(t -> all.add(t.reading()));
        if (!all.stream().allMatch(Reading::present)) {
            return FindingWords.couldNotRun(rule, severity, fields, all.stream().filter(r -> !r.present()).toList());
        }
        BigDecimal l = total(left);
        BigDecimal r = total(right);
        String zh = titleZh + "：" + side(left, true, l) + "，" + side(right, true, r);
        String en = titleEn + ": " + side(left, false, l) + ", " + side(right, false, r);
        if (Num.same(l, r)) {
            return FindingWords.passed(rule, severity, fields, CheckText.zh("equation.consistent", zh),
                    CheckText.en("equation.consistent", en));
        }
        String diff = Num.show(l.subtract(r).abs());
        List<String> approx = all.stream().filter(Reading::approx).map(Reading::key).distinct().toList();
        if (!approx.isEmpty()) {
            return FindingWords.passed(rule, severity, fields,
                    CheckText.zh("equation.approximate", zh, diff, CheckText.zhList(approx)),
                    CheckText.en("equation.approximate", en, diff, CheckText.enList(approx)));
        }
        return FindingWords.failed(rule, severity, fields, CheckText.zh("equation.differ", zh, diff),
                CheckText.en("equation.differ", en, diff));
    }

    private static BigDecimal total(List<Term> terms) {
        BigDecimal s = BigDecimal.ZERO;
        for (Term t : terms) {
            s = s.add(t.signedValue());
        }
        return s;
    }

    private static String side(List<Term> terms, boolean zh, BigDecimal total) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (i > 0) {
                b.append(t.minus() ? " - " : " + ");
            } else if (t.minus()) {
                b.append("-");
            }
            b.append(zh ? t.labelZh() : t.labelEn()).append(' ').append(t.reading().shown());
        }
        if (terms.size() > 1) {
            b.append(" = ").append(Num.show(total));
        }
        return b.toString();
    }
}
