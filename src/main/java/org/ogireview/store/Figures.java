package org.ogireview.store;

import org.ogireview.model.Figure;
import org.ogireview.model.OwnField;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report's figures with the audit log: every change is appended to the log, and undo and redo are derived from
 * it, so they survive restarts. The labels of report-specific (own.*) keys are kept here too.
 */
public interface Figures {

    /** A report's figures, in catalogue order. */
    List<Figure> figures(long reportId) throws StoreException;

    /**
     * Saves one figure change: {@code before} is what the coder saw (null when the figure is new), {@code after} the
     * result. Also updates the report's region/year/published-on/format when the key is a report.* field.
     */
    void save(long reportId, Figure before, Figure after, String coder, String action) throws StoreException;

    /**
     * Undoes this coder's latest change to this report not yet undone (kept across restarts); the figure as it is
     * now. Another coder's changes are never taken back; when someone else changed the figure after this coder's
     * change, the undo is refused ({@link UndoConflictException}, the refusal logged) and nothing changes.
     */
    Optional<Figure> undo(long reportId, String coder) throws StoreException;

    /** Redoes this coder's latest undone change; the figure as it is now. Refused like {@link #undo}. */
    Optional<Figure> redo(long reportId, String coder) throws StoreException;

    /** True when some coder has a change of this report that {@link #undo} would take back. */
    boolean canUndo(long reportId) throws StoreException;

    /** True when some coder has an undone change of this report to re-apply (their new edit clears theirs). */
    boolean canRedo(long reportId) throws StoreException;

    /** True when {@link #undo} by this coder has a change of theirs to take back (refused or not). */
    boolean canUndo(long reportId, String coder) throws StoreException;

    /** True when {@link #redo} by this coder has an undone change of theirs to re-apply. */
    boolean canRedo(long reportId, String coder) throws StoreException;

    /** The audit log of a report, oldest first. */
    List<AuditEntry> history(long reportId) throws StoreException;

    /** The audit log of every report, oldest first. */
    List<AuditEntry> history() throws StoreException;

    /** The report's own fields (label as written, unit) by key. */
    Map<String, OwnField> ownFields(long reportId) throws StoreException;

    /**
     * Records the label and unit of a report-specific key before a coder adds its figure (with {@link #save}, which
     * writes the audit entry, so undo takes the figure back as any other).
     */
    void saveOwnField(long reportId, OwnField field) throws StoreException;
}
