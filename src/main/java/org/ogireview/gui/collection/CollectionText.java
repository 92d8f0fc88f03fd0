package org.ogireview.gui.collection;

import org.ogireview.export.collection.BodyRef;
import org.ogireview.export.collection.CoverageState;
import org.ogireview.export.collection.Measure;
import org.ogireview.export.collection.MeasureValue;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.BodyKind;
import org.ogireview.model.Division;
import org.ogireview.model.Divisions;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

import java.text.NumberFormat;

/** The words the collection views show, from the bundles (and the field catalogue for a figure's label). */
public final class CollectionText {

    private final Messages m;

    public CollectionText(Messages m) {
        this.m = m;
    }

    public Messages messages() {
        return m;
    }

    public String measure(Measure measure) {
        if (measure instanceof Measure.Field f) {
            return FieldCatalog.standard().find(f.key())
                    .map(d -> m.chinese() ? d.labelZh() : d.labelEn()).orElse(f.key());
        }
        return m.get("measure." + measure.id());
    }

    public String state(CoverageState s) {
        return m.get("collection.state." + s.code());
    }

    public String kind(BodyKind k) {
        return k == null ? "" : m.chinese() ? k.zh() : k.en();
    }

    public String status(FigureStatus s) {
        return m.get("status." + s.code());
    }

    public String qualifier(Qualifier q) {
        return m.get("qualifier." + (q == Qualifier.EXACT ? "exact" : q.code()));
    }

    /** The mark a hedged value carries beside its point: >, ≈, < (none for an exact one). */
    public static String qualifierMark(Qualifier q) {
        return switch (q) {
            case MORE_THAN -> ">";
            case ABOUT -> "≈";
            case LESS_THAN -> "<";
            default -> "";
        };
    }

    public String division(String code) {
        if (code == null) {
            return "";
        }
        return Divisions.standard().byCode(code).map(Division::name).orElse(code);
    }

    public String body(BodyRef b) {
        return b == null ? "" : b.name();
    }

    public String division(Division d) {
        return d == null ? m.get("collection.any") : d.name();
    }

    /** A value as the measure counts it: a share as a percentage, a count in whole numbers when it is whole. */
    public String value(Measure measure, MeasureValue v) {
        return value(measure, v.value());
    }

    public String value(Measure measure, double v) {
        if (measure instanceof Measure.Ratio) {
            NumberFormat pct = NumberFormat.getPercentInstance(m.locale());
            pct.setMaximumFractionDigits(1);
            return pct.format(v);
        }
        NumberFormat n = NumberFormat.getNumberInstance(m.locale());
        n.setMaximumFractionDigits(2);
        return n.format(v);
    }

    public String percent(double share) {
        NumberFormat pct = NumberFormat.getPercentInstance(m.locale());
        pct.setMaximumFractionDigits(1);
        return pct.format(share);
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(m.locale()).format(n);
    }
}
