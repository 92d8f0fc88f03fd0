package org.ogireview.model;

import java.util.List;

/**
 * A government or agency that issues reports, with an identity that stays the same across years and aliases.
 *
 * @param divisionCode 6 digits (county and up) or 9 (township, street); null while the division is not settled
 * @param candidates   the division codes an ambiguous name could mean, for the user to choose among
 * @param confirmed    true once a coder has confirmed the body (its name, kind and division)
 * @param reports      how many reports belong to it (duplicates not counted)
 * @param years        the report years, ascending
 */
public record Body(long id, String name, BodyKind kind, String divisionCode, DivisionLevel divisionLevel,
                   List<String> candidates, boolean confirmed, int reports, List<Integer> years) {

    public Body {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        years = years == null ? List.of() : List.copyOf(years);
    }

    public boolean ambiguous() {
        return divisionCode == null && candidates.size() > 1;
    }
}
