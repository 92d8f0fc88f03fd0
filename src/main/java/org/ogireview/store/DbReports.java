package org.ogireview.store;

import org.ogireview.model.Finding;
import org.ogireview.model.Report;
import org.ogireview.model.ReviewState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Reports} in the database: an import writes the report row, its figures, own-field labels, searchable text,
 * findings and the audit entry in one transaction.
 */
final class DbReports implements Reports {

    private final Database db;
    private final FigureRows figureRows;
    private final String importCoder;

    DbReports(Database db, FigureRows figureRows, String importCoder) {
        this.db = db;
        this.figureRows = figureRows;
        this.importCoder = importCoder;
    }

    @Override
    public ImportOutcome add(NewReport report) throws StoreException {
        Set<String> fresh = new HashSet<>();
        ImportOutcome outcome = db.write("import " + report.fileName() + " into", c -> insert(c, report,
                importCoder, Instant.now(), fresh));
        figureRows.committed(fresh);
        return outcome;
    }

    @Override
    public List<ImportOutcome> addAll(List<NewReport> reports, String coder) throws StoreException {
        if (reports.isEmpty()) {
            return List.of();
        }
        String who = coder == null || coder.isBlank() ? importCoder : coder;
        String what = reports.size() == 1 ? reports.get(0).fileName() : reports.size() + " reports";
        Set<String> fresh = new HashSet<>();
        List<ImportOutcome> outcomes = db.write("import " + what + " into", c -> {
            fresh.clear(); // a fresh start should the work ever be run again
            Instant now = Instant.now();
            List<ImportOutcome> out = new ArrayList<>(reports.size());
            for (NewReport r : reports) {
                out.add(insert(c, r, who, now, fresh));
            }
            return out;
        });
        figureRows.committed(fresh);
        return outcomes;
    }

    private ImportOutcome insert(Connection c, NewReport r, String coder, Instant now, Set<String> freshKeys)
            throws SQLException {
        Optional<Long> existing = ReportRows.idBySha256(c, r.sha256());
        if (existing.isPresent()) {
            return new ImportOutcome(existing.get(), true);
        }
        long failed = r.findings().stream().filter(Finding::failed).count();
        long id = ReportRows.insert(c, db.dialect(), r, (int) failed, now);
        figureRows.insertAll(c, id, r.figures(), freshKeys); // catalogue figures, then the report-specific ones
        OwnFieldTable.put(c, db.dialect(), id, r.ownFields());
        TextIndex.add(c, id, r.foldedText());
        CheckRows.insertFindings(c, id, r.findings());
        AuditWriter.append(c, id, AuditActions.WHOLE_REPORT, null, FigureState.of(r.fileName()), coder, now,
                AuditActions.IMPORT, null, null);
        return new ImportOutcome(id, false);
    }

    @Override
    public Optional<Long> idBySha256(String sha256) throws StoreException {
        return db.read("look up a report in", c -> ReportRows.idBySha256(c, sha256));
    }

    @Override
    public Set<Long> presentIds(Collection<Long> ids) throws StoreException {
        Set<Long> all = db.read("look up the imported reports in", c -> {
            Set<Long> out = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM reports")) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
        Set<Long> out = new HashSet<>(ids);
        out.retainAll(all);
        return out;
    }

    @Override
    public int count() throws StoreException {
        return db.read("count the reports in", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM reports")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public List<ReportSummary> list() throws StoreException {
        return db.read("list the reports in", c -> {
            List<ReportSummary> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT "
                    + ReportRows.SUMMARY_COLUMNS
                    + " FROM reports ORDER BY region NULLS LAST, report_year NULLS LAST, id")) {
                while (rs.next()) {
                    out.add(ReportRows.summary(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Report report(long id) throws StoreException {
        return db.read("read report " + id + " from", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, sha256, file_name, source_path, source_kind, "
                    + "charset, report_text, region, report_year, published_on, format, needs_manual FROM reports "
                    + "WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("Report " + id + " is not in " + db.location());
                    }
                    return new Report(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            ReportRows.integer(rs, 9), rs.getObject(10, LocalDate.class),
                            ReportRows.format(rs.getString(11)), rs.getString(12));
                }
            }
        });
    }

    @Override
    public Optional<byte[]> original(long id) throws StoreException {
        return db.read("read the original file of report " + id + " from", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT original FROM reports WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void updateReviewSummary(long reportId, int openChecks, ReviewState state) throws StoreException {
        db.write("update the review state of report " + reportId + " in", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET open_checks = ?, review_state = ? "
                    + "WHERE id = ?")) {
                ps.setInt(1, openChecks);
                ps.setString(2, state.code());
                ps.setLong(3, reportId);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("Report " + reportId + " is not in " + db.location());
                }
            }
            return null;
        });
    }
}
