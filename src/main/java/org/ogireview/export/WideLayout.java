package org.ogireview.export;

import org.ogireview.model.FieldCatalog;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.ReportBundle;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.ReportValues;
import org.ogireview.store.StoredFigure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * One row per dataset report (a further file of the same report is listed in source_files, not given a row). The
 * key columns of {@link KeyColumns} first, then for every figure column of {@link DatasetColumns} (fixed by the
 * catalogue, the same whatever the database holds) three columns: the value ({@code applications_granted_ngo}), its
 * status ({@code applications_granted_ngo_status}: auto, confirmed, corrected, blank_in_source, not_stated; empty
 * when the report has no such figure) and its qualifier ({@code _qualifier}: exact, more_than, about, less_than,
 * blank_in_source). The value is empty when the figure is blank in the source or not stated: the status tells which.
 * These names are for R, pandas and Excel; the Stata layout ({@link StataExport}) writes names Stata accepts.
 */
final class WideLayout {

    static final String STATUS = "_status";
    static final String QUALIFIER = "_qualifier";

    private final DatasetColumns columns;
    private final DatasetKeys keys;

    WideLayout(FieldCatalog catalog, DatasetKeys keys) {
        this.columns = new DatasetColumns(catalog, new HashSet<>(KeyColumns.names()));
        this.keys = keys;
    }

    DatasetColumns columns() {
        return columns;
    }

    /** The CSV column name of a field key. */
    static String columnName(String key) {
        return key.replace('.', '_').replace('@', '_');
    }

    String[] header() {
        List<String> h = new ArrayList<>(KeyColumns.names());
        for (DatasetColumns.Column c : columns.columns()) {
            h.add(c.wideName());
            h.add(c.wideName() + STATUS);
            h.add(c.wideName() + QUALIFIER);
        }
        return h.toArray(new String[0]);
    }

    /** The dataset record of a report; null for a further file of another report (no row of its own). */
    DatasetRecord record(ReportValues report) {
        DatasetRecord r = start(report.report());
        if (r != null) {
            for (ReportValues.Value v : report.values()) {
                r.add(columns, v.key(), v.value(), v.status(), v.qualifier());
            }
        }
        return r;
    }

    DatasetRecord record(ReportBundle report) {
        DatasetRecord r = start(report.report());
        if (r != null) {
            for (StoredFigure sf : report.figures()) {
                Figure f = sf.figure();
                r.add(columns, f.key(), f.value(), f.status(), f.qualifier());
            }
        }
        return r;
    }

    void write(ReportValues report, CsvFile.Rows rows) throws IOException {
        write(record(report), rows);
    }

    /** The same row from a report read in full (long and wide written in one pass). */
    void write(ReportBundle report, CsvFile.Rows rows) throws IOException {
        write(record(report), rows);
    }

    private void write(DatasetRecord r, CsvFile.Rows rows) throws IOException {
        if (r != null) {
            rows.row(cells(r));
        }
    }

    String[] cells(DatasetRecord r) {
        List<KeyColumns.Key> keyColumns = KeyColumns.ALL;
        String[] cells = new String[keyColumns.size() + 3 * columns.columns().size()];
        int i = 0;
        for (KeyColumns.Key k : keyColumns) {
            cells[i++] = k.text().apply(r);
        }
        for (int c = 0; c < columns.columns().size(); c++) {
            FigureStatus s = r.status[c];
            cells[i++] = s == null ? "" : r.values[c];
            cells[i++] = s == null ? "" : s.code();
            cells[i++] = s == null ? "" : qualifierText(r.qualifier[c]);
        }
        return cells;
    }

    static String qualifierText(Qualifier q) {
        return q == Qualifier.EXACT ? "exact" : q.code();
    }

    private DatasetRecord start(ReportSummary r) {
        if (keys.isCopy(r.id())) {
            return null;
        }
        return new DatasetRecord(r, keys.get(r.id()), columns);
    }
}
