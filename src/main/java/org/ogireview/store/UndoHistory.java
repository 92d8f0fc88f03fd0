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
 * One coder's undo and redo stacks of one report, replayed from its audit log: a change of theirs pushes onto the
 * done stack and clears the undone one; an undo entry of theirs moves the change it reverts to the undone stack; a
 * redo entry moves it back. Undo and redo entries always point at the original change, so the stacks hold changes
 * only. Only the coder's own entries are read: on a team database (or a file used under several names) a coder's
 * undo never takes back another coder's change (docs/decisions/0330).
 * <p>
 * Two histories are kept apart: the dataset's (entries without a coding role: the desk's edits) and, on a report the
 * coder double codes, their own coded values (entries in the role first_coder or second_coder, table coder_figures).
 */
final class UndoHistory {

    /**
     * One undoable change: its entry, the key, the figure's state before and after (null: absent), and the latest
     * entry of the coder that concerned it (the change itself, or their latest undo or redo of it): a change of the
     * figure by anyone else after that one is a later change the undo must not overwrite.
     */
    record Change(long entryId, String key, FigureState before, FigureState after, long lastTouched) {
    }

    /** Which of the coder's entries form the history. */
    enum Kind {
        /** The dataset (table figures): the desk's edits, never a double coder's values nor agreements. */
        DATASET("coding_role IS NULL"),
        /** A double coder's own values (table coder_figures). */
        CODING("coding_role IN ('" + CodingStore.FIRST + "', '" + CodingStore.SECOND + "')");

        final String condition;

        Kind(String condition) {
            this.condition = condition;
        }
    }

    private final Deque<Long> done = new ArrayDeque<>();
    private final Deque<Long> undone = new ArrayDeque<>();
    private final Map<Long, Change> changes = new HashMap<>();
    private final Map<Long, Long> touched = new HashMap<>();

    /** The dataset history of one coder. */
    static UndoHistory load(Connection c, long reportId, String coder) throws SQLException {
        return load(c, reportId, coder, Kind.DATASET);
    }

    /** True when any coder has a dataset change of the report to undo (or an undone one to redo). */
    static boolean anyCoder(Connection c, long reportId, boolean undo) throws SQLException {
        java.util.List<String> coders = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT coder FROM audit_log WHERE report_id = ? "
                + "AND field_key <> ? AND " + Kind.DATASET.condition)) {
            ps.setLong(1, reportId);
            ps.setString(2, AuditActions.WHOLE_REPORT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    coders.add(rs.getString(1));
                }
            }
        }
        for (String coder : coders) {
            UndoHistory h = load(c, reportId, coder);
            if ((undo ? h.nextUndo() : h.nextRedo()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    static UndoHistory load(Connection c, long reportId, String coder, Kind kind) throws SQLException {
        UndoHistory h = new UndoHistory();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, action, reverts, field_key, old_value, "
                + "old_qualifier, old_status, old_start, old_end, old_snippet, new_value, new_qualifier, new_status, "
                + "new_start, new_end, new_snippet FROM audit_log WHERE report_id = ? AND coder = ? AND "
                // a refused save, undo or redo changed nothing: nothing to undo
                + AuditActions.MAY_CHANGE_FIGURE + " AND " + kind.condition + " ORDER BY id")) {
            ps.setLong(1, reportId);
            ps.setString(2, coder);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    h.replay(rs);
                }
            }
        }
        return h;
    }

    private void replay(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String action = rs.getString("action");
        long reverts = rs.getLong("reverts");
        boolean undo = AuditActions.UNDO.equals(action);
        if (undo || AuditActions.REDO.equals(action)) {
            if (!changes.containsKey(reverts)) {
                // written before undo was per coder: this coder's undo of someone else's change is not theirs to redo
                return;
            }
            touched.put(reverts, id);
            (undo ? done : undone).remove(reverts);
            (undo ? undone : done).push(reverts);
            return;
        }
        changes.put(id, new Change(id, rs.getString("field_key"), AuditWriter.state(rs, "old"),
                AuditWriter.state(rs, "new"), id));
        touched.put(id, id);
        done.push(id);
        undone.clear();
    }

    Optional<Change> nextUndo() {
        return next(done);
    }

    Optional<Change> nextRedo() {
        return next(undone);
    }

    private Optional<Change> next(Deque<Long> stack) {
        if (stack.isEmpty()) {
            return Optional.empty();
        }
        Change c = changes.get(stack.peek());
        return Optional.of(new Change(c.entryId(), c.key(), c.before(), c.after(), touched.get(c.entryId())));
    }
}
