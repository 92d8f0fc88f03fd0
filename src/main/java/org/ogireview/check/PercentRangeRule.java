package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.FieldDef;
import org.ogireview.model.FieldType;

import java.math.BigDecimal;
import java.util.Optional;

/** sanity.pct_range: a share lies between 0 and 100 (a growth rate, the share of a signed change, may not). */
final class PercentRangeRule extends PerFigureRule {

    static final String ID = "sanity.pct_range";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    PercentRangeRule(Labels labels) {
        super(ID, Severity.ERROR, labels);
    }

    @Override
    boolean covers(FieldDef def) {
        return def.type() == FieldType.PERCENT && !signed(def);
    }

    @Override
    Optional<String[]> problem(Reading r, FieldDef def) {
        if (!r.present() || (r.value().signum() >= 0 && r.value().compareTo(HUNDRED) <= 0)) {
            return Optional.empty();
        }
        return Optional.of(new String[]{CheckText.zh("percentRange.problem", def.labelZh(), r.shown()),
                CheckText.en("percentRange.problem", def.labelEn(), r.shown())});
    }

    @Override
    String[] allFine(int n) {
        return new String[]{CheckText.zh("percentRange.fine", String.valueOf(n)),
                CheckText.en("percentRange.fine", String.valueOf(n))};
    }
}
