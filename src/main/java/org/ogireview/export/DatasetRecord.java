package org.ogireview.export;

import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.ReportSummary;

/** One report as a dataset row: its keys, its counts and every figure column's value, status and qualifier. */
final class DatasetRecord {

    final ReportSummary report;
    final DatasetKeys.Row keys;
    final String[] values;
    final FigureStatus[] status;
    final Qualifier[] qualifier;
    String publishedOn = "";
    int figures;
    final int[] byStatus = new int[FigureStatus.values().length];

    DatasetRecord(ReportSummary report, DatasetKeys.Row keys, DatasetColumns columns) {
        this.report = report;
        this.keys = keys;
        int n = columns.columns().size();
        values = new String[n];
        status = new FigureStatus[n];
        qualifier = new Qualifier[n];
    }

    void add(DatasetColumns columns, String key, String value, FigureStatus s, Qualifier q) {
        figures++;
        byStatus[s.ordinal()]++;
        if (key.equals("report.published_on") && s != FigureStatus.NOT_STATED && s != FigureStatus.BLANK_IN_SOURCE) {
            publishedOn = value;
        }
        int i = columns.indexOf(key);
        if (i >= 0) {
            boolean empty = s == FigureStatus.NOT_STATED || s == FigureStatus.BLANK_IN_SOURCE
                    || q == Qualifier.BLANK_IN_SOURCE;
            values[i] = empty ? "" : value;
            status[i] = s;
            qualifier[i] = q;
        }
    }

    int count(FigureStatus s) {
        return byStatus[s.ordinal()];
    }
}
