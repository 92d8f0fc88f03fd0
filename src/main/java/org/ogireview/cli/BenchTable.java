package org.ogireview.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The bench's figures as a table: what was measured, the figure, the target and whether the figure meets it, so a
 * missed target stands out in a long run.
 */
final class BenchTable {

    private static final String ROW = "  %-22s %-72s %-14s %s%n";

    private final PrintStream out;

    BenchTable(PrintStream out) {
        this.out = out;
    }

    void header() {
        out.printf(Locale.ROOT, ROW, "measure", "figure", "target", "");
    }

    /** A figure with a target; {@code met} null when the figure has no target of its own. */
    void row(String what, String figure, String target, Boolean met) {
        out.printf(Locale.ROOT, ROW, what, figure, target, met == null ? "" : met ? "met" : "NOT met");
    }

    /** A figure without a target. */
    void row(String what, String figure) {
        row(what, figure, "", null);
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
