package org.ogireview.export;

import org.ogireview.store.CollectionFindings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which findings an audit memo covers: those of some bodies, of some years, open ones only or also those the
 * coder marked "as published". A body is named by its id, its division code or part of its name (or, for a report
 * with no body, of the region it names); no bodies and no years mean all.
 */
public record MemoScope(List<String> bodies, List<Integer> years, boolean openOnly) {

    public MemoScope {
        bodies = bodies == null ? List.of() : bodies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        years = years == null ? List.of() : List.copyOf(years);
    }

    public static MemoScope all() {
        return new MemoScope(List.of(), List.of(), false);
    }

    public List<CollectionFindings.Row> select(List<CollectionFindings.Row> rows) {
        List<CollectionFindings.Row> out = new ArrayList<>();
        for (CollectionFindings.Row r : rows) {
            if ((!openOnly || r.open()) && (years.isEmpty() || (r.year() != null && years.contains(r.year())))
                    && (bodies.isEmpty() || bodies.stream().anyMatch(b -> names(r, b)))) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean names(CollectionFindings.Row r, String body) {
        String b = body.toLowerCase(Locale.ROOT);
        if (b.chars().allMatch(Character::isDigit)) {
            return (r.bodyId() != null && b.equals(String.valueOf(r.bodyId()))) || b.equals(r.divisionCode());
        }
        return contains(r.bodyName(), b) || contains(r.region(), b);
    }

    private static boolean contains(String text, String part) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(part);
    }
}
