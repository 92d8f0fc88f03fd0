package org.ogireview.store;

import org.ogireview.model.OwnField;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The own_fields table (migration V6): the label as a report writes it and the unit, for each report-specific key
 * of the report. The figure under the key is an ordinary row of the figures table.
 */
final class OwnFieldTable {

    private static final int MAX_LABEL = 1000;
    private static final int MAX_UNIT = 40;

    private OwnFieldTable() {
    }

    /** Adds or replaces the rows of these fields (in the caller's transaction). */
    static void put(Connection c, SqlDialect dialect, long reportId, Collection<OwnField> fields) throws SQLException {
        if (fields.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(dialect.upsert("own_fields",
                List.of("report_id", "field_key", "label", "unit"), List.of("report_id", "field_key")))) {
            for (OwnField f : fields) {
                ps.setLong(1, reportId);
                ps.setString(2, f.key());
                ps.setString(3, cut(f.label(), MAX_LABEL));
                ps.setString(4, cut(f.unit(), MAX_UNIT));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The report's own fields by key. */
    static Map<String, OwnField> of(Connection c, long reportId) throws SQLException {
        Map<String, OwnField> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT field_key, label, unit FROM own_fields "
                + "WHERE report_id = ? ORDER BY field_key")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new OwnField(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    /** Every report's own fields: report id to key to field (the long export reads them once, up front). */
    static Map<Long, Map<String, OwnField>> all(Connection c) throws SQLException {
        Map<Long, Map<String, OwnField>> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT report_id, field_key, label, unit FROM own_fields")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), new OwnField(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
