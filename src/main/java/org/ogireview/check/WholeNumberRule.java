package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.FieldDef;
import org.ogireview.model.FieldType;

import java.util.Optional;

/**
 * sanity.whole_number: counts and years are whole numbers, and every numeric field holds a number at all (a coder
 * may type "十二" or "12件"; the rules would silently skip it otherwise).
 */
final class WholeNumberRule extends PerFigureRule {

    static final String ID = "sanity.whole_number";

    WholeNumberRule(Labels labels) {
        super(ID, Severity.ERROR, labels);
    }

    @Override
    boolean covers(FieldDef def) {
        return numeric(def);
    }

    @Override
    Optional<String[]> problem(Reading r, FieldDef def) {
        if (r.gap() == Reading.Gap.NOT_A_NUMBER) {
            return Optional.of(new String[]{CheckText.zh("wholeNumber.notANumber", def.labelZh()),
                    CheckText.en("wholeNumber.notANumber", def.labelEn())});
        }
        boolean mustBeWhole = def.type() == FieldType.COUNT || def.type() == FieldType.YEAR;
        if (!mustBeWhole || Num.whole(r.value())) {
            return Optional.empty();
        }
        return Optional.of(new String[]{CheckText.zh("wholeNumber.notWhole", def.labelZh(), r.shown()),
                CheckText.en("wholeNumber.notWhole", def.labelEn(), r.shown())});
    }

    @Override
    String[] allFine(int n) {
        return new String[]{CheckText.zh("wholeNumber.fine", String.valueOf(n)),
                CheckText.en("wholeNumber.fine", String.valueOf(n))};
    }
}
