package org.ogireview.gui.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ogireview.check.Checker;
import org.ogireview.model.Finding;
import org.ogireview.check.ReportFacts;
import org.ogireview.check.ReviewProgress;
import org.ogireview.model.CheckMark;
import org.ogireview.model.Figure;
import org.ogireview.model.Report;
import org.ogireview.model.ReviewState;
import org.ogireview.store.FigureConflictException;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoreException;
import org.ogireview.store.UndoConflictException;
import org.ogireview.model.UserText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state every part of the desk shares: the open report and the selected figure. The list selects a report,
 * the document and the form show it, and every edit goes through {@link #save} so it is stored at once, in one
 * transaction, under the coder's name.
 * <p>
 * Saves run on the calling (FX) thread: one row in an embedded database takes a millisecond, and doing them in
 * order on one thread means no edit can be lost or overtaken when the window closes.
 * <p>
 * One piece (under 500 lines) on purpose: every way a figure can change (edit, undo, blind coding and its undo, a
 * save or undo refused over another coder's work on a team database) passes through this one object, so the order
 * of saves and the reloads and checks after them are decided in one place.
 */
public final class ReviewSession {

    private final ReportStore store;
    private final Checker checker;
    private final DialogService dialogs;
    private final DeskPreferences preferences;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<OpenReport> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final StringProperty selectedKey = new SimpleStringProperty(this, "selectedKey");
    /** The summary line of the report after its latest change, for the report list. */
    private final ObjectProperty<ReportSummary> changedSummary = new SimpleObjectProperty<>(this, "changedSummary");

    /** The fields of the failed check the coder chose last (its numbers are marked in the text); empty if none. */
    private final ObjectProperty<List<String>> checkFields = new SimpleObjectProperty<>(this, "checkFields",
            List.of());

    /** Run before another report opens, so an editor's pending value is stored with the report it belongs to. */
    private Runnable beforeLeave = () -> { };
    /** Set by a refused undo or redo (see {@link #lastStepRefused}). */
    private boolean lastStepRefused;
    /** True while the coder-name question is open (see {@link #coder()}). */
    private boolean askingCoder;
    /** Double coding (issue 13): a report the coder double codes shows and saves their own values only. */
    private org.ogireview.coding.DoubleCoding doubleCoding;

    public ReviewSession(ReportStore store, Checker checker, DialogService dialogs, DeskPreferences preferences,
                         Messages messages) {
        this.store = store;
        this.checker = checker;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.messages = messages;
    }

    /** Turns on blind double coding: see {@link org.ogireview.coding.DoubleCoding#figuresFor}. */
    public void setDoubleCoding(org.ogireview.coding.DoubleCoding coding) {
        this.doubleCoding = coding;
    }

    /** True when the open report is one the coder double codes: the other coder's values are hidden. */
    public boolean codingBlind() {
        OpenReport open = current.get();
        try {
            return open != null && doubleCoding != null && preferences.coder().isPresent()
                    && doubleCoding.codesBlind(open.id(), preferences.coder().get());
        } catch (StoreException e) {
            return false;
        }
    }

    /** True when the coder (already named) codes this report blind. */
    private boolean blindFor(long reportId) {
        try {
            return doubleCoding != null && preferences.coder().isPresent()
                    && doubleCoding.codesBlind(reportId, preferences.coder().get());
        } catch (StoreException e) {
            return false;
        }
    }

    /** The figures the coder sees: their own coding on a report they double code, the stored figures otherwise. */
    private List<Figure> figuresFor(long reportId) throws StoreException {
        Optional<String> coder = preferences.coder();
        if (doubleCoding != null && coder.isPresent()) {
            return doubleCoding.figuresFor(reportId, coder.get());
        }
        return store.figures(reportId);
    }

    /**
     * The audit log of a report as this coder may see it: while they code it blind, without the other coder's
     * entries (and without the dataset's agreed and adjudicated values, which reveal them).
     */
    public List<org.ogireview.store.AuditEntry> history(long reportId) throws StoreException {
        List<org.ogireview.store.AuditEntry> all = store.history(reportId);
        Optional<String> coder = preferences.coder();
        if (doubleCoding == null || coder.isEmpty() || !doubleCoding.codesBlind(reportId, coder.get())) {
            return all;
        }
        var assignment = doubleCoding.codingStore().assignment(reportId).orElseThrow();
        String other = assignment.otherCoder(coder.get());
        return all.stream().filter(e -> !e.coder().equals(other) && !e.action().equals("agree")
                && !e.action().equals("adjudicate") && !e.action().startsWith("adjudicate:")).toList();
    }

    public ReportStore store() {
        return store;
    }

    public Messages messages() {
        return messages;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public DeskPreferences preferences() {
        return preferences;
    }

    public ReadOnlyObjectProperty<OpenReport> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The marks the coder set on the open report's findings. */
    public List<CheckMark> checkMarks() {
        OpenReport open = current.get();
        if (open == null) {
            return List.of();
        }
        try {
            return marksFor(open.id());
        } catch (StoreException e) {
            return List.of();
        }
    }

    public OpenReport current() {
        return current.get();
    }

    /** The key of the selected figure (it may not be stored yet: a field the report does not state). */
    public StringProperty selectedKeyProperty() {
        return selectedKey;
    }

    public ObjectProperty<List<String>> checkFieldsProperty() {
        return checkFields;
    }

    public ReadOnlyObjectProperty<ReportSummary> changedSummaryProperty() {
        return changedSummary;
    }

    public void setBeforeLeave(Runnable hook) {
        this.beforeLeave = hook == null ? () -> { } : hook;
    }

    /** Opens a report, or clears the desk for null. Returns false (after telling the user) when it cannot be read. */
    public boolean open(Long reportId) {
        if (current.get() != null && (reportId == null || current.get().id() != reportId)) {
            beforeLeave.run();
        }
        if (reportId == null) {
            current.set(null);
            selectedKey.set(null);
            checkFields.set(List.of());
            return true;
        }
        if (current.get() != null && current.get().id() == reportId) {
            return true;
        }
        try {
            Report report = store.report(reportId);
            List<Figure> figures = figuresFor(reportId);
            selectedKey.set(null);
            current.set(withChecks(report, figures));
            preferences.setLastReport(reportId);
            return true;
        } catch (StoreException e) {
            dialogs.showError(messages.get("error.open.title"), UserText.of(e, messages.locale()), e);
            return false;
        }
    }

    /** Reads the open report again from the store (after an import or an undo). */
    public void reload() {
        OpenReport open = current.get();
        if (open == null) {
            return;
        }
        try {
            current.set(withChecks(store.report(open.id()), figuresFor(open.id())));
        } catch (StoreException e) {
            dialogs.showError(messages.get("error.open.title"), UserText.of(e, messages.locale()), e);
        }
    }

    /**
     * Stores one change to a figure of the open report. Asks for the coder's name the first time.
     *
     * @param before the figure as the coder saw it, null when the figure is new
     * @param action edit, confirm, blank, not_stated or source
     * @return false when nothing was saved (no coder name given, or the database refused; the user was told)
     */
    public boolean save(Figure before, Figure after, String action) {
        OpenReport open = current.get();
        if (open == null) {
            return false;
        }
        Optional<String> coder = coder();
        if (coder.isEmpty()) {
            return false;
        }
        try {
            boolean blind = doubleCoding != null && doubleCoding.codesBlind(open.id(), coder.get());
            if (blind) {
                doubleCoding.save(open.id(), coder.get(), before, after, action);
            } else {
                store.save(open.id(), before, after, coder.get(), action);
            }
            Report report = after.key().startsWith("report.") ? store.report(open.id()) : open.report();
            List<Figure> figures = after.key().startsWith("report.") ? figuresFor(open.id())
                    : open.with(after).figures();
            current.set(withChecks(report, figures));
            return true;
        } catch (FigureConflictException e) {
            // Another coder saved this figure in the meantime (a team database): say so, and show what is there now.
            dialogs.showError(messages.get("team.conflict.title"), UserText.of(e, messages.locale()));
            reload();
            return false;
        } catch (StoreException e) {
            dialogs.showError(messages.get("error.save.title"), UserText.of(e, messages.locale()), e);
            return false;
        }
    }

    public boolean undo() {
        return undoOrRedo(true);
    }

    public boolean redo() {
        return undoOrRedo(false);
    }

    /**
     * Takes back (re-applies) the coder's own latest change: of the dataset, or of their own values while they code
     * the report blind. Someone else's change is never taken back; when someone else changed the figure since, the
     * store refuses and the coder is told who and what the value is now (docs/decisions/0330).
     */
    private boolean undoOrRedo(boolean undo) {
        lastStepRefused = false;
        OpenReport open = current.get();
        if (open == null) {
            return false;
        }
        Optional<String> coder = coder();
        if (coder.isEmpty()) {
            return false;
        }
        try {
            boolean blind = doubleCoding != null && doubleCoding.codesBlind(open.id(), coder.get());
            Optional<Figure> changed;
            if (blind) {
                changed = undo ? doubleCoding.undo(open.id(), coder.get()) : doubleCoding.redo(open.id(), coder.get());
            } else {
                changed = undo ? store.undo(open.id(), coder.get()) : store.redo(open.id(), coder.get());
            }
            if (changed.isEmpty()) {
                return false;
            }
            current.set(withChecks(store.report(open.id()), figuresFor(open.id())));
            selectedKey.set(changed.get().key());
            return true;
        } catch (UndoConflictException e) {
            lastStepRefused = true;
            dialogs.showError(messages.get(undo ? "team.undoConflict.title" : "team.redoConflict.title"),
                    UserText.of(e, messages.locale()));
            reload();
            selectedKey.set(e.key());
            return false;
        } catch (StoreException e) {
            dialogs.showError(messages.get("error.save.title"), UserText.of(e, messages.locale()), e);
            return false;
        }
    }

    /** True when the latest undo or redo was refused because someone else changed the figure since. */
    public boolean lastStepRefused() {
        return lastStepRefused;
    }

    /** Marks a failed check as the report's own inconsistency ("as published"), with a note. */
    public boolean markAsPublished(Finding finding, String note) {
        OpenReport open = current.get();
        Optional<String> coder = coder();
        if (open == null || coder.isEmpty()) {
            return false;
        }
        try {
            store.saveCheckMark(new CheckMark(open.id(), finding.rule(), finding.fieldList(), true, note,
                    coder.get(), java.time.Instant.now()));
            current.set(withChecks(open.report(), open.figures()));
            return true;
        } catch (StoreException e) {
            dialogs.showError(messages.get("error.save.title"), UserText.of(e, messages.locale()), e);
            return false;
        }
    }

    /**
     * The coder's name from the preferences, asked once when there is none. Opening the question takes the focus
     * from the editor the coder typed in, which stores its value again and so asks again; while the question is
     * open such a nested save gets no name (its editor keeps the value; the save under way stores it), so the
     * coder is asked once and the history holds one name.
     */
    public Optional<String> coder() {
        Optional<String> known = preferences.coder();
        if (known.isPresent() || askingCoder) {
            return known;
        }
        askingCoder = true;
        try {
            Optional<String> asked = dialogs.askText(messages.get("coder.title"), messages.get("coder.prompt"),
                    System.getProperty("user.name", "")).map(String::strip).filter(s -> !s.isEmpty());
            asked.ifPresent(preferences::setCoder);
            return asked;
        } finally {
            askingCoder = false;
        }
    }

    /** Stores the findings where the store keeps them (the H2 store does; a stand-in may not). */
    private void saveFindings(long reportId, List<Finding> findings) throws StoreException {
        try {
            store.saveFindings(reportId, findings);
        } catch (UnsupportedOperationException e) {
            // this store keeps no findings: the counts below are all the list needs
        }
    }

    /** Runs the checks, stores the report's open-check count and review state, and tells the list. */
    private OpenReport withChecks(Report report, List<Figure> figures) throws StoreException {
        Map<String, Figure> byKey = new LinkedHashMap<>();
        figures.forEach(f -> byKey.put(f.key(), f));
        List<Finding> findings;
        try {
            // The text lets the growth-by-level rule read the parts' stated changes.
            findings = checker.check(new ReportFacts(report.fileName(), report.region(), report.year(),
                    report.publishedOn(), report.format(), byKey).withText(report.text()));
        } catch (RuntimeException e) {
            // A rule that trips over odd figures must not lock the coder out of the report.
            findings = List.of();
        }
        findings = withAcrossYears(report, byKey, findings);
        findings = withCollectionFindings(report.id(), byKey, findings);
        List<CheckMark> marks = marksFor(report.id());
        ReviewProgress progress = ReviewProgress.of(figures, findings, marks);
        int open = progress.failedOpen();
        int reviewed = progress.figuresReviewed();
        ReviewState state = progress.state();
        if (store.readOnlyReason().isEmpty() && !blindFor(report.id())) {
            // a damaged database opened read-only shows its reports but is never written, not even these counts;
            // a blind coder's findings are theirs alone: the stored findings and counts stay the dataset's, which
            // the other coder's list and the collection views read (they would reveal this coder's values)
            saveFindings(report.id(), findings);
            store.updateReviewSummary(report.id(), open, state);
        }
        changedSummary.set(new ReportSummary(report.id(), report.fileName(), report.region(), report.year(),
                report.format(), figures.size(), reviewed, open, state, report.needsManual()));
        return new OpenReport(report, figures, findings, open);
    }

    /**
     * Keeps the findings of the collection-level check (unusual values against the other reports; run by the store
     * after an import and from the findings window): they depend on the whole collection, not on this report alone,
     * so a rerun of this report's checks carries them over as stored.
     */
    private List<Finding> withCollectionFindings(long reportId, Map<String, Figure> shown, List<Finding> findings)
            throws StoreException {
        List<Finding> stored;
        try {
            stored = store.findings(reportId);
        } catch (UnsupportedOperationException e) {
            return findings;
        }
        // they were found on the dataset's values: while coding blind, only where the coder's value is the same
        Map<String, Figure> dataset = new LinkedHashMap<>();
        if (blindFor(reportId)) {
            store.figures(reportId).forEach(f -> dataset.put(f.key(), f));
        }
        List<Finding> all = new java.util.ArrayList<>(findings);
        stored.stream().filter(f -> f.rule().startsWith(org.ogireview.check.UnusualValues.PREFIX))
                .filter(f -> dataset.isEmpty() || f.fields().stream().allMatch(k -> sameValue(shown.get(k),
                        dataset.get(k))))
                .forEach(all::add);
        return all;
    }

    private static boolean sameValue(Figure a, Figure b) {
        return a == null ? b == null : b != null && a.value().equals(b.value()) && a.qualifier() == b.qualifier();
    }

    /**
     * The check marks the coder sees: on a report they code blind, their own only (the other coder's "as published"
     * would reveal what they found), else every mark.
     */
    private List<CheckMark> marksFor(long reportId) throws StoreException {
        List<CheckMark> all = store.checkMarks(reportId);
        if (!blindFor(reportId)) {
            return all;
        }
        String me = preferences.coder().orElse("");
        return all.stream().filter(m -> me.equals(m.coder())).toList();
    }

    /**
     * Adds the across-year findings (carry-over, documents in force) against the same body's reports of the year
     * before and after, when those are in the database.
     */
    private List<Finding> withAcrossYears(Report report, Map<String, Figure> byKey, List<Finding> findings)
            throws StoreException {
        if (report.year() == null || report.region() == null) {
            return findings;
        }
        ReportFacts self = new ReportFacts(report.fileName(), report.region(), report.year(), report.publishedOn(),
                report.format(), byKey);
        List<ReportFacts> neighbours = new java.util.ArrayList<>(List.of(self));
        for (ReportSummary other : store.list()) {
            if (other.id() == report.id() || other.year() == null || other.region() == null
                    || Math.abs(other.year() - report.year()) != 1) {
                continue;
            }
            Map<String, Figure> theirs = new LinkedHashMap<>();
            store.figures(other.id()).forEach(f -> theirs.put(f.key(), f));
            neighbours.add(new ReportFacts(other.fileName(), other.region(), other.year(), null, other.format(),
                    theirs));
        }
        if (neighbours.size() == 1) {
            return findings;
        }
        List<Finding> all = new java.util.ArrayList<>(findings);
        try {
            for (org.ogireview.check.YearPairFindings pair : checker.checkYearPairs(neighbours)) {
                if (pair.earlier() == self || pair.later() == self) {
                    all.addAll(pair.findings());
                }
            }
        } catch (RuntimeException e) {
            return findings;
        }
        return all;
    }
}
