package org.ogireview.export.collection;

import org.ogireview.model.Division;
import org.ogireview.model.Divisions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The divisions a collection's bodies lie in, for the province → city → county filter: only divisions that hold
 * some body are offered, named from the bundled division list.
 */
public final class DivisionChoices {

    private final Set<String> provinces = new TreeSet<>();
    private final Map<String, Set<String>> cities = new TreeMap<>();
    private final Map<String, Set<String>> counties = new TreeMap<>();
    private final Divisions divisions;

    private DivisionChoices(Divisions divisions) {
        this.divisions = divisions;
    }

    public static DivisionChoices of(Collection<CollectionReport> reports) {
        DivisionChoices out = new DivisionChoices(Divisions.standard());
        for (CollectionReport r : reports) {
            String code = r.body().divisionCode();
            if (code == null || code.length() < 6) {
                continue;
            }
            String province = code.substring(0, 2) + "0000";
            String city = code.substring(0, 4) + "00";
            String county = code.substring(0, 6);
            out.provinces.add(province);
            if (!city.equals(province)) {
                out.cities.computeIfAbsent(province, k -> new TreeSet<>()).add(city);
            }
            if (!county.equals(city)) {
                out.counties.computeIfAbsent(city, k -> new TreeSet<>()).add(county);
            }
        }
        return out;
    }

    /** The significant digits of a division code: 32 for 320000, 3208 for 320800, the code itself below. */
    public static String prefix(String code) {
        if (code.length() == 6 && code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        if (code.length() == 6 && code.endsWith("00")) {
            return code.substring(0, 4);
        }
        return code;
    }

    public List<Division> provinces() {
        return named(provinces);
    }

    public List<Division> cities(String province) {
        return province == null ? List.of() : named(cities.getOrDefault(province, Set.of()));
    }

    public List<Division> counties(String city) {
        return city == null ? List.of() : named(counties.getOrDefault(city, Set.of()));
    }

    private List<Division> named(Set<String> codes) {
        List<Division> out = new ArrayList<>();
        for (String c : codes) {
            out.add(divisions.byCode(c).orElse(new Division(c, c, "", null)));
        }
        out.sort(Comparator.comparing(Division::code));
        return out;
    }
}
