package org.ogireview.store;

import org.ogireview.model.CheckMark;
import org.ogireview.model.Finding;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/** {@link Checks} in the database; a check mark is appended to the audit log like a figure change. */
final class DbChecks implements Checks {

    private final Database db;
    private final ReentrantLock edits;
    private final String defaultCoder;

    /** {@code edits}: coder edits one at a time (shared with the figures), see {@link H2ReportStore}. */
    DbChecks(Database db, ReentrantLock edits, String defaultCoder) {
        this.db = db;
        this.edits = edits;
        this.defaultCoder = defaultCoder;
    }

    @Override
    public List<CheckMark> checkMarks(long reportId) throws StoreException {
        return db.read("read the check marks of report " + reportId + " from", c -> {
            List<CheckMark> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CheckRows.MARK_COLUMNS
                    + " FROM check_marks WHERE report_id = ? ORDER BY rule, fields")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(CheckRows.mark(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void saveCheckMark(CheckMark mark) throws StoreException {
        String who = mark.coder() == null || mark.coder().isBlank() ? defaultCoder : mark.coder().strip();
        Instant at = mark.at() == null ? Instant.now() : mark.at();
        String note = mark.note() == null ? "" : mark.note();
        edits.lock();
        try {
            saveMarkLocked(mark, who, at, note);
        } finally {
            edits.unlock();
        }
    }

    private void saveMarkLocked(CheckMark mark, String who, Instant at, String note) throws StoreException {
        db.write("save a check mark of report " + mark.reportId() + " to", c -> {
            ReportRows.requireReport(c, db, mark.reportId());
            FigureState old = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT as_published, note FROM check_marks "
                    + "WHERE report_id = ? AND rule = ? AND fields = ?")) {
                ps.setLong(1, mark.reportId());
                ps.setString(2, mark.rule());
                ps.setString(3, mark.fields());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        old = FigureState.ofMark(rs.getBoolean(1), rs.getString(2));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(db.dialect().upsert("check_marks",
                    CheckRows.MARK_COLUMN_LIST, List.of("report_id", "rule", "fields")))) {
                ps.setLong(1, mark.reportId());
                ps.setString(2, mark.rule());
                ps.setString(3, mark.fields());
                ps.setBoolean(4, mark.asPublished());
                ps.setString(5, note);
                ps.setString(6, who);
                ps.setObject(7, Times.toDb(at));
                ps.executeUpdate();
            }
            AuditWriter.append(c, mark.reportId(), mark.fields(), old, FigureState.ofMark(mark.asPublished(), note),
                    who, at, AuditActions.CHECK_MARK, null, mark.rule());
            ReportRows.recountOpenChecks(c, mark.reportId());
            return null;
        });
    }

    @Override
    public void saveFindings(long reportId, List<Finding> findings) throws StoreException {
        db.write("save the check results of report " + reportId + " to", c -> {
            ReportRows.requireReport(c, db, reportId);
            CheckRows.deleteFindings(c, reportId);
            CheckRows.insertFindings(c, reportId, findings);
            ReportRows.recountOpenChecks(c, reportId);
            return null;
        });
    }

    @Override
    public List<Finding> findings(long reportId) throws StoreException {
        return db.read("read the check results of report " + reportId + " from", c -> {
            List<Finding> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CheckRows.FINDING_COLUMNS
                    + " FROM check_findings WHERE report_id = ? ORDER BY seq")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(CheckRows.finding(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<String, Set<Long>> openFailures() throws StoreException {
        return db.read("list the failing checks in", c -> {
            Map<String, Set<Long>> out = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(CheckRows.OPEN_FAILURES)) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
            return out;
        });
    }

    @Override
    public Set<String> openFailures(long reportId) throws StoreException {
        return db.read("list the failing checks of report " + reportId + " in", c -> {
            Set<String> out = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement(CheckRows.OPEN_FAILURES + " AND f.report_id = ?")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
