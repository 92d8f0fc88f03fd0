package org.ogireview.store;

import org.ogireview.model.OwnField;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/** What the exports read: the whole collection streamed one report at a time, in id order, from one snapshot. */
public interface ExportRows {

    /**
     * Every report with its figures (catalogue order), its failed findings (messages left empty) and its check marks,
     * one at a time in id order, for the long export.
     */
    void forEachReport(RowSink<ReportBundle> sink) throws StoreException, IOException;

    /** Every report with its figures' values only, one at a time in id order, for the wide export. */
    void forEachReportValues(RowSink<ReportValues> sink) throws StoreException, IOException;

    /** The whole audit log, oldest first, streamed for the history export. */
    void forEachHistoryRow(RowSink<HistoryRow> sink) throws StoreException, IOException;

    /** Every figure key that some report has or had (the wide export's columns; a key is never dropped). */
    Set<String> figureKeys() throws StoreException;

    /**
     * The dataset's body and file keys of every report, as stored: reports not yet linked to a body have none, so
     * whoever starts an export links them first ({@code org.ogireview.importing.DatasetLinks}).
     */
    DatasetKeys datasetKeys() throws StoreException;

    /** Every report's own fields, report id to key to field (for the long export). */
    Map<Long, Map<String, OwnField>> ownFields() throws StoreException;
}
