package org.ogireview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The undo and redo stacks of one report, replayed from its audit log: a figure change pushes onto the done stack
 * and clears the undone one; an undo entry moves the change it reverts to the undone stack; a redo entry moves it
 * back. Undo and redo entries always point at the original change, so the stacks hold changes only.
 */
final class UndoHistory {

    /** One undoable figure change: its entry, the key, and the figure's state before and after (null: absent). */
    record Change(long entryId, String key, FigureState before, FigureState after) {
    }

    private final Deque<Long> done = new ArrayDeque<>();
    private final Deque<Long> undone = new ArrayDeque<>();
    private final Map<Long, Change> changes = new HashMap<>();

    static UndoHistory load(Connection c, long reportId) throws SQLException {
        UndoHistory h = new UndoHistory();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, action, reverts, field_key, old_value, "
                + "old_qualifier, old_status, old_start, old_end, old_snippet, new_value, new_qualifier, new_status, "
                + "new_start, new_end, new_snippet FROM audit_log WHERE report_id = ? AND action NOT IN (?, ?, ?) "
                + "AND LEFT(action, 5) <> 'body_' AND coding_role IS NULL ORDER BY id")) {
            ps.setLong(1, reportId);
            ps.setString(2, H2ReportStore.ACTION_IMPORT);
            ps.setString(3, H2ReportStore.ACTION_CHECK_MARK);
            ps.setString(4, AuditActions.CONFLICT); // a refused save changed nothing: nothing to undo
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    String action = rs.getString("action");
                    long reverts = rs.getLong("reverts");
                    if (H2ReportStore.ACTION_UNDO.equals(action)) {
                        h.done.remove(reverts);
                        h.undone.push(reverts);
                    } else if (H2ReportStore.ACTION_REDO.equals(action)) {
                        h.undone.remove(reverts);
                        h.done.push(reverts);
                    } else {
                        h.changes.put(id, new Change(id, rs.getString("field_key"), AuditWriter.state(rs, "old"),
                                AuditWriter.state(rs, "new")));
                        h.done.push(id);
                        h.undone.clear();
                    }
                }
            }
        }
        return h;
    }

    Optional<Change> nextUndo() {
        return done.isEmpty() ? Optional.empty() : Optional.of(changes.get(done.peek()));
    }

    Optional<Change> nextRedo() {
        return undone.isEmpty() ? Optional.empty() : Optional.of(changes.get(undone.peek()));
    }
}
