package org.ogireview.store;

import org.ogireview.model.Report;
import org.ogireview.model.ReviewState;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The reports and their source files: what an import adds and what the report list and the desk read. */
public interface Reports {

    /** Stores a report with its figures and findings, unless its SHA-256 is already there. */
    ImportOutcome add(NewReport report) throws StoreException;

    /**
     * Stores several reports, each with its findings, as one transaction (a collection import writes in batches);
     * one outcome per report, in order. A report whose SHA-256 is already there (or earlier in the batch) is not
     * added again. A blank coder stands for the person running the app.
     */
    List<ImportOutcome> addAll(List<NewReport> reports, String coder) throws StoreException;

    Optional<Long> idBySha256(String sha256) throws StoreException;

    /** Which of these report ids the store holds (the import's summary counts from this, not from its own tally). */
    Set<Long> presentIds(Collection<Long> ids) throws StoreException;

    int count() throws StoreException;

    /** All reports, for the report list, ordered by region then year. */
    List<ReportSummary> list() throws StoreException;

    Report report(long id) throws StoreException;

    /** The original file's bytes (PDF pages are rendered from them); empty when not kept. */
    Optional<byte[]> original(long id) throws StoreException;

    /** Keeps the list's check count and review state current after the checks run. */
    void updateReviewSummary(long reportId, int openChecks, ReviewState state) throws StoreException;
}
