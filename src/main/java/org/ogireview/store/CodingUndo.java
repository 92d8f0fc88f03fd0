package org.ogireview.store;

import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Undo and redo of a double coder's own values (table coder_figures, migration V8) while they code a report blind:
 * the same rules as the desk's undo of the dataset (docs/decisions/0330). The history is the coder's own audit
 * entries in their coding role; a step takes back (re-applies) their latest change only, writes their row alone (the
 * other coder's values and the dataset are never touched), and is refused and logged when their value is no longer
 * what that change left (someone changed it since). A value taken back to what the extractor proposed removes the
 * coder's row: they are back to "shown the proposal and left it", as before they touched the figure.
 */
final class CodingUndo {

    private final Database db;

    CodingUndo(Database db) {
        this.db = db;
    }

    private record Step(Optional<Figure> figure, UndoConflictException refused) {
    }

    Optional<Figure> step(long reportId, String coder, boolean undo) throws StoreException {
        Step step = db.write((undo ? "undo " : "redo ") + coder + "'s coding of report " + reportId + " in", c -> {
            ReportRows.lock(c, reportId);
            CodingStore.Assignment a = CodingStore.assignment(c, reportId).orElse(null);
            if (a == null || !a.hasCoder(coder)) {
                return new Step(Optional.empty(), null);
            }
            UndoHistory history = UndoHistory.load(c, reportId, coder, UndoHistory.Kind.CODING);
            Optional<UndoHistory.Change> next = undo ? history.nextUndo() : history.nextRedo();
            if (next.isEmpty()) {
                return new Step(Optional.empty(), null);
            }
            UndoHistory.Change change = next.get();
            StoredFigure stored = FigureRows.load(c, reportId, change.key());
            Figure proposal = stored == null ? null : proposal(stored.figure());
            Optional<CodingStore.CoderFigure> own = CodingStore.coding(c, reportId, coder, change.key());
            Figure now = own.map(CodingStore.CoderFigure::figure).orElse(proposal);
            FigureState nowState = now == null ? null : FigureState.of(now);
            FigureState target = undo ? change.before() : change.after();
            String refusedBy = UndoGuard.refusedBecause(Optional.empty(), nowState,
                    undo ? change.after() : change.before(), own.isPresent() ? coder
                            : stored == null ? null : stored.coder());
            String role = a.roleOf(coder);
            if (refusedBy != null) {
                return new Step(Optional.empty(), UndoGuard.refuse(c, undo, reportId, change, nowState, target, now,
                        coder, refusedBy, role));
            }
            Instant at = Instant.now();
            Figure result;
            if (target == null || (proposal != null && target.equals(FigureState.of(proposal)))) {
                deleteRow(c, reportId, coder, change.key());
                result = proposal != null ? proposal : new Figure(change.key(), "", Qualifier.EXACT,
                        FigureStatus.AUTO, -1, -1, "", 0, "", Qualifier.EXACT);
            } else {
                result = target.applyTo(change.key(), stored == null ? null : stored.figure());
                CodingStore.writeCoderFigure(c, reportId, coder, result, at);
            }
            AuditWriter.append(c, reportId, change.key(), nowState, target, coder, at,
                    undo ? AuditActions.UNDO : AuditActions.REDO, change.entryId(), null, role, null);
            return new Step(Optional.of(result), null);
        });
        if (step.refused() != null) {
            throw step.refused();
        }
        return step.figure();
    }

    /** What the extractor proposed for a stored figure, as both coders are shown it (see DoubleCoding.proposal). */
    private static Figure proposal(Figure f) {
        return new Figure(f.key(), f.extractedValue(), f.extractedQualifier(), FigureStatus.AUTO, f.start(), f.end(),
                f.snippet(), f.confidence(), f.extractedValue(), f.extractedQualifier());
    }

    private static void deleteRow(Connection c, long reportId, String coder, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM coder_figures WHERE report_id = ? "
                + "AND field_key = ? AND coder = ?")) {
            ps.setLong(1, reportId);
            ps.setString(2, key);
            ps.setString(3, coder);
            ps.executeUpdate();
        }
    }
}
