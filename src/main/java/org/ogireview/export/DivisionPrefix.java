package org.ogireview.export;

import org.ogireview.model.Division;
import org.ogireview.model.Divisions;

import java.util.List;
import java.util.Optional;

/**
 * A division as a selection names it, turned into the start of the codes within it. A province's, city's or
 * county's own code is six digits padded with zeros, so {@code 320000} (Jiangsu) stands for every code starting
 * {@code 32}, {@code 320800} (Huai'an) for {@code 3208…}; a shorter code is already such a start; a name
 * ({@code 淮安市}, {@code 洪泽区}) is looked up in the bundled divisions and must name exactly one.
 */
public final class DivisionPrefix {

    private DivisionPrefix() {
    }

    /** @throws IllegalArgumentException when the text is no code or names no single division */
    public static String of(String codeOrName) {
        String s = codeOrName == null ? "" : codeOrName.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("an empty division");
        }
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            if (s.length() > 9) {
                throw new IllegalArgumentException("division code " + s + " is longer than 9 digits");
            }
            return trimmed(s);
        }
        Divisions all = Divisions.standard();
        List<Division> found = all.named(s);
        if (found.isEmpty()) {
            found = all.shortNamed(s);
        }
        if (found.size() == 1) {
            return trimmed(found.get(0).code());
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no division is called " + s);
        }
        throw new IllegalArgumentException(s + " names " + found.size() + " divisions ("
                + String.join(" ", found.stream().limit(6).map(d -> d.code() + " " + pathOf(all, d)).toList())
                + "); give its code");
    }

    /** Province 320000 → 32, city 320800 → 3208; a county or township code stays whole. */
    static String trimmed(String code) {
        if (code.length() == 6 && code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        if (code.length() == 6 && code.endsWith("00")) {
            return code.substring(0, 4);
        }
        return code;
    }

    private static String pathOf(Divisions all, Division d) {
        return String.join("", all.path(d).stream().map(Division::name).toList());
    }

    /** The division a code prefix stands for, when it is one ({@code 3208} → 淮安市). */
    public static Optional<Division> division(String prefix) {
        String code = prefix.length() == 2 ? prefix + "0000" : prefix.length() == 4 ? prefix + "00" : prefix;
        return Divisions.standard().byCode(code);
    }
}
