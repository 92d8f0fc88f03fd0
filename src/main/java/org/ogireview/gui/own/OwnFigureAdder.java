package org.ogireview.gui.own;

import org.ogireview.gui.common.OpenReport;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.OwnField;
import org.ogireview.model.Qualifier;
import org.ogireview.store.StoreException;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Adds a report-specific figure the coder read off the report: records its label and unit with the store, then
 * saves the figure as any coder edit (one audit entry, undone by Ctrl+Z like any other). The view is
 * {@link OwnFigureDialog}; this class holds what can be tested without a window.
 */
public final class OwnFigureAdder {

    /** The action of the audit entry. */
    public static final String ACTION = "add_own";

    private final ReviewSession session;

    public OwnFigureAdder(ReviewSession session) {
        this.session = session;
    }

    /** The outcome: the key the figure was stored under, or the message key of what went wrong. */
    public record Outcome(String key, String errorKey) {
        public boolean ok() {
            return errorKey == null;
        }
    }

    public Outcome add(OwnFigureDraft draft) {
        OpenReport open = session.current();
        if (open == null) {
            return new Outcome(null, "own.error.noReport");
        }
        Optional<String> key = draft.key();
        if (key.isEmpty()) {
            return new Outcome(null, "own.error.noLabel");
        }
        if (!isNumber(draft.value())) {
            return new Outcome(key.get(), "own.error.notNumber");
        }
        Figure before = open.figure(key.get()).orElse(null);
        if (before != null && before.status() != FigureStatus.NOT_STATED) {
            return new Outcome(key.get(), "own.error.exists");
        }
        try {
            session.store().saveOwnField(open.id(), new OwnField(key.get(), draft.label(), draft.unit()));
        } catch (StoreException | UnsupportedOperationException e) {
            session.dialogs().showError(session.messages().get("own.error.notSaved"),
                    org.ogireview.model.UserText.of(e).in(session.messages().locale()));
            return new Outcome(key.get(), "own.error.notSaved");
        }
        Qualifier q = draft.qualifier() == null ? Qualifier.EXACT : draft.qualifier();
        Figure after = new Figure(key.get(), new BigDecimal(draft.value()).toPlainString(), q,
                FigureStatus.CORRECTED, draft.start(), draft.end(), draft.snippet(), 1.0, "", Qualifier.EXACT);
        if (!session.save(before, after, ACTION)) {
            return new Outcome(key.get(), "own.error.notSaved");
        }
        session.selectedKeyProperty().set(key.get());
        return new Outcome(key.get(), null);
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value.strip());
            return !value.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
