package org.ogireview.coding;

import org.ogireview.coding.AgreementTable.Aspect;
import org.ogireview.coding.AgreementTable.Measures;
import org.ogireview.coding.AgreementTable.Row;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The agreement table as CSV (every statistic with its interval) and as a table to read in a terminal. */
public final class AgreementReport {

    private AgreementReport() {
    }

    /** The CSV header: n, then for value, qualifier and status: agreement, alpha and kappa, each with low and high. */
    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("scope", "section", "field", "label", "n", "value_metric"));
        for (Aspect a : Aspect.values()) {
            String p = a.name().toLowerCase(Locale.ROOT);
            for (String s : List.of("agreement", "alpha", "kappa")) {
                h.add(p + "_" + s);
                h.add(p + "_" + s + "_low");
                h.add(p + "_" + s + "_high");
            }
        }
        return h;
    }

    public static List<String> cells(Row r) {
        List<String> c = new ArrayList<>(List.of(r.scope(), r.section(), r.key(), r.label(), Integer.toString(r.n()),
                r.valueMetric().code()));
        for (Aspect a : Aspect.values()) {
            Measures m = r.measures().get(a);
            for (Estimate e : new Estimate[]{m.percent(), m.alpha(), m.kappa()}) {
                c.add(number(e == null ? Double.NaN : e.value()));
                c.add(number(e == null ? Double.NaN : e.low()));
                c.add(number(e == null ? Double.NaN : e.high()));
            }
        }
        return c;
    }

    /** Four decimals; empty where undefined or not applicable. */
    public static String number(double d) {
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.4f", d);
    }

    /** A table for the terminal: the value's statistics with their intervals, then qualifier and status alpha. */
    public static void writeTable(List<Row> rows, Writer out) throws IOException {
        String format = "%-44s %5s %8s  %-22s %-22s %8s %8s%n";
        out.write(String.format(Locale.ROOT, format, "field", "n", "agree", "alpha value [95% CI]",
                "kappa value [95% CI]", "α qual.", "α status"));
        for (Row r : rows) {
            String name = r.scope().equals("field") ? r.key() : "[" + r.scope() + "] " + r.key();
            Measures v = r.measures().get(Aspect.VALUE);
            out.write(String.format(Locale.ROOT, format, name.length() > 44 ? name.substring(0, 43) + "…" : name,
                    r.n(), percent(v.percent()), withInterval(v.alpha(), r.valueMetric()),
                    v.kappa() == null ? "" : withInterval(v.kappa(), null),
                    short3(r.measures().get(Aspect.QUALIFIER).alpha()),
                    short3(r.measures().get(Aspect.STATUS).alpha())));
        }
        out.write("alpha and kappa are blank (—) where every value is the same: no variation, nothing measured.\n");
    }

    private static String percent(Estimate e) {
        return e.defined() ? String.format(Locale.ROOT, "%.1f%%", 100 * e.value()) : "—";
    }

    private static String short3(Estimate e) {
        return e != null && e.defined() ? String.format(Locale.ROOT, "%.3f", e.value()) : "—";
    }

    private static String withInterval(Estimate e, Metric metric) {
        if (e == null || !e.defined()) {
            return "—";
        }
        String s = String.format(Locale.ROOT, "%.3f", e.value());
        if (!Double.isNaN(e.low())) {
            s += String.format(Locale.ROOT, " [%.2f, %.2f]", e.low(), e.high());
        }
        return metric == null ? s : s + (metric == Metric.RATIO ? "" : " " + metric.code().charAt(0));
    }
}
