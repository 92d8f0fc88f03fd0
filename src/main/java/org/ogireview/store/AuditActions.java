package org.ogireview.store;

import java.util.Set;

/** The actions the store itself writes to the audit log; a coder's edit may use any other name. */
final class AuditActions {

    /** The key of the audit entry an import writes (it concerns the whole report, not one figure). */
    static final String WHOLE_REPORT = "*";
    static final String IMPORT = "import";
    static final String UNDO = "undo";
    static final String REDO = "redo";
    static final String CHECK_MARK = "check_mark";
    /**
     * A save refused because another coder had saved the figure since this coder read it (a team database): the
     * refused value is the entry's new value, the one that stayed its old value; the figure itself did not change.
     */
    static final String CONFLICT = "conflict";
    /**
     * An undo (redo) refused because someone else changed the figure after the change it would take back (re-apply):
     * like {@link #CONFLICT}, the figure did not change; the entry's old state is the figure as it stayed, the new
     * state what the undo (redo) would have written, and {@code reverts} names the change (docs/decisions/0330).
     */
    static final String UNDO_CONFLICT = "undo_conflict";
    static final String REDO_CONFLICT = "redo_conflict";
    /** Entries that record an attempt the store refused: they changed nothing. */
    static final Set<String> REFUSED = Set.of(CONFLICT, UNDO_CONFLICT, REDO_CONFLICT);
    /**
     * SQL condition on audit_log rows: entries that may have changed a figure (none of the import, check-mark and
     * refused entries, nor the bodies' entries); the words are this class's constants, not user input.
     */
    static final String MAY_CHANGE_FIGURE = "action NOT IN ('" + IMPORT + "', '" + CHECK_MARK + "', '" + CONFLICT
            + "', '" + UNDO_CONFLICT + "', '" + REDO_CONFLICT + "') AND LEFT(action, 5) <> 'body_'";
    static final Set<String> RESERVED = Set.of(IMPORT, UNDO, REDO, CHECK_MARK, CONFLICT, UNDO_CONFLICT,
            REDO_CONFLICT);

    private AuditActions() {
    }
}
