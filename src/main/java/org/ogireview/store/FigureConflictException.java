package org.ogireview.store;

import org.ogireview.model.Figure;
import org.ogireview.model.UserText;

import java.time.Instant;
import java.util.Optional;

/**
 * A save refused because another coder saved the same figure after this coder's copy was read (optimistic locking,
 * see docs/decisions/0250): nothing of the refused save was written to the figure, the attempt itself is in the audit
 * log (action {@code conflict}), and the message shows the value that is there now and who saved it. The coder looks
 * at it and saves again if theirs should stand.
 */
public final class FigureConflictException extends StoreException {

    private final transient Figure current;
    private final String changedBy;
    private final Instant changedAt;

    public FigureConflictException(long reportId, String key, Figure refused, Figure current, String changedBy,
                                   Instant changedAt) {
        super(new UserText("store.conflict", key, String.valueOf(reportId), shown(refused), shown(current),
                changedBy == null ? "?" : changedBy));
        this.current = current;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The figure as it is in the database now (empty when the other coder's change removed it). */
    public Optional<Figure> current() {
        return Optional.ofNullable(current);
    }

    /** Who saved the figure last, as the audit log names them. */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    private static String shown(Figure f) {
        if (f == null) {
            return "(none)";
        }
        String q = f.qualifier() == null ? "" : f.qualifier().name().toLowerCase(java.util.Locale.ROOT);
        return (f.value().isEmpty() ? "(blank)" : f.value()) + (q.isEmpty() || q.equals("exact") ? "" : " (" + q + ")");
    }
}
