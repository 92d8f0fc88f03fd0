package org.ogireview.store;

import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.OwnField;
import org.ogireview.model.Qualifier;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/** {@link Figures} in the database: each change one transaction with its audit entry; undo read from the log. */
final class DbFigures implements Figures {

    private final Database db;
    private final FigureRows figureRows;
    private final ReentrantLock edits;
    private final String defaultCoder;

    /** {@code edits}: coder edits one at a time (shared with the check marks), see {@link H2ReportStore}. */
    DbFigures(Database db, FigureRows figureRows, ReentrantLock edits, String defaultCoder) {
        this.db = db;
        this.figureRows = figureRows;
        this.edits = edits;
        this.defaultCoder = defaultCoder;
    }

    @Override
    public List<Figure> figures(long reportId) throws StoreException {
        return storedFigures(reportId).stream().map(StoredFigure::figure).toList();
    }

    /** A report's figures with who changed each last, in catalogue order. */
    List<StoredFigure> storedFigures(long reportId) throws StoreException {
        return db.read("read the figures of report " + reportId + " from", c -> FigureRows.ofReport(c, reportId));
    }

    @Override
    public void save(long reportId, Figure before, Figure after, String coder, String action) throws StoreException {
        if (after == null) {
            throw new IllegalArgumentException("save needs the figure after the change");
        }
        if (before != null && !before.key().equals(after.key())) {
            throw new IllegalArgumentException("before and after are different fields: " + before.key() + ", "
                    + after.key());
        }
        if (action == null || action.isBlank() || AuditActions.RESERVED.contains(action)) {
            throw new IllegalArgumentException("not an edit action: " + action);
        }
        String who = coderOrDefault(coder);
        edits.lock();
        FigureConflictException refused;
        try {
            refused = saveLocked(reportId, before, after, who, action);
        } finally {
            edits.unlock();
        }
        if (refused != null) {
            throw refused;
        }
    }

    /**
     * One transaction: the report's row locked (coders in other processes queue), the figure read as it is now, and
     * written only if it is still what the coder saw ({@code before}) or already what they want; otherwise another
     * coder saved it in between, and the refused attempt is logged instead (optimistic locking, docs/decisions/0250;
     * the row's version guards the write itself). Returns the refusal, thrown once the log entry is committed.
     */
    private FigureConflictException saveLocked(long reportId, Figure before, Figure after, String who, String action)
            throws StoreException {
        return db.write("save " + after.key() + " of report " + reportId + " to", c -> {
            ReportRows.lockReport(c, db, reportId);
            StoredFigure current = FigureRows.load(c, reportId, after.key());
            long version = FigureRows.version(c, reportId, after.key());
            FigureState old = current == null ? null : FigureState.of(current.figure());
            FigureState now = FigureState.of(after);
            if (now.equals(old)) {
                return null; // nothing changed: no entry, so undo never "undoes" an invisible step
            }
            Instant at = Instant.now();
            boolean changedSince = old != null && before != null && !FigureState.of(before).equals(old);
            if (changedSince || !figureRows.writeAt(c, reportId, after, who, at, version)) {
                StoredFigure there = FigureRows.load(c, reportId, after.key());
                AuditWriter.append(c, reportId, after.key(), there == null ? null : FigureState.of(there.figure()),
                        now, who, at, AuditActions.CONFLICT, null, null);
                return new FigureConflictException(reportId, after.key(), after,
                        there == null ? null : there.figure(), there == null ? null : there.coder(),
                        there == null ? null : there.changedAt());
            }
            AuditWriter.append(c, reportId, after.key(), old, now, who, at, action, null, null);
            ReportRows.afterFigureChange(c, reportId, after.key(), after, true);
            return null;
        });
    }

    @Override
    public Optional<Figure> undo(long reportId, String coder) throws StoreException {
        return step(reportId, coder, true);
    }

    @Override
    public Optional<Figure> redo(long reportId, String coder) throws StoreException {
        return step(reportId, coder, false);
    }

    @Override
    public boolean canUndo(long reportId) throws StoreException {
        return db.read("read the undo history of report " + reportId + " in",
                c -> UndoHistory.anyCoder(c, reportId, true));
    }

    @Override
    public boolean canRedo(long reportId) throws StoreException {
        return db.read("read the undo history of report " + reportId + " in",
                c -> UndoHistory.anyCoder(c, reportId, false));
    }

