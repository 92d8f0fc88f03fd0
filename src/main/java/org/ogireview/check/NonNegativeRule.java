package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.FieldDef;
import org.ogireview.model.FieldType;

import java.util.Optional;

/** sanity.negative: counts, money and percentages are never negative; signed changes excepted. */
final class NonNegativeRule extends PerFigureRule {

    static final String ID = "sanity.negative";

    NonNegativeRule(Labels labels) {
        super(ID, Severity.ERROR, labels);
    }

    @Override
    boolean covers(FieldDef def) {
        FieldType t = def.type();
        return (t == FieldType.COUNT || t == FieldType.MONEY || t == FieldType.PERCENT) && !signed(def);
    }

    @Override
    Optional<String[]> problem(Reading r, FieldDef def) {
        if (!r.present() || r.value().signum() >= 0) {
            return Optional.empty();
        }
        return Optional.of(new String[]{CheckText.zh("nonNegative.problem", def.labelZh(), r.shown()),
                CheckText.en("nonNegative.problem", def.labelEn(), r.shown())});
    }

    @Override
    String[] allFine(int n) {
        return new String[]{CheckText.zh("nonNegative.fine", String.valueOf(n)),
                CheckText.en("nonNegative.fine", String.valueOf(n))};
    }
}
