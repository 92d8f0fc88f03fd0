package org.ogireview.store;

import org.ogireview.model.Body;
import org.ogireview.model.BodyKind;
import org.ogireview.model.Division;
import org.ogireview.model.DivisionLevel;
import org.ogireview.model.Divisions;
import org.ogireview.model.ResolvedBody;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The bodies of a database (table {@code bodies}, V5): links every report to its body, and carries out the coder's
 * confirm, rename, re-division, merge and split. Every change is one transaction and is written to the audit log,
 * one entry per report it touches (field {@code report.body}, actions {@code body_*}, which undo leaves alone).
 * The links the app makes on its own are not logged (reports.body_source says where the name was read); the
 * coder's changes to them are. Which body a report names is decided above the store
 * ({@code org.ogireview.importing.BodyLinker} reads {@link #unlinked()} and hands back {@link #link resolved bodies});
 * the registry finds each again by its match key or creates it.
 *
 * <p>One piece because every coder action on bodies (confirm, rename, merge, split) rewrites the same three
 * tables and the audit log in one transaction, with the same before/after description of a body.
 */
public final class BodyRegistry {

    public static final String FIELD = "report.body";
    public static final String ACTION_ASSIGN = "body_assign";
    public static final String ACTION_CONFIRM = "body_confirm";
    public static final String ACTION_RENAME = "body_rename";
    public static final String ACTION_DIVISION = "body_division";
    public static final String ACTION_MERGE = "body_merge";
    public static final String ACTION_SPLIT = "body_split";
    public static final String ACTION_DUPLICATE = "body_duplicate";

    private final Database db;
    private final Divisions divisions;

    public BodyRegistry(Database db) {
        this(db, Divisions.standard());
    }

    /** @param divisions the list {@link #setDivision} takes codes from */
    public BodyRegistry(Database db, Divisions divisions) {
        this.db = db;
        this.divisions = divisions;
    }

    /** A report without a body yet: what the body can be read from. */
    public record Unlinked(long id, String text, String region, String fileName, String sourceKind) {
    }

    /**
     * A report and the body it names.
     *
     * @param source where the name was read ({@code title}, {@code file_name}, {@code publisher}, ...)
     */
    public record Link(Unlinked report, ResolvedBody body, String source) {
    }

    /** The reports without a body, by id. */
    public List<Unlinked> unlinked() throws StoreException {
        return db.read("list reports without a body", c -> {
            List<Unlinked> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, report_text, region, file_name, source_kind FROM reports "
                         + "WHERE body_id IS NULL ORDER BY id")) {
                while (rs.next()) {
                    out.add(new Unlinked(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return out;
        });
    }

    /**
     * Links each report to its body, found again by its match key or created (at {@code now}), in one transaction;
     * each report becomes the first of its own source files.
     */
    public void link(List<Link> links, Instant now) throws StoreException {
        db.write("link reports to their bodies", c -> {
            for (Link l : links) {
                Unlinked p = l.report();
                setBody(c, p.id(), findOrCreate(c, l.body(), now), l.source());
                try (PreparedStatement ps = c.prepareStatement(db.dialect().upsert("report_files",
                        List.of("report_id", "file_report_id", "file_name", "source_kind"),
                        List.of("report_id", "file_report_id")))) {
                    ps.setLong(1, p.id());
                    ps.setLong(2, p.id());
                    ps.setString(3, p.fileName());
                    ps.setString(4, p.sourceKind());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private long findOrCreate(Connection c, ResolvedBody r, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM bodies WHERE match_key = ? ORDER BY id FETCH FIRST 1 ROW ONLY")) {
            ps.setString(1, r.matchKey());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return live(c, rs.getLong(1));
                }
            }
        }
        Division d = r.division();
        try (PreparedStatement ps = db.dialect().prepareInsertReturningId(c, "INSERT INTO bodies (name, kind, "
                + "division_code, division_level, match_key, candidates, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                "id")) {
            ps.setString(1, r.canonicalName());
            ps.setString(2, r.kind().code());
            ps.setString(3, d == null ? null : d.code());
            ps.setString(4, d == null ? null : d.level().code());
            ps.setString(5, r.matchKey());
            ps.setString(6, d == null && r.candidates().size() > 1
                    ? String.join(" ", r.candidates().stream().map(Division::code).toList()) : null);
            ps.setObject(7, Times.toDb(now));
            ps.executeUpdate();
            return db.dialect().generatedId(ps);
        }
    }

    /** The body a merged body now lives in. */
    private static long live(Connection c, long id) throws SQLException {
        long current = id;
        for (int hops = 0; hops < 100; hops++) {
            try (PreparedStatement ps = c.prepareStatement("SELECT merged_into FROM bodies WHERE id = ?")) {
                ps.setLong(1, current);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getObject(1) == null) {
                        return current;
                    }
                    current = rs.getLong(1);
                }
            }
        }
        return current;
    }

    /** Every body not merged into another, by division code then name, with its reports and years. */
    public List<Body> bodies() throws StoreException {
        return db.read("list the bodies", c -> {
            Map<Long, List<Integer>> years = new LinkedHashMap<>();
            Map<Long, Integer> counts = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT body_id, report_year FROM reports WHERE body_id IS NOT NULL "
                         + "AND duplicate_of IS NULL")) {
                while (rs.next()) {
                    long b = rs.getLong(1);
                    counts.merge(b, 1, Integer::sum);
                    Object y = rs.getObject(2);
                    if (y != null) {
                        years.computeIfAbsent(b, k -> new ArrayList<>()).add(((Number) y).intValue());
                    }
                }
            }
            List<Body> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, name, kind, division_code, division_level, candidates, "
                         + "confirmed FROM bodies WHERE merged_into IS NULL "
                         + "ORDER BY division_code NULLS LAST, name, id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(body(rs, counts.getOrDefault(id, 0),
                            new ArrayList<>(new TreeSet<>(years.getOrDefault(id, List.of())))));
                }
            }
            return out;
        });
    }

    public Optional<Body> body(long id) throws StoreException {
        return bodies().stream().filter(b -> b.id() == id).findFirst();
    }

    /** The body of a report (following merges); empty before the report is linked. */
    public Optional<Long> bodyOf(long reportId) throws StoreException {
        return db.read("read a report's body", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body_id FROM reports WHERE id = ?")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getObject(1) != null ? Optional.of(live(c, rs.getLong(1)))
                            : Optional.empty();
                }
            }
        });
    }

    /** The reports of a body (duplicates left out), by year. */
    public List<Long> reportsOf(long bodyId) throws StoreException {
        return db.read("list a body's reports", c -> reportIds(c, bodyId));
    }

    private static List<Long> reportIds(Connection c, long bodyId) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM reports WHERE body_id = ? "
                + "ORDER BY report_year NULLS LAST, id")) {
            ps.setLong(1, bodyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** The reports of a body in the given years. */
    public List<Long> reportsOfYears(long bodyId, Collection<Integer> years) throws StoreException {
        return db.read("list a body's reports", c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, report_year FROM reports WHERE body_id = ? "
                    + "ORDER BY id")) {
                ps.setLong(1, bodyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object y = rs.getObject(2);
                        if (y != null && years.contains(((Number) y).intValue())) {
                            out.add(rs.getLong(1));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** The coder confirms the body as it stands (name, kind, division). */
    public void confirm(long bodyId, String coder) throws StoreException {
        change(bodyId, coder, ACTION_CONFIRM, "UPDATE bodies SET confirmed = TRUE WHERE id = ?", ps -> {
        });
    }

    public void rename(long bodyId, String newName, String coder) throws StoreException {
        String name = requireName(newName);
        change(bodyId, coder, ACTION_RENAME, "UPDATE bodies SET name = ? WHERE id = ?", ps -> ps.setString(1, name));
    }

    /** Sets the body's division (a code of the bundled list; null clears it), e.g. one of an ambiguous name's. */
    public void setDivision(long bodyId, String divisionCode, String coder) throws StoreException {
        Division d = divisionCode == null ? null : divisions.byCode(divisionCode.strip())
                .orElseThrow(() -> new IllegalArgumentException("unknown division code " + divisionCode));
        change(bodyId, coder, ACTION_DIVISION, "UPDATE bodies SET division_code = ?, division_level = ?, "
                + "candidates = NULL WHERE id = ?", ps -> {
            ps.setString(1, d == null ? null : d.code());
            ps.setString(2, d == null ? null : d.level().code());
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Runs an update whose last parameter is the body id, logging before and after for each of its reports. */
    private void change(long bodyId, String coder, String action, String sql, Binder binder) throws StoreException {
        db.write(action + " body " + bodyId, c -> {
            String before = describe(c, bodyId);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                ps.setLong(ps.getParameterMetaData().getParameterCount(), bodyId);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("no body " + bodyId);
                }
            }
            String after = describe(c, bodyId);
            Instant now = Instant.now();
            for (long r : reportIds(c, bodyId)) {
                log(c, r, before, after, coder, now, action);
            }
            return null;
        });
    }

    /** Moves every report of {@code from} to {@code into}; {@code from} is kept, pointing at {@code into}. */
    public void merge(long from, long into, String coder) throws StoreException {
        if (from == into) {
            throw new IllegalArgumentException("a body cannot be merged into itself");
        }
        db.write("merge body " + from + " into " + into, c -> {
            String before = describe(c, from);
            String after = describe(c, into);
            Instant now = Instant.now();
            List<Long> moved = reportIds(c, from);
            try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET body_id = ? WHERE body_id = ?")) {
                ps.setLong(1, into);
                ps.setLong(2, from);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE bodies SET merged_into = ? WHERE id = ?")) {
                ps.setLong(1, into);
                ps.setLong(2, from);
                ps.executeUpdate();
            }
            for (long r : moved) {
                log(c, r, before, after, coder, now, ACTION_MERGE);
            }
            return null;
        });
    }

    /**
     * Moves the given reports of a body to a new body of the same kind and division, named {@code newName}; returns
     * its id. Reports the new body does not hold stay where they are.
     */
    public long split(long bodyId, Collection<Long> reportIds, String newName, String coder) throws StoreException {
        String name = requireName(newName);
        if (reportIds.isEmpty()) {
            throw new IllegalArgumentException("choose the reports that form the new body");
        }
        return db.write("split body " + bodyId, c -> {
            String before = describe(c, bodyId);
            Instant now = Instant.now();
            long created;
            try (PreparedStatement ps = db.dialect().prepareInsertReturningId(c, "INSERT INTO bodies (name, kind, "
                    + "division_code, division_level, match_key, confirmed, created_at) SELECT ?, kind, division_code, "
                    + "division_level, CONCAT(match_key, '#split', ?), TRUE, ? FROM bodies WHERE id = ?", "id")) {
                ps.setString(1, name);
                ps.setString(2, Long.toString(now.toEpochMilli()));
                ps.setObject(3, Times.toDb(now));
                ps.setLong(4, bodyId);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("no body " + bodyId);
                }
                created = db.dialect().generatedId(ps);
            }
            String after = describe(c, created);
            for (long r : reportIds) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE reports SET body_id = ?, body_source = 'user' WHERE id = ? AND body_id = ?")) {
                    ps.setLong(1, created);
                    ps.setLong(2, r);
                    ps.setLong(3, bodyId);
                    if (ps.executeUpdate() == 1) {
                        log(c, r, before, after, coder, now, ACTION_SPLIT);
                    }
                }
            }
            return created;
        });
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a body needs a name");
        }
        return name.strip();
    }

    private static void setBody(Connection c, long reportId, long bodyId, String source) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET body_id = ?, body_source = ? WHERE id = ?")) {
            ps.setLong(1, bodyId);
            ps.setString(2, source);
            ps.setLong(3, reportId);
            ps.executeUpdate();
        }
    }

    /** A body as the audit log shows it: {@code #12 洪泽区人民政府 [320813] government}. */
    static String describe(Connection c, long bodyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, kind, division_code, confirmed FROM bodies WHERE id = ?")) {
            ps.setLong(1, bodyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no body " + bodyId);
                }
                return "#" + bodyId + " " + rs.getString(1) + " [" + (rs.getString(3) == null ? "?" : rs.getString(3))
                        + "] " + rs.getString(2) + (rs.getBoolean(4) ? " confirmed" : "");
            }
        }
    }

    static void log(Connection c, long reportId, String before, String after, String coder, Instant at, String action)
            throws SQLException {
        AuditWriter.append(c, reportId, FIELD, before == null ? null : state(before), state(after), coder, at, action,
                null, null);
    }

    private static FigureState state(String value) {
        return new FigureState(value, null, null, null, null, null);
    }

    private static Body body(ResultSet rs, int reports, List<Integer> years) throws SQLException {
        String candidates = rs.getString(6);
        String level = rs.getString(5);
        return new Body(rs.getLong(1), rs.getString(2), BodyKind.fromCode(rs.getString(3)), rs.getString(4),
                level == null ? null : DivisionLevel.fromCode(level),
                candidates == null ? List.of() : Arrays.asList(candidates.split(" ")), rs.getBoolean(7), reports,
                years);
    }
}
