package org.ogireview.check;

import org.ogireview.check.PartsWholeRule.Completeness;
import org.ogireview.extract.FieldGroups;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.ReportFormat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the checks know about how fields relate, read once from {@code field-relations.txt}: which parts add up to
 * which whole, which base a stated share is of, table 三's rows and result groups, table 二's documents in force,
 * and what the collection check compares. The rule classes keep the logic (how a sum is judged, how table 三
 * balances); this holds only the keys they apply it to, so a new relation between fields is a line of data.
 *
 * <p>Loading ({@link RelationsReader}) fails, naming the line, on a key that is not a line of the catalogue
 * (fields.csv) or a malformed relation: relations that name a field the app cannot store never run.
 */
public final class FieldRelations {

    static final String RESOURCE = "/org/ogireview/check/field-relations.txt";

    /** The table-三 rows the balance rule names, each declared once by a {@code table3 ROLE} line. */
    static final List<String> TABLE3_ROLES = List.of("received", "carried_in", "total_handled", "carried_out");

    /**
     * One parts-against-whole relation.
     *
     * @param wholes        candidate wholes, first stated one wins
     * @param catchAll      for {@link Completeness#CATCH_ALL}: the part whose presence makes the list complete
     * @param ownCategories the report's own categories count as parts as well
     */
    record Sum(String id, Set<ReportFormat> formats, Completeness completeness, String catchAll,
               boolean ownCategories, List<String> wholes, List<String> parts) {
    }

    /**
     * A group of table 三's result rows, （一）…（六）.
     *
     * @param rows  the group's rows
     * @param split the group's other form, used when {@code rows} is not stated; empty when it has one form
     */
    record ResultGroup(String name, List<String> rows, List<String> split) {

        boolean optional() {
            return !split.isEmpty();
        }

        /** Both forms' rows, in table order. */
        List<String> allRows() {
            List<String> out = new ArrayList<>(rows);
            out.addAll(split);
            return out;
        }
    }

    /** A kind of document in table 二 that is counted in force, issued and repealed. */
    record InForce(String kind, String inForce, String issued, String repealed) {
    }

    /** A share the collection check compares: KEY of the base, else its parts summed. */
    record UnusualShare(String id, String key, List<String> parts) {
    }

    private static volatile FieldRelations standard;

    final List<Sum> sums = new ArrayList<>();
    /** A shared field's key -> the candidate wholes of its share, for every part of a sum and every share line. */
    final Map<String, List<String>> shareBases = new LinkedHashMap<>();
    /** A change field -> the total it is the change of. */
    final Map<String, String> growth = new LinkedHashMap<>();
    final Map<String, String> table3Roles = new LinkedHashMap<>();
    final List<ResultGroup> resultGroups = new ArrayList<>();
    /** Table 三's rows in table order (both forms of a split group). */
    final List<String> table3Rows = new ArrayList<>();
    final List<InForce> inForce = new ArrayList<>();
    final List<String> unusualCounts = new ArrayList<>();
    final List<UnusualShare> unusualShares = new ArrayList<>();
    final List<String> unusualBase = new ArrayList<>();

    FieldRelations() {
    }

    /** The relations bundled with the app, checked against the bundled catalogue and the field vocabulary's groups. */
    public static FieldRelations standard() {
        FieldRelations r = standard;
        if (r == null) {
            synchronized (FieldRelations.class) {
                if (standard == null) {
                    try (InputStream in = FieldRelations.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + RESOURCE);
                        }
                        standard = read(new InputStreamReader(in, StandardCharsets.UTF_8), FieldCatalog.standard());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                r = standard;
            }
        }
        return r;
    }

    /** Reads relations against a catalogue, with the groups the bundled field vocabulary declares. */
    public static FieldRelations read(Reader reader, FieldCatalog catalog) throws IOException {
        return read(reader, catalog, vocabularyGroups());
    }

    /**
     * Reads relations and checks every key against the catalogue.
     *
     * @param groups lists of keys {NAME} may stand for besides the file's own {@code group} lines
     * @throws IllegalArgumentException naming the line, for an unknown key or a malformed relation
     */
    static FieldRelations read(Reader reader, FieldCatalog catalog, Map<String, List<String>> groups)
            throws IOException {
        FieldRelations r = new FieldRelations();
        new RelationsReader(r, catalog, groups).parse(new BufferedReader(reader));
        return r;
    }

    /** The groups field-vocabulary.txt declares: {CATEGORIES}, {CHANNELS}. */
    static Map<String, List<String>> vocabularyGroups() {
        return Map.of("CATEGORIES", FieldGroups.proactiveCategories(),
                "CHANNELS", FieldGroups.applicationChannels());
    }

    /** The parts-against-whole relations, in file order (the order their findings come in). */
    List<Sum> sums() {
        return Collections.unmodifiableList(sums);
    }

    /** The candidate wholes of KEY.pct (for a growth field, its total); empty when the file names none. */
    List<String> shareBase(String key) {
        List<String> wholes = shareBases.get(key);
        if (wholes != null) {
            return wholes;
        }
        String total = growth.get(key);
        return total == null ? List.of() : List.of(total);
    }

    /** True when KEY is a change against last year, its share a growth rate. */
    boolean isGrowth(String key) {
        return growth.containsKey(key);
    }

    /** Table 三's row of a role ({@link #TABLE3_ROLES}). */
    String table3(String role) {
        String key = table3Roles.get(role);
        if (key == null) {
            throw new IllegalArgumentException("no table3 row " + role);
        }
        return key;
    }

    List<ResultGroup> resultGroups() {
        return Collections.unmodifiableList(resultGroups);
    }

    /** Every row of table 三 with numbers, in table order. */
    List<String> table3Rows() {
        return Collections.unmodifiableList(table3Rows);
    }

    List<InForce> inForce() {
        return Collections.unmodifiableList(inForce);
    }

    List<String> unusualCounts() {
        return Collections.unmodifiableList(unusualCounts);
    }

    List<UnusualShare> unusualShares() {
        return Collections.unmodifiableList(unusualShares);
    }

    List<String> unusualBase() {
        return Collections.unmodifiableList(unusualBase);
    }

    /** Every field key the relations name, for the catalogue test. */
    Set<String> keys() {
        Set<String> out = new LinkedHashSet<>();
        sums.forEach(s -> {
            out.addAll(s.wholes());
            out.addAll(s.parts());
        });
        shareBases.forEach((k, v) -> {
            out.add(k);
            out.addAll(v);
        });
        out.addAll(growth.keySet());
        out.addAll(growth.values());
        out.addAll(table3Rows);
        inForce.forEach(f -> out.addAll(List.of(f.inForce(), f.issued(), f.repealed())));
        out.addAll(unusualCounts);
        unusualShares.forEach(s -> {
            out.add(s.key());
            out.addAll(s.parts());
        });
        out.addAll(unusualBase);
        return out;
    }
}
