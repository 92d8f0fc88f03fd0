package org.ogireview.store;

import org.ogireview.model.CheckMark;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Finding;
import org.ogireview.model.OwnField;
import org.ogireview.model.Qualifier;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link ExportRows} in the database. Each stream reads a few queries ordered by report id side by side (a merge
 * on report id, {@link GroupedRows}) in one snapshot, so the whole collection costs a few queries however many
 * reports it holds, with the rows streamed rather than held.
 */
final class DbExportRows implements ExportRows {

    private final Database db;

    DbExportRows(Database db) {
        this.db = db;
    }

    @Override
    public Set<String> figureKeys() throws StoreException {
        return db.read("list the figure keys in", c -> {
            Set<String> keys = new LinkedHashSet<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT field_key FROM figure_keys")) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        });
    }

    @Override
    public DatasetKeys datasetKeys() throws StoreException {
        return DatasetKeys.load(db);
    }

    @Override
    public Map<Long, Map<String, OwnField>> ownFields() throws StoreException {
        return db.read("read the report-specific labels from", OwnFieldTable::all);
    }

    @Override
    public void forEachReport(RowSink<ReportBundle> sink) throws StoreException, IOException {
        snapshot("read the reports for export from", c -> {
            try (Statement sr = c.createStatement(); Statement sf = c.createStatement();
                 Statement sfi = c.createStatement(); Statement sm = c.createStatement();
                 ResultSet reports = sr.executeQuery("SELECT " + ReportRows.SUMMARY_COLUMNS
                         + " FROM reports ORDER BY id");
                 ResultSet figures = sf.executeQuery("SELECT " + FigureRows.FIGURE_COLUMNS
                         + " FROM figures ORDER BY id");
                 // only columns of the check_findings_failed index (migration V2), in its order: no table rows read
                 ResultSet findings = sfi.executeQuery("SELECT report_id, rule, severity, fields, ran, failed "
                         + "FROM check_findings WHERE failed ORDER BY failed, report_id, seq");
                 ResultSet marks = sm.executeQuery("SELECT " + CheckRows.MARK_COLUMNS
                         + " FROM check_marks ORDER BY report_id, rule, fields")) {
                GroupedRows<StoredFigure> figureRows = new GroupedRows<>(figures, FigureRows::storedFigure);
                GroupedRows<Finding> findingRows = new GroupedRows<>(findings, CheckRows::findingForExport);
                GroupedRows<CheckMark> markRows = new GroupedRows<>(marks, CheckRows::mark);
                while (reports.next()) {
                    ReportSummary summary = ReportRows.summary(reports);
                    List<StoredFigure> figs = figureRows.take(summary.id());
                    FigureRows.sortFigures(figs);
                    sink.accept(new ReportBundle(summary, figs, findingRows.take(summary.id()),
                            markRows.take(summary.id())));
                }
            }
        });
    }

    @Override
    public void forEachReportValues(RowSink<ReportValues> sink) throws StoreException, IOException {
        snapshot("read the reports for export from", c -> {
            try (Statement sr = c.createStatement(); Statement sf = c.createStatement();
                 ResultSet reports = sr.executeQuery("SELECT " + ReportRows.SUMMARY_COLUMNS
                         + " FROM reports ORDER BY id");
                 ResultSet figures = sf.executeQuery("SELECT report_id, field_key, figure_value, status, "
                         + "qualifier FROM figures ORDER BY id")) {
                GroupedRows<ReportValues.Value> rows = new GroupedRows<>(figures, rs -> new ReportValues.Value(
                        rs.getString(2), rs.getString(3), FigureStatus.fromCode(rs.getString(4)),
                        Qualifier.fromCode(rs.getString(5))));
                while (reports.next()) {
                    ReportSummary summary = ReportRows.summary(reports);
                    sink.accept(new ReportValues(summary, rows.take(summary.id())));
                }
            }
        });
    }

    @Override
    public void forEachHistoryRow(RowSink<HistoryRow> sink) throws StoreException, IOException {
        try (Connection c = db.connection()) {
            db.dialect().streamResults(c, true);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + AuditWriter.COLUMNS
                    + ", r.file_name FROM audit_log a JOIN reports r ON r.id = a.report_id ORDER BY a.id")) {
                while (rs.next()) {
                    long reverts = rs.getLong("reverts");
                    Long revertsOrNull = rs.wasNull() ? null : reverts;
                    sink.accept(new HistoryRow(AuditWriter.entry(rs), rs.getString("file_name"), revertsOrNull,
                            rs.getString("check_rule")));
                }
            } finally {
                db.dialect().streamResults(c, false);
            }
        } catch (SQLException e) {
            throw db.problem("read the history from", e);
        }
    }

    private interface SnapshotWork {
        void run(Connection c) throws SQLException, IOException;
    }

    /** Runs the queries in one read-only snapshot (repeatable read), streamed, and gives the connection back clean. */
    private void snapshot(String doing, SnapshotWork work) throws StoreException, IOException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one snapshot for the queries
            db.dialect().streamResults(c, true);
            try {
                work.run(c);
            } finally {
                c.rollback();
                db.dialect().streamResults(c, false);
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw db.problem(doing, e);
        }
    }
}
