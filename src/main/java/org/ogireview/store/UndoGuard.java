package org.ogireview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a coder's undo or redo may write (docs/decisions/0330): only when nobody else changed the figure
 * after the coder's change, and the figure is still as that change (or its undo) left it. Otherwise the step would
 * silently overwrite someone's later work: it is refused, and the refusal is appended to the audit log the way a
 * refused save is (the figure as it stayed for old, what the step would have written for new, the change for
 * reverts).
 */
final class UndoGuard {

    private UndoGuard() {
    }

    /**
     * Who else changed the dataset figure after entry {@code since}: the latest such coder, or empty. Agreed and
     * adjudicated values count (they write the figure); double coders' own values do not (they live apart).
     */
    static Optional<String> laterDatasetChange(Connection c, long reportId, String key, long since, String who)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coder FROM audit_log WHERE report_id = ? "
                + "AND field_key = ? AND id > ? AND coder <> ? AND action NOT IN (?, ?, ?, ?, ?) "
                + "AND (coding_role IS NULL OR coding_role IN (?, ?)) ORDER BY id DESC")) {
            ps.setMaxRows(1);
            ps.setLong(1, reportId);
            ps.setString(2, key);
            ps.setLong(3, since);
            ps.setString(4, who);
            ps.setString(5, AuditActions.IMPORT);
            ps.setString(6, AuditActions.CHECK_MARK);
            ps.setString(7, AuditActions.CONFLICT);
            ps.setString(8, AuditActions.UNDO_CONFLICT);
            ps.setString(9, AuditActions.REDO_CONFLICT);
            ps.setString(10, CodingStore.AGREEMENT);
            ps.setString(11, CodingStore.ADJUDICATOR);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Null when the step may write; otherwise who changed the figure (from the log, else as the figure row names
     * them, else "?").
     */
    static String refusedBecause(Optional<String> laterBy, FigureState now, FigureState expected,
                                 String rowCoder) {
        if (laterBy.isPresent()) {
            return laterBy.get();
        }
        if (!Objects.equals(now, expected)) {
            return rowCoder == null ? "?" : rowCoder;
        }
        return null;
    }

    /** Appends the refused step to the audit log, in the caller's transaction, and returns the exception. */
    static UndoConflictException refuse(Connection c, boolean undo, long reportId, UndoHistory.Change change,
                                        FigureState now, FigureState wanted, org.ogireview.model.Figure current,
                                        String who, String changedBy, String role) throws SQLException {
        AuditWriter.append(c, reportId, change.key(), now, wanted, who, java.time.Instant.now(),
                undo ? AuditActions.UNDO_CONFLICT : AuditActions.REDO_CONFLICT, change.entryId(), null, role, null);
        return new UndoConflictException(undo, reportId, change.key(), wanted, current, changedBy);
    }
}
