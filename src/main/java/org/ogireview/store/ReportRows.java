package org.ogireview.store;

import org.ogireview.model.Figure;
import org.ogireview.model.ReportFormat;
import org.ogireview.model.ReviewState;
import org.ogireview.model.StoredText;
import org.ogireview.model.UserText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** The SQL of the reports table: the new row of an import, the list's summary columns, the counts kept in step. */
final class ReportRows {

    static final String SUMMARY_COLUMNS = "id, file_name, region, report_year, format, figure_count, "
            + "reviewed_count, open_checks, review_state, needs_manual, needs_manual_text";

    private ReportRows() {
    }

    /** Inserts the report row (figure_count as given, reviewed_count 0, state NEW); its new id. */
    static long insert(Connection c, SqlDialect dialect, NewReport r, int openChecks, Instant now)
            throws SQLException {
        try (PreparedStatement ps = dialect.prepareInsertReturningId(c, "INSERT INTO reports (sha256, file_name, "
                + "source_path, source_kind, charset, report_text, region, report_year, published_on, format, "
                + "needs_manual, original, imported_at, figure_count, reviewed_count, open_checks, review_state, "
                + "needs_manual_text, import_notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                "id")) {
            ps.setString(1, r.sha256());
            ps.setString(2, r.fileName());
            ps.setString(3, r.sourcePath());
            ps.setString(4, r.sourceKind());
            ps.setString(5, r.charset());
            ps.setString(6, r.text());
            ps.setString(7, r.region());
            setInteger(ps, 8, r.year());
            ps.setObject(9, r.publishedOn());
            ps.setString(10, r.format() == null ? null : r.format().code());
            ps.setString(11, r.needsManual() == null ? null : r.needsManual().en());
            if (r.original() == null) {
                ps.setNull(12, Types.BLOB);
            } else {
                ps.setBytes(12, r.original());
            }
            ps.setObject(13, Times.toDb(now));
            ps.setInt(14, r.figures().size());
            ps.setInt(15, openChecks);
            ps.setString(16, ReviewState.NEW.code());
            ps.setString(17, StoredText.encode(r.needsManual()));
            ps.setString(18, StoredText.encodeAll(r.notes()));
            ps.executeUpdate();
            return dialect.generatedId(ps);
        }
    }

    static Optional<Long> idBySha256(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM reports WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    static void requireReport(Connection c, Database db, long reportId) throws SQLException, StoreException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM reports WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(new org.ogireview.model.UserText("store.reportMissing", reportId, db.location()));
                }
            }
        }
    }

    /**
     * Like {@link #requireReport}, and locks the report's row until the transaction ends, so that saves of one
     * report's figures by several coders (several processes on a team database) follow one another: each sees the
     * figure as the one before left it, and new figures never race for the same slot.
     */
    static void lockReport(Connection c, Database db, long reportId) throws SQLException, StoreException {
        if (!lock(c, reportId)) {
            throw new StoreException(new org.ogireview.model.UserText("store.reportMissing", reportId, db.location()));
        }
    }

    /** Locks the report's row (see {@link #lockReport}); false when there is no such report. */
    static boolean lock(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM reports WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Keeps the report row in step after a figure changed: the metadata columns for a report.* key (null when the
     * figure is gone, blank or not stated), the figure counts, and NEW becomes IN_PROGRESS once a coder acts.
     */
    static void afterFigureChange(Connection c, long reportId, String key, Figure now, boolean byCoder)
            throws SQLException {
        String column = switch (key) {
            case "report.region" -> "region";
            case "report.year" -> "report_year";
            case "report.published_on" -> "published_on";
            case "report.format" -> "format";
            default -> null;
        };
        if (column != null) {
            Object value = now == null ? null : ReportMetadata.columnValue(key, now);
            try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET " + column + " = ? WHERE id = ?")) {
                ps.setObject(1, value);
                ps.setLong(2, reportId);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET "
                + "figure_count = (SELECT COUNT(*) FROM figures WHERE id >= ? AND id < ?), "
                + "reviewed_count = (SELECT COUNT(*) FROM figures WHERE id >= ? AND id < ? AND status <> 'auto'), "
                + "review_state = CASE WHEN review_state = 'new' AND ? THEN 'in_progress' ELSE review_state END "
                + "WHERE id = ?")) {
            ps.setLong(1, FigureRows.firstSlot(reportId));
            ps.setLong(2, FigureRows.firstSlot(reportId + 1));
            ps.setLong(3, FigureRows.firstSlot(reportId));
            ps.setLong(4, FigureRows.firstSlot(reportId + 1));
            ps.setBoolean(5, byCoder);
            ps.setLong(6, reportId);
            ps.executeUpdate();
        }
    }

    /** Counts the failed findings with no "as published" mark on them into the report row. */
    static void recountOpenChecks(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET open_checks = (SELECT COUNT(*) "
                + "FROM check_findings f WHERE f.report_id = ? AND f.failed AND NOT EXISTS (SELECT 1 FROM "
                + "check_marks m WHERE m.report_id = f.report_id AND m.rule = f.rule AND m.fields = f.fields "
                + "AND m.as_published)) WHERE id = ?")) {
            ps.setLong(1, reportId);
            ps.setLong(2, reportId);
            ps.executeUpdate();
        }
    }

    /** A row of {@link #SUMMARY_COLUMNS}. */
    static ReportSummary summary(ResultSet rs) throws SQLException {
        return new ReportSummary(rs.getLong(1), rs.getString(2), rs.getString(3), integer(rs, 4),
                format(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                ReviewState.fromCode(rs.getString(9)), needsManual(rs.getString(10), rs.getString(11)));
    }

    static ReportFormat format(String code) {
        if (code == null) {
            return null;
        }
        try {
            return ReportFormat.fromCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    /**
     * Why a report needs manual coding: its stored key and arguments, or (a database from before V10 whose English
     * was not recognised) the English as it was written; null when it does not.
     */
    static UserText needsManual(String english, String stored) {
        return stored != null ? StoredText.decode(stored) : english == null ? null : UserText.plain(english);
    }
}
