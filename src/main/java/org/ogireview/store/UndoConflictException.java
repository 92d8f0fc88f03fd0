package org.ogireview.store;

import org.ogireview.model.Figure;
import org.ogireview.model.UserText;

import java.util.Optional;

/**
 * An undo or redo refused because someone else changed the figure after the change it would take back or re-apply
 * (a team database, or one file used under several names; docs/decisions/0330): undoing it would silently overwrite
 * their later work. Nothing of the figure changed; the refused step is in the audit log (action {@code undo_conflict}
 * or {@code redo_conflict}, naming the change), and the message shows who changed the figure and its value now. The
 * coder looks at it and edits the figure if theirs should stand.
 */
public final class UndoConflictException extends StoreException {

    private final String key;
    private final transient Figure current;
    private final String changedBy;
    private final boolean undo;

    UndoConflictException(boolean undo, long reportId, String key, FigureState wanted, Figure current,
                          String changedBy) {
        super(new UserText(undo ? "store.undoConflict" : "store.redoConflict", key, String.valueOf(reportId),
                shown(wanted), current == null ? "(none)" : shown(FigureState.of(current)),
                changedBy == null ? "?" : changedBy));
        this.key = key;
        this.current = current;
        this.changedBy = changedBy;
        this.undo = undo;
    }

    /** The key of the figure the refused step concerned. */
    public String key() {
        return key;
    }

    /** The figure as it is now (empty when there is none). */
    public Optional<Figure> current() {
        return Optional.ofNullable(current);
    }

    /** Who changed the figure after the coder's change, as the audit log names them. */
    public String changedBy() {
        return changedBy;
    }

    /** True for a refused undo, false for a refused redo. */
    public boolean undo() {
        return undo;
    }

    private static String shown(FigureState s) {
        if (s == null) {
            return "(none)";
        }
        String q = s.qualifier() == null || s.qualifier().isEmpty() || s.qualifier().equals("exact") ? ""
                : " (" + s.qualifier() + ")";
        return (s.value() == null || s.value().isEmpty() ? "(blank)" : s.value()) + q;
    }
}
