package org.ogireview.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Moves a whole project from one database to another (H2 to PostgreSQL and back, or H2 to H2): every table the
 * migrations made, the audit log included with its ids, so undo, redo and the history read the same there. Both
 * databases are opened by the app first, so both have the same schema; the target must hold no reports. Tables are
 * copied parents first (from the foreign keys); a column pointing into its own table (a body merged into a later
 * one, a report that duplicates a later one) is filled in a second pass, except in the append-only audit log, where
 * an entry only ever points back to an earlier one. Then the identity counters are moved past the copied ids and the
 * copy is verified: for every table the row count and a SHA-256 over all its rows in key order, each value in one
 * canonical form (timestamps as instants, texts as written, binaries by their bytes), must be the same on both sides.
 */
public final class ProjectCopy {

    private static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 500;

    /** One table's count and checksum on both sides. */
    public record TableCheck(String table, long sourceRows, long targetRows, String sourceSum, String targetSum) {
        public boolean same() {
            return sourceRows == targetRows && sourceSum.equals(targetSum);
        }
    }

    /** What was copied and whether the copy reads back the same. */
    public record Result(List<TableCheck> tables) {
        public boolean verified() {
            return tables.stream().allMatch(TableCheck::same);
        }

        public long rows() {
            return tables.stream().mapToLong(TableCheck::targetRows).sum();
        }
    }

    private ProjectCopy() {
    }

    /** Copies everything from {@code source} into the empty {@code target}, then verifies it; progress per table. */
    public static Result copy(Database source, Database target, Consumer<String> progress) throws StoreException {
        if (target.isReadOnly()) {
            throw new StoreException("Cannot copy into " + target.location() + ": " + target.readOnlyReason());
        }
        List<Table> tables = source.read("read the tables of", ProjectCopy::tables);
        List<Table> targetTables = target.read("read the tables of", ProjectCopy::tables);
        Set<String> targetNames = new LinkedHashSet<>();
        targetTables.forEach(t -> targetNames.add(t.name()));
        for (Table t : tables) {
            if (!targetNames.contains(t.name())) {
                throw new StoreException(target.location() + " has no table " + t.name() + ": it was made by an "
                        + "older version of OGI Report Review. Open it once with this version, then copy again.");
            }
        }
        long already = target.read("count the reports of", c -> count(c, "reports"));
        if (already > 0) {
            throw new StoreException(target.location() + " already holds " + already + " reports: a copy goes into "
                    + "a new, empty database (a new file, or a new database on the server: createdb NAME).");
        }
        target.write("copy into", c -> {
            try (Connection from = source.connection()) {
                from.setAutoCommit(false); // PostgreSQL streams a result by the fetch size only inside a transaction
                for (Table t : tables) {
                    progress.accept(t.name());
                    copyTable(from, c, t);
                }
                for (Table t : tables) {
                    if (!t.selfReferences().isEmpty() && !t.name().equals("audit_log")) {
                        fillSelfReferences(from, c, t);
                    }
                }
                for (Table t : tables) {
                    restartIdentity(target, c, t);
                }
                from.rollback();
                from.setAutoCommit(true);
            }
            return null;
        });
        return verify(source, target, tables);
    }

    /** Compares every table of two databases by count and checksum. */
    public static Result verify(Database source, Database target) throws StoreException {
        return verify(source, target, source.read("read the tables of", ProjectCopy::tables));
    }

    private static Result verify(Database source, Database target, List<Table> tables) throws StoreException {
        List<TableCheck> out = new ArrayList<>();
        for (Table t : tables) {
            String[] a = source.read("check", c -> checksum(c, t));
            String[] b = target.read("check", c -> checksum(c, t));
            out.add(new TableCheck(t.name(), Long.parseLong(a[0]), Long.parseLong(b[0]), a[1], b[1]));
        }
        return new Result(out);
    }

    // ------------------------------------------------------------------------------------------------ the tables

    /** A table: its columns (in the order of the source), key columns, the tables it refers to, self-references. */
    record Table(String name, List<String> columns, List<Integer> types, List<String> key, Set<String> parents,
                 Set<String> selfReferences, String identity) {
    }

