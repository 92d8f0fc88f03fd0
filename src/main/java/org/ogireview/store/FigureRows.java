package org.ogireview.store;

import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL of the figures and figure_keys tables. A report's figures sit in a range of ids of their own
 * (id = report_id * FIGURE_SLOTS + slot, migration V1), so a report's figures are one range scan.
 */
final class FigureRows {

    /** Figure ids per report: id = report_id * FIGURE_SLOTS + slot (migration V1). */
    static final long FIGURE_SLOTS = 65_536;
    static final String FIGURE_COLUMNS = "report_id, field_key, figure_value, qualifier, status, span_start, "
            + "span_end, snippet, confidence, extracted_value, extracted_qualifier, coder, changed_at";

    private final SqlDialect dialect;
    /** Keys known to be in figure_keys, so a batch only writes the new ones. */
    private final Set<String> knownKeys = ConcurrentHashMap.newKeySet();

    FigureRows(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** The id of a report's first figure slot (see the figures table in migration V1). */
    static long firstSlot(long reportId) {
        return reportId * FIGURE_SLOTS;
    }

    /** Inserts a new report's figures in its slots and adds their keys to figure_keys. */
    void insertAll(Connection c, long reportId, List<ExtractedFigure> all, Set<String> freshKeys)
            throws SQLException {
        if (all.size() >= FIGURE_SLOTS) {
            throw new SQLException("the report has " + all.size() + " figures; at most " + (FIGURE_SLOTS - 1)
                    + " can be stored");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO figures (id, " + FIGURE_COLUMNS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)")) {
            long slot = firstSlot(reportId);
            for (ExtractedFigure f : all) {
                Figure fig = Figure.fromExtracted(f);
                ps.setLong(1, slot++);
                ps.setLong(2, reportId);
                bindFigure(ps, 3, fig);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        rememberKeys(c, all.stream().map(ExtractedFigure::key).toList(), freshKeys);
    }

    /** Marks keys as written once their transaction committed (see {@link #rememberKeys}). */
    void committed(Set<String> freshKeys) {
        knownKeys.addAll(freshKeys);
    }

    /**
     * Adds the keys not yet in figure_keys. {@code knownKeys} is only a shortcut, filled once a transaction has
     * committed (a key remembered from a rolled-back batch would otherwise never be written); {@code fresh} collects
     * this transaction's new keys for that.
     */
    private void rememberKeys(Connection c, List<String> keys, Set<String> fresh) throws SQLException {
        List<String> add = new ArrayList<>();
        for (String k : keys) {
            if (!knownKeys.contains(k) && fresh.add(k)) {
                add.add(k);
            }
        }
        if (add.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(upsertKey())) {
            for (String k : add) {
                ps.setString(1, k);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private String upsertKey() {
        return dialect.upsert("figure_keys", List.of("field_key"), List.of("field_key"));
    }

    /** A report's figures with who changed each last, in catalogue order. */
    static List<StoredFigure> ofReport(Connection c, long reportId) throws SQLException {
        List<StoredFigure> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FIGURE_COLUMNS
                + " FROM figures WHERE id >= ? AND id < ?")) {
            ps.setLong(1, firstSlot(reportId));
            ps.setLong(2, firstSlot(reportId + 1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(storedFigure(rs));
                }
            }
        }
        sortFigures(out);
        return out;
    }

    static StoredFigure load(Connection c, long reportId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FIGURE_COLUMNS
                + " FROM figures WHERE report_id = ? AND field_key = ?")) {
            ps.setLong(1, reportId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? storedFigure(rs) : null;
            }
        }
    }

    /** Updates the figure of this key, or adds it in the report's next free slot. */
    void write(Connection c, long reportId, Figure f, String coder, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE figures SET figure_value = ?, qualifier = ?, "
                + "status = ?, span_start = ?, span_end = ?, snippet = ?, confidence = ?, extracted_value = ?, "
                + "extracted_qualifier = ?, coder = ?, changed_at = ? WHERE report_id = ? AND field_key = ?")) {
            ps.setString(1, f.value());
            ps.setString(2, f.qualifier().code());
            ps.setString(3, f.status().code());
            ps.setInt(4, f.start());
            ps.setInt(5, f.end());
            ps.setString(6, f.snippet());
            ps.setDouble(7, f.confidence());
            ps.setString(8, f.extractedValue());
            ps.setString(9, f.extractedQualifier().code());
            ps.setString(10, coder);
            ps.setObject(11, Times.toDb(at));
            ps.setLong(12, reportId);
            ps.setString(13, f.key());
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        long slot = firstSlot(reportId);
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM figures WHERE id >= ? AND id < ?")) {
            ps.setLong(1, firstSlot(reportId));
            ps.setLong(2, firstSlot(reportId + 1));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    slot = rs.getLong(1) + 1;
                }
            }
        }
        if (slot >= firstSlot(reportId + 1)) {
            throw new SQLException("report " + reportId + " has no room for another figure");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO figures (id, " + FIGURE_COLUMNS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, slot);
            ps.setLong(2, reportId);
            bindFigure(ps, 3, f);
            ps.setString(13, coder);
            ps.setObject(14, Times.toDb(at));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(upsertKey())) {
            ps.setString(1, f.key());
            ps.executeUpdate();
        }
    }

    static void delete(Connection c, long reportId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM figures WHERE report_id = ? AND field_key = ?")) {
            ps.setLong(1, reportId);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    /** Binds key .. extracted_qualifier (10 parameters) from {@code first}. */
    private static void bindFigure(PreparedStatement ps, int first, Figure f) throws SQLException {
        ps.setString(first, f.key());
        ps.setString(first + 1, f.value());
        ps.setString(first + 2, f.qualifier().code());
        ps.setString(first + 3, f.status().code());
        ps.setInt(first + 4, f.start());
        ps.setInt(first + 5, f.end());
        ps.setString(first + 6, f.snippet());
        ps.setDouble(first + 7, f.confidence());
        ps.setString(first + 8, f.extractedValue());
        ps.setString(first + 9, f.extractedQualifier().code());
    }

    static void sortFigures(List<StoredFigure> figures) {
        FieldOrder.standard().sort(figures, f -> f.figure().key());
    }

    /** A row of {@link #FIGURE_COLUMNS}. */
    static StoredFigure storedFigure(ResultSet rs) throws SQLException {
        Figure f = new Figure(rs.getString(2), rs.getString(3), Qualifier.fromCode(rs.getString(4)),
                FigureStatus.fromCode(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getString(8),
                rs.getDouble(9), rs.getString(10), Qualifier.fromCode(rs.getString(11)));
        return new StoredFigure(f, rs.getString(12), Times.fromDb(rs, 13));
    }
}
