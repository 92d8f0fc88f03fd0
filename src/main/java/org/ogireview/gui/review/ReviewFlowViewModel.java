package org.ogireview.gui.review;

import org.ogireview.model.Finding;
import org.ogireview.check.ReviewProgress;
import org.ogireview.gui.common.OpenReport;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.gui.form.FormViewModel;
import org.ogireview.model.CheckMark;
import org.ogireview.model.FigureStatus;
import org.ogireview.store.ReportSummary;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The keyboard-first review: confirm the selected figure and go on to the next one that needs the coder's eye,
 * confirm in one go every extracted figure no check doubts, mark the selected field's contradiction "as published",
 * and step through the reports in the list's order. A figure needs attention while it is still as extracted (auto),
 * or while it is part of a failed check nobody marked "as published".
 */
public final class ReviewFlowViewModel {

    private final ReviewSession session;
    private final FormViewModel form;
    private final Supplier<List<ReportSummary>> listOrder;

    /**
     * @param listOrder the reports as the list shows them now (filtered and sorted)
     */
    public ReviewFlowViewModel(ReviewSession session, FormViewModel form, Supplier<List<ReportSummary>> listOrder) {
        this.session = session;
        this.form = form;
        this.listOrder = listOrder;
    }

    /** True when the field is still as extracted, or part of an open failed check. */
    public boolean needsAttention(FieldViewModel field) {
        return needsAttention(field, openFailedKeys());
    }

    private static boolean needsAttention(FieldViewModel field, Set<String> openFailed) {
        return (!field.absent() && field.status() == FigureStatus.AUTO) || openFailed.contains(field.key());
    }

    /** How many fields of the open report still need attention. */
    public int remaining() {
        Set<String> openFailed = openFailedKeys();
        return (int) form.formOrder().stream().filter(f -> needsAttention(f, openFailed)).count();
    }

    /**
     * Confirms the selected field (storing its editor's text when it holds a change), then selects the next field
     * that needs attention. Nothing moves when the value is invalid or was not stored.
     *
     * @return the field now selected, empty when none needs attention any more
     */
    public Optional<FieldViewModel> confirmAndNext() {
        FieldViewModel field = form.selectedProperty().get();
        if (field != null && !field.absent()) {
            boolean editable = field.pending() || field.status() == FigureStatus.AUTO;
            if (editable && !field.confirm()) {
                return Optional.of(field);
            }
        } else if (field != null && field.pending() && !field.commit()) {
            return Optional.of(field);
        }
        return nextNeedingAttention();
    }

    /** Selects the next field after the selected one (in form order, wrapping) that needs attention. */
    public Optional<FieldViewModel> nextNeedingAttention() {
        List<FieldViewModel> order = form.formOrder();
        if (order.isEmpty()) {
            return Optional.empty();
        }
        Set<String> openFailed = openFailedKeys();
        FieldViewModel selected = form.selectedProperty().get();
        int from = selected == null ? -1 : order.indexOf(selected);
        for (int step = 1; step <= order.size(); step++) {
            FieldViewModel candidate = order.get(Math.floorMod(from + step, order.size()));
            if (needsAttention(candidate, openFailed)) {
                form.select(candidate.key());
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Confirms every figure still as extracted that no failed check involves (marked or not: a doubted figure is
     * for the coder to look at).
     *
     * @return how many were confirmed
     */
    public int confirmAllPassing() {
        OpenReport open = session.current();
        if (open == null) {
            return 0;
        }
        Set<String> doubted = new HashSet<>();
        for (Finding f : open.findings()) {
            if (f.ran() && f.failed()) {
                doubted.addAll(f.fields());
            }
        }
        int confirmed = 0;
        for (FieldViewModel field : form.formOrder()) {
            if (!field.absent() && field.status() == FigureStatus.AUTO && !field.pending()
                    && !doubted.contains(field.key())) {
                if (!field.confirm()) {
                    break;
                }
                confirmed++;
            }
        }
        return confirmed;
    }

    /** The first open failed check the selected field is part of. */
    public Optional<Finding> openFindingOfSelected() {
        FieldViewModel field = form.selectedProperty().get();
        OpenReport open = session.current();
        if (field == null || open == null) {
            return Optional.empty();
        }
        List<CheckMark> marks = session.checkMarks();
        return open.findings().stream().filter(f -> f.ran() && f.failed() && f.fields().contains(field.key()))
                .filter(f -> marks.stream().noneMatch(m -> ReviewProgress.settles(m, f))).findFirst();
    }

    /**
     * Opens the report before or after the open one in the list's order (wrapping).
     *
     * @param step +1 for the next, -1 for the previous
     */
    public Optional<ReportSummary> openSibling(int step) {
        List<ReportSummary> reports = listOrder.get();
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        OpenReport open = session.current();
        int at = -1;
        for (int i = 0; open != null && i < reports.size(); i++) {
            if (reports.get(i).id() == open.id()) {
                at = i;
            }
        }
        int target = at < 0 ? (step > 0 ? 0 : reports.size() - 1) : Math.floorMod(at + step, reports.size());
        ReportSummary report = reports.get(target);
        if (open != null && report.id() == open.id()) {
            return Optional.empty();
        }
        return session.open(report.id()) ? Optional.of(report) : Optional.empty();
    }

    private Set<String> openFailedKeys() {
        OpenReport open = session.current();
        Set<String> keys = new HashSet<>();
        if (open == null) {
            return keys;
        }
        List<CheckMark> marks = session.checkMarks();
        for (Finding f : open.findings()) {
            if (f.ran() && f.failed() && marks.stream().noneMatch(m -> ReviewProgress.settles(m, f))) {
                keys.addAll(f.fields());
            }
        }
        return keys;
    }
}
