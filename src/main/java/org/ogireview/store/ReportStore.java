package org.ogireview.store;

import org.ogireview.extract.Extraction;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.model.Figure;
import org.ogireview.model.Report;

import org.ogireview.check.Finding;
import org.ogireview.check.ReviewProgress;
import org.ogireview.model.CheckMark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The reports, their figures and the audit log, in the embedded H2 database. Every write is one transaction and
 * appends to the audit log; nothing in the log is ever updated or deleted.
 */
public interface ReportStore extends AutoCloseable {

    /** The database file (shown in the window). */
    Path path();

    /** Stores a report and its extracted figures, unless its SHA-256 is already there. */
    ImportOutcome add(IngestedDocument document, Extraction extraction, String sourcePath, byte[] original)
            throws StoreException;

    Optional<Long> idBySha256(String sha256) throws StoreException;

    int count() throws StoreException;

    /** All reports, for the report list, ordered by region then year. */
    List<ReportSummary> list() throws StoreException;

    Report report(long id) throws StoreException;

    /** The original file's bytes (PDF pages are rendered from them); empty when not kept. */
    Optional<byte[]> original(long id) throws StoreException;

    /** A report's figures, in catalogue order. */
    List<Figure> figures(long reportId) throws StoreException;

    /**
     * Saves one figure change: {@code before} is what the coder saw (null when the figure is new), {@code after} the
     * result. Also updates the report's region/year/published-on/format when the key is a report.* field.
     */
    void save(long reportId, Figure before, Figure after, String coder, String action) throws StoreException;

    /** Undoes the latest change to this report not yet undone (kept across restarts); the figure as it is now. */
    Optional<Figure> undo(long reportId, String coder) throws StoreException;

    /** Redoes the latest undone change; the figure as it is now. */
    Optional<Figure> redo(long reportId, String coder) throws StoreException;

    /** The audit log of a report, oldest first. */
    List<AuditEntry> history(long reportId) throws StoreException;

    /** The audit log of every report, oldest first (for the history CSV). */
    List<AuditEntry> history() throws StoreException;

    List<CheckMark> checkMarks(long reportId) throws StoreException;

    void saveCheckMark(CheckMark mark) throws StoreException;

    /** Keeps the list's check count and review state current after the checks run. */
    void updateReviewSummary(long reportId, int openChecks, org.ogireview.model.ReviewState state)
            throws StoreException;

    // ---- added with the H2 store; the defaults let a stand-in store (a test double) implement only what it needs

    /**
     * Stores several reports, each with its findings, as one transaction (a collection import writes in batches);
     * one outcome per report, in order. A report whose SHA-256 is already there (or earlier in the batch) is not
     * added again.
     */
    default List<ImportOutcome> addAll(List<NewReport> reports, String coder) throws StoreException {
        List<ImportOutcome> out = new ArrayList<>();
        for (NewReport r : reports) {
            ImportOutcome o = add(r.document(), r.extraction(), r.sourcePath(), r.original());
            if (!o.alreadyPresent() && !r.findings().isEmpty()) {
                saveFindings(o.reportId(), r.findings());
            }
            out.add(o);
        }
        return out;
    }

    /**
     * Replaces the report's stored findings with the latest run of the checks (failed, passed and not run, in the
     * checker's order) and recounts its open checks: failed findings not marked "as published".
     */
    default void saveFindings(long reportId, List<Finding> findings) throws StoreException {
        throw new UnsupportedOperationException("this store keeps no findings");
    }

    /** The latest findings of the checks on a report, in the order they were saved. */
    default List<Finding> findings(long reportId) throws StoreException {
        throw new UnsupportedOperationException("this store keeps no findings");
    }

    /** True when {@link #undo} has a change to take back. */
    /** Which of these report ids the store holds (the import's summary counts from this, not from its own tally). */
    default Set<Long> presentIds(java.util.Collection<Long> ids) throws StoreException {
        Set<Long> all = new HashSet<>();
        for (ReportSummary s : list()) {
            all.add(s.id());
        }
        Set<Long> out = new HashSet<>(ids);
        out.retainAll(all);
        return out;
    }

