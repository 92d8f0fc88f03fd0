package org.ogireview.check;

import org.ogireview.check.FieldRelations.InForce;
import org.ogireview.check.FieldRelations.ResultGroup;
import org.ogireview.check.FieldRelations.Sum;
import org.ogireview.check.FieldRelations.UnusualShare;
import org.ogireview.check.PartsWholeRule.Completeness;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.ReportFormat;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads field-relations.txt into {@link FieldRelations}, one line at a time. Every key must be a line of the
 * catalogue and a number; a sum adds like to like (its parts in its whole's unit), names each part once and no part
 * another sum already has (a part's share has one base); table 三 declares each of its roles once. An error names
 * the line.
 */
final class RelationsReader {

    private static final String SEPARATOR = " := ";
    private static final Pattern GROUP = Pattern.compile("\\{([A-Z][A-Z_]*)\\}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.]*");

    private final FieldRelations r;
    private final FieldCatalog catalog;
    private final Map<String, List<String>> groups;
    private final Set<String> ids = new HashSet<>();
    private int line;

    RelationsReader(FieldRelations r, FieldCatalog catalog, Map<String, List<String>> groups) {
        this.r = r;
        this.catalog = catalog;
        this.groups = new HashMap<>(groups);
    }

    void parse(BufferedReader in) throws IOException {
        String raw;
        while ((raw = in.readLine()) != null) {
            line++;
            String text = raw.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int at = text.indexOf(SEPARATOR);
            if (at < 0) {
                throw error("HEAD := BODY expected");
            }
            String[] head = text.substring(0, at).strip().split("\\s+");
            String body = text.substring(at + SEPARATOR.length()).strip();
            lineOf(head, body);
        }
        for (String role : FieldRelations.TABLE3_ROLES) {
            if (!r.table3Roles.containsKey(role)) {
                throw new IllegalArgumentException("field relations: no 'table3 " + role + "' line");
            }
        }
        if (!r.unusualShares.isEmpty() && r.unusualBase.isEmpty()) {
            throw new IllegalArgumentException("field relations: unusual-share lines need an unusual-base line");
        }
    }

    private void lineOf(String[] head, String body) {
        switch (head[0]) {
            case "group" -> {
                String name = word(head, 1, "group NAME");
                if (!name.matches("[A-Z][A-Z_]*") || groups.containsKey(name)) {
                    throw error("group " + name + ": a new NAME in capitals expected");
                }
                groups.put(name, keys(body, "\\+"));
            }
            case "sum" -> sum(head, body);
            case "share" -> {
                List<String> wholes = keys(body, "\\|");
                if (head.length < 2) {
                    throw error("share KEY ... := WHOLE | ...");
                }
                for (int i = 1; i < head.length; i++) {
                    String key = key(head[i]);
                    wholes.forEach(w -> sameUnit(w, key));
                    addShare(key, wholes);
                }
            }
            case "growth" -> {
                String change = key(word(head, 1, "growth KEY := TOTAL"));
                String total = key(body);
                sameUnit(change, total);
                if (r.shareBases.containsKey(change) || r.growth.containsKey(change)) {
                    throw error(change + ": its share already has a base");
                }
                r.growth.put(change, total);
            }
            case "table3" -> {
                String role = word(head, 1, "table3 ROLE := KEY");
                if (!FieldRelations.TABLE3_ROLES.contains(role)) {
                    throw error("table3 role '" + role + "': one of " + FieldRelations.TABLE3_ROLES);
                }
                if (r.table3Roles.containsKey(role)) {
                    throw error("a second table3 " + role + " line");
                }
                String key = key(body);
                r.table3Roles.put(role, key);
                addRows(List.of(key));
            }
            case "table3-result" -> {
                String name = name(word(head, 1, "table3-result GROUP := ROW + ..."));
                String[] forms = body.split("\\|", -1);
                if (forms.length > 2) {
                    throw error("a result group has one form, or two joined by |");
                }
                List<String> rows = keys(forms[0], "\\+");
                List<String> split = forms.length == 2 ? keys(forms[1], "\\+") : List.of();
                ResultGroup g = new ResultGroup(name, rows, split);
                if (r.resultGroups.stream().anyMatch(o -> o.name().equals(name))) {
                    throw error("a second result group " + name);
                }
                addRows(g.allRows());
                r.resultGroups.add(g);
            }
            case "in-force" -> {
                String kind = name(word(head, 1, "in-force KIND := IN_FORCE ; ISSUED ; REPEALED"));
                List<String> k = keys(body, ";");
                if (k.size() != 3) {
                    throw error("in-force KIND := IN_FORCE ; ISSUED ; REPEALED");
                }
                sameUnit(k.get(0), k.get(1));
                sameUnit(k.get(0), k.get(2));
                r.inForce.add(new InForce(kind, k.get(0), k.get(1), k.get(2)));
            }
            case "unusual-count" -> r.unusualCounts.addAll(keys(body, "\\+"));
            case "unusual-share" -> {
                String id = name(word(head, 1, "unusual-share NAME := KEY | PART + ..."));
                String[] forms = body.split("\\|", -1);
                if (forms.length > 2) {
                    throw error("unusual-share NAME := KEY | PART + PART ...");
                }
                String key = key(forms[0].strip());
                List<String> parts = forms.length == 2 ? keys(forms[1], "\\+") : List.of();
                r.unusualShares.add(new UnusualShare(id, key, parts));
            }
            case "unusual-base" -> r.unusualBase.addAll(keys(body, "\\|"));
            default -> throw error("unknown line '" + head[0] + "'");
        }
    }

    /** sum RULE FORMATS COMPLETENESS [own-categories] := WHOLE | ... = PART + ... */
    private void sum(String[] head, String body) {
        if (head.length < 4 || head.length > 5) {
            throw error("sum RULE FORMATS COMPLETENESS [own-categories] := WHOLE | ... = PART + ...");
        }
        String id = name(head[1]);
        if (!ids.add(id)) {
            throw error("a second relation " + id);
        }
        Set<ReportFormat> formats = formats(head[2]);
        Completeness completeness;
        String catchAll = null;
        if (head[3].equals("all-parts")) {
            completeness = Completeness.ALL_PARTS;
        } else if (head[3].equals("at-most")) {
            completeness = Completeness.AT_MOST;
        } else if (head[3].startsWith("catch-all=")) {
            completeness = Completeness.CATCH_ALL;
            catchAll = key(head[3].substring("catch-all=".length()));
        } else {
            throw error("completeness '" + head[3] + "': all-parts, at-most or catch-all=PART");
        }
        boolean own = false;
        if (head.length == 5) {
            if (!head[4].equals("own-categories")) {
                throw error("'" + head[4] + "': only own-categories may follow the completeness");
            }
            own = true;
        }
        String[] sides = body.split(" = ", -1);
        if (sides.length != 2) {
            throw error("a sum is WHOLE | ... = PART + PART ...");
        }
        List<String> wholes = keys(sides[0], "\\|");
        List<String> parts = keys(sides[1], "\\+");
        if (parts.size() < 2) {
            throw error(id + ": a sum needs two parts at least");
        }
        if (new LinkedHashSet<>(parts).size() != parts.size()) {
            throw error(id + ": a part named twice");
        }
        for (String w : wholes) {
            if (parts.contains(w)) {
                throw error(id + ": " + w + " is both a whole and a part");
            }
            sameUnit(wholes.get(0), w);
        }
        for (String p : parts) {
            sameUnit(wholes.get(0), p);
        }
        if (catchAll != null && !parts.contains(catchAll)) {
            throw error(id + ": the catch-all " + catchAll + " is not one of the parts");
        }
        for (String p : parts) {
            addShare(p, wholes);
        }
        r.sums.add(new Sum(id, formats, completeness, catchAll, own, List.copyOf(wholes), List.copyOf(parts)));
    }

    private void addShare(String key, List<String> wholes) {
        if (r.shareBases.containsKey(key) || r.growth.containsKey(key)) {
            throw error(key + ": its share already has a base (a field is a part of one sum at most)");
        }
        r.shareBases.put(key, List.copyOf(wholes));
    }

    private void addRows(List<String> rows) {
        for (String row : rows) {
            if (r.table3Rows.contains(row)) {
                throw error(row + ": a second time in table3");
            }
            r.table3Rows.add(row);
        }
    }

    /** Keys separated by a delimiter, a {NAME} standing for its group's keys. */
    private List<String> keys(String text, String delimiter) {
        List<String> out = new ArrayList<>();
        for (String token : text.split(delimiter, -1)) {
            String t = token.strip();
            Matcher g = GROUP.matcher(t);
            if (g.matches()) {
                List<String> members = groups.get(g.group(1));
                if (members == null) {
                    throw error("no group {" + g.group(1) + "}");
                }
                members.forEach(k -> out.add(key(k)));
            } else {
                out.add(key(t));
            }
        }
        return out;
    }

    /** A field key: a line of the catalogue (not a derived K.pct or K@column), and a number. */
    private String key(String text) {
        String k = text.strip();
        if (k.isEmpty()) {
            throw error("a key expected");
        }
        if (!FieldDef.baseKeyOf(k).equals(k) || !catalog.knows(k)) {
            throw error("'" + k + "' is not a field of fields.csv");
        }
        if (!catalog.get(k).type().numeric()) {
            throw error("'" + k + "' is not a number");
        }
        return k;
    }

    /** Like is added to like: a relation's keys share one unit. */
    private void sameUnit(String a, String b) {
        String ua = Objects.requireNonNullElse(catalog.get(a).unit(), "");
        String ub = Objects.requireNonNullElse(catalog.get(b).unit(), "");
        if (!ua.equals(ub)) {
            throw error(b + " (" + ub + ") is not in the unit of " + a + " (" + ua + ")");
        }
    }

    private Set<ReportFormat> formats(String word) {
        return switch (word) {
            case "all" -> Formats.ALL;
            case "narrative" -> Formats.NARRATIVE;
            case "tables" -> Formats.TABLES;
            case "table2021" -> Formats.TABLE2021;
            default -> throw error("formats '" + word + "': narrative, tables, table2021 or all");
        };
    }

    private String name(String word) {
        if (!NAME.matcher(word).matches()) {
            throw error("'" + word + "' is not a name (lower case, digits, _ and .)");
        }
        return word;
    }

    private String word(String[] head, int i, String form) {
        if (head.length != i + 1) {
            throw error(form);
        }
        return head[i];
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException("field-relations.txt line " + line + ": " + message);
    }
}