    @Override
    public boolean canUndo(long reportId, String coder) throws StoreException {
        String who = coderOrDefault(coder);
        return db.read("read the undo history of report " + reportId + " in",
                c -> UndoHistory.load(c, reportId, who).nextUndo().isPresent());
    }

    @Override
    public boolean canRedo(long reportId, String coder) throws StoreException {
        String who = coderOrDefault(coder);
        return db.read("read the undo history of report " + reportId + " in",
                c -> UndoHistory.load(c, reportId, who).nextRedo().isPresent());
    }

    /** What an undo or redo did: the figure as it is now, or the refusal (thrown once its log entry is committed). */
    private record Step(Optional<Figure> figure, UndoConflictException refused) {
    }

    /**
     * Undo: puts the coder's latest change not yet undone back to its state before; redo: re-applies their latest
     * undone change. Returns the figure as it is now; when the undone change had created the figure, it is removed
     * and an empty AUTO figure without a source stands for it. Refused (and logged) when someone else changed the
     * figure since: see {@link UndoGuard}.
     */
    private Optional<Figure> step(long reportId, String coder, boolean undo) throws StoreException {
        edits.lock();
        Step step;
        try {
            step = stepLocked(reportId, coderOrDefault(coder), undo);
        } finally {
            edits.unlock();
        }
        if (step.refused() != null) {
            throw step.refused();
        }
        return step.figure();
    }

    private Step stepLocked(long reportId, String who, boolean undo) throws StoreException {
        return db.write((undo ? "undo a change of report " : "redo a change of report ") + reportId + " in", c -> {
            ReportRows.lock(c, reportId); // another coder's save or undo of this report waits, or is waited for
            UndoHistory history = UndoHistory.load(c, reportId, who);
            Optional<UndoHistory.Change> next = undo ? history.nextUndo() : history.nextRedo();
            if (next.isEmpty()) {
                return new Step(Optional.empty(), null);
            }
            UndoHistory.Change change = next.get();
            FigureState target = undo ? change.before() : change.after();
            StoredFigure current = FigureRows.load(c, reportId, change.key());
            FigureState old = current == null ? null : FigureState.of(current.figure());
            String refusedBy = UndoGuard.refusedBecause(
                    UndoGuard.laterDatasetChange(c, reportId, change.key(), change.lastTouched(), who), old,
                    undo ? change.after() : change.before(), current == null ? null : current.coder());
            if (refusedBy != null) {
                return new Step(Optional.empty(), UndoGuard.refuse(c, undo, reportId, change, old, target,
                        current == null ? null : current.figure(), who, refusedBy, null));
            }
            Instant at = Instant.now();
            Figure result;
            if (target == null) {
                FigureRows.delete(c, reportId, change.key());
                result = new Figure(change.key(), "", Qualifier.EXACT, FigureStatus.AUTO, -1, -1, "", 0, "",
                        Qualifier.EXACT);
            } else {
                result = target.applyTo(change.key(), current == null ? null : current.figure());
                figureRows.write(c, reportId, result, who, at);
            }
            AuditWriter.append(c, reportId, change.key(), old, target, who, at,
                    undo ? AuditActions.UNDO : AuditActions.REDO, change.entryId(), null);
            ReportRows.afterFigureChange(c, reportId, change.key(), target == null ? null : result, true);
            return new Step(Optional.of(result), null);
        });
    }

    @Override
    public List<AuditEntry> history(long reportId) throws StoreException {
        return db.read("read the history of report " + reportId + " from", c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + AuditWriter.COLUMNS
                    + " FROM audit_log a WHERE a.report_id = ? ORDER BY a.id")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(AuditWriter.entry(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<AuditEntry> history() throws StoreException {
        return db.read("read the history from", c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + AuditWriter.COLUMNS
                    + " FROM audit_log a JOIN reports r ON r.id = a.report_id ORDER BY a.id")) {
                while (rs.next()) {
                    out.add(AuditWriter.entry(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Map<String, OwnField> ownFields(long reportId) throws StoreException {
        return db.read("read the report-specific labels of report " + reportId + " from",
                c -> OwnFieldTable.of(c, reportId));
    }

    @Override
    public void saveOwnField(long reportId, OwnField field) throws StoreException {
        db.write("save the label of " + field.key() + " of report " + reportId + " to", c -> {
            ReportRows.requireReport(c, db, reportId);
            OwnFieldTable.put(c, db.dialect(), reportId, List.of(field));
            return null;
        });
    }

    private String coderOrDefault(String coder) {
        return coder == null || coder.isBlank() ? defaultCoder : coder.strip();
    }
}