    /** Why the store cannot be written (a damaged database opened read-only), or empty when it can. */
    default Optional<String> readOnlyReason() {
        return Optional.empty();
    }

    default boolean canUndo(long reportId) throws StoreException {
        return false;
    }

    /** True when {@link #redo} has an undone change to re-apply (a new edit clears them). */
    default boolean canRedo(long reportId) throws StoreException {
        return false;
    }

    /**
     * Every report with its figures (catalogue order), its failed findings (messages left empty) and its check marks,
     * one at a time in id order, for the long export.
     */
    default void forEachReport(RowSink<ReportBundle> sink) throws StoreException, IOException {
        throw new UnsupportedOperationException("this store cannot stream reports");
    }

    /** Every report with its figures' values only, one at a time in id order, for the wide export. */
    default void forEachReportValues(RowSink<ReportValues> sink) throws StoreException, IOException {
        throw new UnsupportedOperationException("this store cannot stream reports");
    }

    /** The whole audit log, oldest first, streamed for the history export. */
    default void forEachHistoryRow(RowSink<HistoryRow> sink) throws StoreException, IOException {
        throw new UnsupportedOperationException("this store cannot stream its history");
    }

    /** Every figure key that some report has or had (the wide export's columns; a key is never dropped). */
    default Set<String> figureKeys() throws StoreException {
        throw new UnsupportedOperationException("this store cannot list its keys");
    }

    /**
     * Ids of the reports whose text contains the phrase, compared folded ({@link SearchText}: Traditional and
     * Simplified alike, full-width as ASCII, whitespace ignored). A blank phrase matches every report.
     */
    default Set<Long> searchText(String phrase) throws StoreException {
        String folded = SearchText.fold(phrase);
        Set<Long> out = new HashSet<>();
        for (ReportSummary r : list()) {
            if (SearchText.fold(report(r.id()).text()).contains(folded)) {
                out.add(r.id());
            }
        }
        return out;
    }

    /**
     * For every rule failing on some report in the latest run of the checks and not marked "as published" there:
     * the ids of those reports (what the list's "failing check" filter offers).
     */
    default Map<String, Set<Long>> openFailures() throws StoreException {
        Map<String, Set<Long>> out = new TreeMap<>();
        for (ReportSummary r : list()) {
            for (String rule : openFailures(r.id())) {
                out.computeIfAbsent(rule, k -> new HashSet<>()).add(r.id());
            }
        }
        return out;
    }

    /** The rules failing on one report and not marked "as published" (none when the store keeps no findings). */
    default Set<String> openFailures(long reportId) throws StoreException {
        List<Finding> findings;
        try {
            findings = findings(reportId);
        } catch (UnsupportedOperationException e) {
            return Set.of();
        }
        List<CheckMark> marks = checkMarks(reportId);
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) {
            if (f.failed() && marks.stream().noneMatch(m -> ReviewProgress.settles(m, f))) {
                out.add(f.rule());
            }
        }
        return out;
    }

    // ---- report-specific figures (own.* keys, see org.ogireview.model.OwnKeys); the figures themselves are stored
    // and saved as any figure, these keep the label as the report writes it and the unit

    /** The report's own fields (label as written, unit) by key; empty when the store keeps none. */
    default Map<String, org.ogireview.model.OwnField> ownFields(long reportId) throws StoreException {
        return Map.of();
    }

    /** Every report's own fields, report id to key to field (for the long export). */
    default Map<Long, Map<String, org.ogireview.model.OwnField>> ownFields() throws StoreException {
        return Map.of();
    }

    /**
     * Records the label and unit of a report-specific key before a coder adds its figure (with {@link #save}, which
     * writes the audit entry, so undo takes the figure back as any other).
     */
    default void saveOwnField(long reportId, org.ogireview.model.OwnField field) throws StoreException {
        throw new UnsupportedOperationException("this store keeps no report-specific labels");
    }

    @Override
    void close();
}
