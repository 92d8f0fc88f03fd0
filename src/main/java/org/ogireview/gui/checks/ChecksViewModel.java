package org.ogireview.gui.checks;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireview.model.Finding;
import org.ogireview.check.ReviewProgress;
import org.ogireview.gui.common.OpenReport;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.model.CheckMark;

import java.util.List;

/**
 * The failed checks of the open report, each with the coder's "as published" mark when set. Rerun after every
 * edit (by the session), so a correction that resolves a contradiction makes its finding go away.
 */
public final class ChecksViewModel {

    private final ReviewSession session;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper open = new ReadOnlyIntegerWrapper(this, "open");

    public ChecksViewModel(ReviewSession session) {
        this.session = session;
        session.currentProperty().addListener((obs, old, now) -> follow(now));
        follow(session.current());
    }

    public ObservableList<Item> items() {
        return items;
    }

    /** Failed checks not marked "as published". */
    public ReadOnlyIntegerProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Selects the finding's first field, so the form and the text go to it, and marks all its numbers. */
    public void select(Item item) {
        if (!item.finding().fields().isEmpty()) {
            session.checkFieldsProperty().set(item.finding().fields());
            session.selectedKeyProperty().set(item.finding().fields().get(0));
        }
    }

    /** The coder's word: the report itself is inconsistent here. */
    public boolean markAsPublished(Item item, String note) {
        return session.markAsPublished(item.finding(), note == null ? "" : note.strip());
    }

    private void follow(OpenReport report) {
        if (report == null) {
            items.clear();
            open.set(0);
            return;
        }
        List<CheckMark> marks = session.checkMarks();
        List<Item> failed = report.findings().stream().filter(f -> f.ran() && f.failed())
                .map(f -> new Item(f, marks.stream().filter(m -> ReviewProgress.settles(m, f)).findFirst()
                        .orElse(null)))
                .toList();
        items.setAll(failed);
        open.set(report.openChecks());
    }

    /**
     * One failed check.
     *
     * @param mark the coder's "as published" mark, null while open
     */
    public record Item(Finding finding, CheckMark mark) {
        public boolean settled() {
            return mark != null;
        }
    }
}
