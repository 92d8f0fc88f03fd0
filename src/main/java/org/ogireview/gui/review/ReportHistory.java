package org.ogireview.gui.review;

import org.ogireview.gui.common.ReviewSession;
import org.ogireview.gui.form.FormViewModel;
import org.ogireview.model.UserText;
import org.ogireview.store.AuditEntry;
import org.ogireview.store.StoreException;

import java.util.List;
import java.util.Optional;

/** View ▸ History: the open report's audit log, read after its pending edit is stored. */
public record ReportHistory(String fileName, List<AuditEntry> entries) {

    /** Empty when no report is open, or (the error shown) when the log cannot be read. */
    public static Optional<ReportHistory> ofOpenReport(ReviewSession session, FormViewModel form) {
        var open = session.current();
        if (open == null) {
            return Optional.empty();
        }
        form.commitPending();
        try {
            return Optional.of(new ReportHistory(open.report().fileName(), session.history(open.id())));
        } catch (StoreException e) {
            session.dialogs().showError(session.messages().get("error.open.title"),
                    UserText.of(e, session.messages().locale()), e);
            return Optional.empty();
        }
    }
}
