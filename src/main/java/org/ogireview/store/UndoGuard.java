package org.ogireview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
     * Who else has a change of the dataset figure after entry {@code since} still in force: the latest such coder,
     * or empty. A later change its own coder has since undone no longer counts (their work is gone, nothing of it can
     * be overwritten); an undo or redo of an older change counts as a change. Agreed and adjudicated values count
     * (they write the figure); double coders' own values do not (they live apart, table coder_figures).
     */
    static Optional<String> laterDatasetChange(Connection c, long reportId, String key, long since, String who)
            throws SQLException {
        Map<Long, String> inForce = new LinkedHashMap<>();
        Set<Long> laterChanges = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, coder, action, reverts FROM audit_log "
                + "WHERE report_id = ? AND field_key = ? AND id > ? AND coder <> ? AND " + AuditActions.MAY_CHANGE_FIGURE
                + " AND (coding_role IS NULL OR coding_role IN (?, ?)) ORDER BY id")) {
            ps.setLong(1, reportId);
            ps.setString(2, key);
            ps.setLong(3, since);
            ps.setString(4, who);
            ps.setString(5, CodingStore.AGREEMENT);
            ps.setString(6, CodingStore.ADJUDICATOR);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String coder = rs.getString(2);
                    String action = rs.getString(3);
                    long reverts = rs.getLong(4);
                    if (AuditActions.UNDO.equals(action) && laterChanges.contains(reverts)) {
                        inForce.remove(reverts);
                    } else if (AuditActions.REDO.equals(action) && laterChanges.contains(reverts)) {
                        inForce.put(reverts, coder);
                    } else {
                        laterChanges.add(id);
                        inForce.put(id, coder);
                    }
                }
            }
        }
        return inForce.entrySet().stream().max(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
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