    /** Every table of the app's schema, parents before children. */
    static List<Table> tables(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")
                ? "PUBLIC" : "public";
        Map<String, Table> byName = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                String n = rs.getString("TABLE_NAME");
                if (!n.equalsIgnoreCase(HISTORY)) {
                    names.add(n);
                }
            }
        }
        for (String n : names) {
            List<String> cols = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            String identity = null;
            try (ResultSet rs = md.getColumns(null, schema, n, "%")) {
                while (rs.next()) {
                    String col = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    cols.add(col);
                    types.add(type(rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME")));
                    if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
                        identity = col;
                    }
                }
            }
            List<String> key = new ArrayList<>();
            Map<Integer, String> keyBySeq = new java.util.TreeMap<>();
            try (ResultSet rs = md.getPrimaryKeys(null, schema, n)) {
                while (rs.next()) {
                    keyBySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            key.addAll(keyBySeq.values());
            if (key.isEmpty()) {
                key.addAll(cols); // no primary key: every column orders the rows
            }
            Set<String> parents = new LinkedHashSet<>();
            Set<String> self = new LinkedHashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, schema, n)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (parent.equalsIgnoreCase(n)) {
                        self.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                    } else {
                        parents.add(parent);
                    }
                }
            }
            String lower = n.toLowerCase(Locale.ROOT);
            byName.put(lower, new Table(lower, cols, types, key, parents, self, identity));
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (ordered.size() < byName.size()) {
            boolean progressed = false;
            for (Table t : byName.values()) {
                if (!done.contains(t.name()) && done.containsAll(t.parents().stream()
                        .filter(byName::containsKey).toList())) {
                    ordered.add(t);
                    done.add(t.name());
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new SQLException("the tables refer to each other in a circle: " + byName.keySet());
            }
        }
        return ordered;
    }

    /** The kinds of value that need their own getter: texts, binaries, timestamps with zone, dates. */
    private static int type(int jdbc, String name) {
        String n = String.valueOf(name).toLowerCase(Locale.ROOT);
        if (jdbc == Types.TIMESTAMP_WITH_TIMEZONE || n.contains("timestamptz") || n.contains("with time zone")) {
            return Types.TIMESTAMP_WITH_TIMEZONE;
        }
        if (jdbc == Types.CLOB || jdbc == Types.LONGVARCHAR || n.equals("text") || n.contains("character large")) {
            return Types.CLOB;
        }
        if (jdbc == Types.BLOB || jdbc == Types.BINARY || jdbc == Types.VARBINARY || jdbc == Types.LONGVARBINARY
                || n.equals("bytea")) {
            return Types.BLOB;
        }
        return jdbc;
    }

    private static Object get(ResultSet rs, int i, int type) throws SQLException {
        return switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, OffsetDateTime.class);
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            case Types.CLOB -> rs.getString(i);
            case Types.BLOB -> rs.getBytes(i);
            case Types.BOOLEAN, Types.BIT -> {
                boolean b = rs.getBoolean(i);
                yield rs.wasNull() ? null : b;
            }
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long l = rs.getLong(i);
                yield rs.wasNull() ? null : l;
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                double d = rs.getDouble(i);
                yield rs.wasNull() ? null : d;
            }
            default -> rs.getObject(i);
        };
    }

    private static void set(PreparedStatement ps, int i, int type, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, type == Types.CLOB ? Types.VARCHAR : type == Types.BLOB ? Types.BINARY : type);
        } else if (v instanceof byte[] bytes) {
            ps.setBytes(i, bytes);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else {
            ps.setObject(i, v);
        }
    }

    private static void copyTable(Connection from, Connection to, Table t) throws SQLException {
        boolean deferSelf = !t.selfReferences().isEmpty() && !t.name().equals("audit_log");
        String cols = String.join(", ", t.columns());
        String marks = String.join(", ", java.util.Collections.nCopies(t.columns().size(), "?"));
        String insert = "INSERT INTO " + t.name() + " (" + cols + ")"
                + (t.identity() != null ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES (" + marks + ")";
        try (Statement s = from.createStatement()) {
            s.setFetchSize(BATCH);
            try (ResultSet rs = s.executeQuery("SELECT " + cols + " FROM " + t.name() + " ORDER BY "
                    + String.join(", ", t.key()));
                 PreparedStatement ps = to.prepareStatement(insert)) {
                copyRows(rs, ps, t, deferSelf);
            }
        }
    }

    private static void copyRows(ResultSet rs, PreparedStatement ps, Table t, boolean deferSelf) throws SQLException {
        int n = 0;
        while (rs.next()) {
            for (int i = 0; i < t.columns().size(); i++) {
                Object v = get(rs, i + 1, t.types().get(i));
                if (deferSelf && t.selfReferences().contains(t.columns().get(i))) {
                    v = null;
                }
                set(ps, i + 1, t.types().get(i), v);
            }
            ps.addBatch();
            if (++n % BATCH == 0) {
                ps.executeBatch();
            }
        }
        ps.executeBatch();
    }

    private static void fillSelfReferences(Connection from, Connection to, Table t) throws SQLException {
        for (String col : t.selfReferences()) {
            String where = String.join(" AND ", t.key().stream().map(k -> k + " = ?").toList());
            try (Statement s = from.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + col + ", " + String.join(", ", t.key()) + " FROM "
                         + t.name() + " WHERE " + col + " IS NOT NULL");
                 PreparedStatement ps = to.prepareStatement("UPDATE " + t.name() + " SET " + col + " = ? WHERE "
                         + where)) {
                while (rs.next()) {
                    ps.setObject(1, rs.getObject(1));
                    for (int i = 0; i < t.key().size(); i++) {
                        ps.setObject(i + 2, rs.getObject(i + 2));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** The next id the target hands out comes after the copied ones (else the next import would collide). */
    private static void restartIdentity(Database target, Connection c, Table t) throws SQLException {
        if (t.identity() == null) {
            return;
        }
        long max;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + t.identity() + "), 0) FROM " + t.name())) {
            rs.next();
            max = rs.getLong(1);
        }
        try (Statement s = c.createStatement()) {
            if (target.isServer()) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + t.name() + "', '" + t.identity() + "'), "
                        + Math.max(1, max) + ", " + (max > 0) + ")");
            } else {
                s.execute("ALTER TABLE " + t.name() + " ALTER COLUMN " + t.identity() + " RESTART WITH " + (max + 1));
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** {rows, SHA-256 hex} of a table, every value in one canonical form, rows in key order. */
    private static String[] checksum(Connection c, Table t) throws SQLException {
        MessageDigest sha = sha256();
        long rows = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + String.join(", ", t.columns()) + " FROM " + t.name()
                     + " ORDER BY " + String.join(", ", t.key()))) {
            while (rs.next()) {
                rows++;
                for (int i = 0; i < t.columns().size(); i++) {
                    sha.update(canonical(get(rs, i + 1, t.types().get(i))).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0x1f);
                }
                sha.update((byte) 0x1e);
            }
        }
        return new String[]{Long.toString(rows), HexFormat.of().formatHex(sha.digest())};
    }

    private static String canonical(Object v) {
        if (v == null) {
            return "\u0000";
        }
        if (v instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (v instanceof byte[] b) {
            return "bytes:" + HexFormat.of().formatHex(sha256().digest(b));
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
