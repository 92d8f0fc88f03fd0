package org.ogireview.gui.review;

import javafx.beans.property.StringProperty;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.gui.form.FormViewModel;

/**
 * The Edit menu's review commands with what they say in the status bar: confirm and go on, go to the next figure
 * needing attention, confirm every figure whose checks pass, and mark the selected field's failed check "as
 * published" (asking for the note that says where).
 */
public final class ReviewCommands {

    private final ReviewFlowViewModel review;
    private final ReviewSession session;
    private final FormViewModel form;
    private final StringProperty status;

    public ReviewCommands(ReviewFlowViewModel review, ReviewSession session, FormViewModel form,
                          StringProperty status) {
        this.review = review;
        this.session = session;
        this.form = form;
        this.status = status;
    }

    private Messages m() {
        return session.messages();
    }

    public void confirmAndNext() {
        review.confirmAndNext();
        tellRemaining();
    }

    public void nextNeedingAttention() {
        review.nextNeedingAttention();
        tellRemaining();
    }

    private void tellRemaining() {
        int left = review.remaining();
        status.set(left == 0 ? m().get("review.allDone") : m().format("review.remaining", left));
    }

    public void confirmAllPassing() {
        form.commitPending();
        int done = review.confirmAllPassing();
        status.set(m().format("review.confirmedAll", done, review.remaining()));
    }

    /** Marks the selected field's open failed check "as published", asking for the note that says where. */
    public void markSelectedAsPublished() {
        var finding = review.openFindingOfSelected();
        if (finding.isEmpty()) {
            status.set(m().get("review.noOpenCheck"));
            return;
        }
        String text = m().chinese() ? finding.get().messageZh() : finding.get().messageEn();
        session.dialogs().askText(m().get("checks.asPublished"), text + "\n\n" + m().get("checks.note"), "")
                .map(String::strip).filter(note -> !note.isEmpty())
                .ifPresent(note -> {
                    if (session.markAsPublished(finding.get(), note)) {
                        status.set(m().format("review.markedPublished", review.remaining()));
                    }
                });
    }
}
