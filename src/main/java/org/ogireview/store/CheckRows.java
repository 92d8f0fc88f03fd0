package org.ogireview.store;

import org.ogireview.model.CheckMark;
import org.ogireview.model.Finding;
import org.ogireview.model.Severity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The SQL of the check_findings and check_marks tables. */
final class CheckRows {

    static final String FINDING_COLUMNS = "report_id, rule, severity, fields, ran, failed, message_zh, message_en";
    static final String MARK_COLUMNS = "report_id, rule, fields, as_published, note, coder, marked_at";
    static final List<String> MARK_COLUMN_LIST = List.of("report_id", "rule", "fields", "as_published", "note",
            "coder", "marked_at");
    /** Failed findings with no "as published" mark on them (the same test as the open-check count). */
    static final String OPEN_FAILURES = "SELECT f.rule, f.report_id FROM check_findings f WHERE f.failed "
            + "AND NOT EXISTS (SELECT 1 FROM check_marks m WHERE m.report_id = f.report_id AND m.rule = f.rule "
            + "AND m.fields = f.fields AND m.as_published)";

    private CheckRows() {
    }

    static void insertFindings(Connection c, long reportId, List<Finding> findings) throws SQLException {
        if (findings.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO check_findings (report_id, seq, rule, severity, "
                + "fields, ran, failed, message_zh, message_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Finding f : findings) {
                ps.setLong(1, reportId);
                ps.setInt(2, seq++);
                ps.setString(3, f.rule());
                ps.setString(4, f.severity().code());
                ps.setString(5, f.fieldList());
                ps.setBoolean(6, f.ran());
                ps.setBoolean(7, f.failed());
                ps.setString(8, f.messageZh() == null ? "" : f.messageZh());
                ps.setString(9, f.messageEn() == null ? "" : f.messageEn());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void deleteFindings(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM check_findings WHERE report_id = ?")) {
            ps.setLong(1, reportId);
            ps.executeUpdate();
        }
    }

    /** A row of {@link #FINDING_COLUMNS}. */
    static Finding finding(ResultSet rs) throws SQLException {
        return new Finding(rs.getString(2), severity(rs.getString(3)), fieldKeys(rs.getString(4)), rs.getBoolean(5),
                rs.getBoolean(6), rs.getString(7), rs.getString(8));
    }

    /** A finding without its messages (which the export does not show): columns 2-6 of the export's query. */
    static Finding findingForExport(ResultSet rs) throws SQLException {
        return new Finding(rs.getString(2), severity(rs.getString(3)), fieldKeys(rs.getString(4)), rs.getBoolean(5),
                rs.getBoolean(6), "", "");
    }

    /** A row of {@link #MARK_COLUMNS}. */
    static CheckMark mark(ResultSet rs) throws SQLException {
        return new CheckMark(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
                rs.getString(6), Times.fromDb(rs, 7));
    }

    private static List<String> fieldKeys(String fields) {
        return fields.isBlank() ? List.of() : List.of(fields.split(" "));
    }

    private static Severity severity(String code) {
        for (Severity s : Severity.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return Severity.WARNING;
    }
}
