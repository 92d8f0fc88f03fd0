package org.ogireview.check;

import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One figure as a rule reads it: its current value as a number, or why there is none. A blank cell or a figure the
 * report does not state is a gap, never 0.
 *
 * @param value  the number, null when {@link #gap()} is not {@link Gap#NONE}
 * @param approx the report hedges the figure (more_than, about, less_than): equalities on it are not held strictly
 */
record Reading(String key, BigDecimal value, Qualifier qualifier, Gap gap) {

    /** Why a figure gives no number. */
    enum Gap {
        NONE, MISSING, BLANK, NOT_STATED, NOT_A_NUMBER, NOT_A_DATE;

        /** The bundle key of its words (CheckText): "gap.missing" … */
        String key() {
            return "gap." + name().toLowerCase(Locale.ROOT);
        }
    }

    Reading {
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
    }

    static Reading of(ReportFacts facts, String key) {
        return of(key, facts.figures().get(key));
    }

    static Reading of(String key, Figure f) {
        if (f == null) {
            return new Reading(key, null, Qualifier.EXACT, Gap.MISSING);
        }
        if (f.status() == FigureStatus.NOT_STATED) {
            return new Reading(key, null, f.qualifier(), Gap.NOT_STATED);
        }
        if (f.status() == FigureStatus.BLANK_IN_SOURCE || f.qualifier() == Qualifier.BLANK_IN_SOURCE) {
            return new Reading(key, null, f.qualifier(), Gap.BLANK);
        }
        if (f.value().isBlank()) {
            return new Reading(key, null, f.qualifier(), Gap.MISSING);
        }
        BigDecimal n = parse(f.value());
        if (n == null) {
            return new Reading(key, null, f.qualifier(), Gap.NOT_A_NUMBER);
        }
        return new Reading(key, n, f.qualifier(), Gap.NONE);
    }

    /** Compiled once: parse runs for every figure of every report a check reads. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** The canonical number of a value ("61540", "-3", "7730.28"); thousands commas tolerated; null otherwise. */
    static BigDecimal parse(String value) {
        String s = value.strip().replace(",", "");
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.isEmpty() || !NUMBER.matcher(s).matches()) {
            return null;
        }
        return new BigDecimal(s);
    }

    /** The same reading under another name, e.g. the key with the year for across-year messages. */
    Reading named(String name) {
        return new Reading(name, value, qualifier, gap);
    }

    boolean present() {
        return gap == Gap.NONE;
    }

    boolean approx() {
        return present() && qualifier != Qualifier.EXACT;
    }

    /** The number as the report prints it, with the hedge: "约30000", "more than 30000" is left to the message. */
    String shown() {
        return present() ? Num.show(value) : "—";
    }
}
