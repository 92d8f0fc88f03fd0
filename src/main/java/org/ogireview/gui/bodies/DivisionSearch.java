package org.ogireview.gui.bodies;

import org.ogireview.extract.SearchText;
import org.ogireview.model.Division;
import org.ogireview.model.Divisions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds divisions for the division picker: by a part of the name (Traditional characters and full-width digits
 * folded, so 瀘州 finds 泸州市) or by the start of a code, provinces before cities before counties before townships.
 */
public final class DivisionSearch {

    /** One division found, with the path the picker shows: 江苏省 淮安市 洪泽区. */
    public record Match(Division division, String path) {
        @Override
        public String toString() {
            return path + "  (" + division.code() + ")";
        }
    }

    private final Divisions divisions;

    public DivisionSearch(Divisions divisions) {
        this.divisions = divisions;
    }

    public Divisions divisions() {
        return divisions;
    }

    /** At most {@code limit} divisions whose name holds the text, or whose code starts with it. */
    public List<Match> find(String text, int limit) {
        String q = SearchText.fold(text);
        if (q.isEmpty()) {
            return List.of();
        }
        boolean code = q.chars().allMatch(c -> c >= '0' && c <= '9');
        List<Division> found = new ArrayList<>();
        collect("", q, code, found);
        found.sort(Comparator.comparing((Division d) -> !d.name().equals(q) && !Divisions.shortName(d.name())
                .equals(q)).thenComparing(d -> d.level().ordinal()).thenComparing(Division::code));
        return found.stream().limit(limit).map(this::match).toList();
    }

    private void collect(String parent, String q, boolean code, List<Division> out) {
        for (Division d : divisions.children(parent)) {
            if (code ? d.code().startsWith(q) : d.name().contains(q)) {
                out.add(d);
            }
            collect(d.code(), q, code, out);
        }
    }

    public Match match(Division d) {
        return new Match(d, path(d));
    }

    /** 江苏省 淮安市 洪泽区 */
    public String path(Division d) {
        List<String> names = new ArrayList<>();
        divisions.path(d).forEach(p -> names.add(p.name()));
        return String.join(" ", names);
    }
}
