package org.ogireview.check;

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
            return Optional.of(new String[]{def.labelZh() + " 的值不是数字", def.labelEn() + " is not a number"});
        }
        boolean mustBeWhole = def.type() == FieldType.COUNT || def.type() == FieldType.YEAR;
        if (!mustBeWhole || Num.whole(r.value())) {
            return Optional.empty();
        }
        return Optional.of(new String[]{def.labelZh() + " 是计数，却为 " + r.shown(),
                def.labelEn() + " is a count but reads " + r.shown()});
    }

    @Override
    String[] allFine(int n) {
        return new String[]{n + " 个数值格式正确，计数均为整数", "all " + n + " numbers are well formed; counts are whole"};
    }
}
