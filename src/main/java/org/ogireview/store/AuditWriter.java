package org.ogireview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Appends to audit_log (the only statement that ever touches it besides SELECT) and reads its rows back. */
final class AuditWriter {

    /** The columns {@link #entry} reads, on the log aliased {@code a}. */
    static final String COLUMNS = "a.id, a.report_id, a.field_key, a.old_value, a.old_qualifier, "
            + "a.old_status, a.new_value, a.new_qualifier, a.new_status, a.coder, a.changed_at, a.action, a.reverts, "
            + "a.check_rule";

    private AuditWriter() {
    }

    static void append(Connection c, long reportId, String key, FigureState old, FigureState now, String coder,
                       Instant at, String action, Long reverts, String checkRule) throws SQLException {
        append(c, reportId, key, old, now, coder, at, action, reverts, checkRule, null, null);
    }

    /** The one INSERT into the audit log; {@code role} and {@code note} are double coding's (V8), else null. */
    static void append(Connection c, long reportId, String key, FigureState old, FigureState now, String coder,
                       Instant at, String action, Long reverts, String checkRule, String role, String note)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (report_id, field_key, old_value, "
                + "old_qualifier, old_status, old_start, old_end, old_snippet, new_value, new_qualifier, new_status, "
                + "new_start, new_end, new_snippet, coder, changed_at, action, reverts, check_rule, coding_role, "
                + "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, reportId);
            ps.setString(2, key);
            bind(ps, 3, old);
            bind(ps, 9, now);
            ps.setString(15, coder);
            ps.setObject(16, Times.toDb(at));
            ps.setString(17, action);
            if (reverts == null) {
                ps.setNull(18, Types.BIGINT);
            } else {
                ps.setLong(18, reverts);
            }
            ps.setString(19, checkRule);
            ps.setString(20, role);
            ps.setString(21, note);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, int first, FigureState s) throws SQLException {
        ps.setString(first, s == null ? null : s.value());
        ps.setString(first + 1, s == null ? null : s.qualifier());
        ps.setString(first + 2, s == null ? null : s.status());
        ps.setObject(first + 3, s == null ? null : s.start(), Types.INTEGER);
        ps.setObject(first + 4, s == null ? null : s.end(), Types.INTEGER);
        ps.setString(first + 5, s == null ? null : s.snippet());
    }

    /** An entry from a row holding the columns of H2ReportStore's AUDIT_COLUMNS. */
    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getLong("report_id"), rs.getString("field_key"),
                rs.getString("old_value"), rs.getString("old_qualifier"), rs.getString("old_status"),
                rs.getString("new_value"), rs.getString("new_qualifier"), rs.getString("new_status"),
                rs.getString("coder"), Times.fromDb(rs, "changed_at"), rs.getString("action"));
    }

    /** The state on one side of an entry ("old" or "new"); null when that side is empty (the figure did not exist). */
    static FigureState state(ResultSet rs, String side) throws SQLException {
        String status = rs.getString(side + "_status");
        if (status == null) {
            return null;
        }
        return new FigureState(rs.getString(side + "_value"), rs.getString(side + "_qualifier"), status,
                (Integer) rs.getObject(side + "_start", Integer.class),
                (Integer) rs.getObject(side + "_end", Integer.class), rs.getString(side + "_snippet"));
    }
}
