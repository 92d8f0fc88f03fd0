package org.ogireview.store;

import org.ogireview.extract.Extraction;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.model.Figure;
import org.ogireview.model.Report;

import org.ogireview.model.CheckMark;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

    @Override
    void close();
}
