package org.ogireview.store;

import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Double coding in the database (migration V8): which reports two coders code, each coder's own values, and the
 * adjudicator's decisions. Every write is one transaction with its audit-log entry (role and note included).
 * Standard SQL only (no MERGE): the same statements run on PostgreSQL.
 * <p>
 * One piece (over 400 lines) because it is the whole SQL of the three coding tables, kept together like the other
 * parts' {@code *Rows} classes: migration V8 and the PostgreSQL dialect have one counterpart to read against.
 */
public final class CodingStore {

    /** Roles in the audit log's coding_role column. */
    public static final String FIRST = "first_coder";
    public static final String SECOND = "second_coder";
    public static final String ADJUDICATOR = "adjudicator";
    /** Who marked a report for double coding. Entries with a role are never undone by the desk's undo (V8). */
    public static final String ASSIGNER = "assigner";
    /** The dataset value written where both coders agree. */
    public static final String AGREEMENT = "agreement";

    /** A report marked for double coding. */
    public record Assignment(long reportId, String firstCoder, String secondCoder, String assignedBy,
                             Instant assignedAt, String how) {

        public boolean hasCoder(String coder) {
            return firstCoder.equals(coder) || secondCoder.equals(coder);
        }

        /** The audit role of a coder of this report. */
        public String roleOf(String coder) {
            return firstCoder.equals(coder) ? FIRST : secondCoder.equals(coder) ? SECOND : null;
        }

        public String otherCoder(String coder) {
            return firstCoder.equals(coder) ? secondCoder : firstCoder;
        }
    }

    /** One coder's value of one figure. */
    public record CoderFigure(long reportId, String coder, Figure figure, Instant changedAt) {
    }

    /** The adjudicator's decision on one figure; choice is first, second or third. */
    public record Decision(long reportId, String key, String adjudicator, String choice, Figure figure, String note,
                           Instant decidedAt) {
    }

    private final Database db;

    public CodingStore(Database db) {
        this.db = db;
    }

    /** The coding store of a database store; empty for a stand-in store that keeps no database. */
    public static Optional<CodingStore> of(ReportStore store) {
        return store instanceof H2ReportStore h2 ? Optional.of(new CodingStore(h2.database())) : Optional.empty();
    }

    // ------------------------------------------------------------------ assignments

    /**
     * Marks reports for double coding by these two coders. A report already assigned to other coders keeps them
     * (its coding would otherwise lose an owner): those ids are returned, the rest are assigned.
     */
    public List<Long> assign(Collection<Long> reportIds, String first, String second, String by, String how)
            throws StoreException {
        if (first == null || second == null || first.isBlank() || second.isBlank() || first.equals(second)) {
            throw new IllegalArgumentException("double coding needs two different coders");
        }
        return db.write("mark reports for double coding in", c -> {
            List<Long> kept = new ArrayList<>();
            Instant at = Instant.now();
            for (long id : reportIds) {
                Optional<Assignment> old = assignment(c, id);
                if (old.isPresent()) {
                    if (!(old.get().hasCoder(first) && old.get().hasCoder(second))) {
                        kept.add(id);
                    }
                    continue;
                }
                requireReport(c, id);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO double_coding (report_id, first_coder, "
                        + "second_coder, assigned_by, assigned_at, how) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setString(2, first);
                    ps.setString(3, second);
                    ps.setString(4, by);
                    ps.setObject(5, Times.toDb(at));
                    ps.setString(6, how);
                    ps.executeUpdate();
                }
                audit(c, id, H2ReportStore.WHOLE_REPORT, null, new FigureState(first + "," + second, null, null,
                        null, null, null), by, at, "double_coding", ASSIGNER, how);
                adoptEarlierEdits(c, id, first, at);
                adoptEarlierEdits(c, id, second, at);
            }
            return kept;
        });
    }

    /**
     * A coder who had already coded the report alone keeps that work as their own coding: their edits in the
     * figures table become their coder values.
     */
    private void adoptEarlierEdits(Connection c, long reportId, String coder, Instant at) throws SQLException {
        List<Figure> edited = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT field_key, figure_value, qualifier, status, "
                + "span_start, span_end, snippet, confidence, extracted_value, extracted_qualifier FROM figures "
                + "WHERE report_id = ? AND coder = ?")) {
            ps.setLong(1, reportId);
            ps.setString(2, coder);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    edited.add(new Figure(rs.getString(1), rs.getString(2), Qualifier.fromCode(rs.getString(3)),
                            FigureStatus.fromCode(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getString(7),
                            rs.getDouble(8), rs.getString(9), Qualifier.fromCode(rs.getString(10))));
                }
            }
        }
        for (Figure f : edited) {
            writeCoderFigure(c, reportId, coder, f, at);
        }
    }

    public Optional<Assignment> assignment(long reportId) throws StoreException {
        return db.read("read the double coding of report " + reportId + " from", c -> assignment(c, reportId));
    }

    /** Every double-coded report, by report id. */
    public Map<Long, Assignment> assignments() throws StoreException {
        return db.read("read the double coding from", c -> {
            Map<Long, Assignment> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT report_id, first_coder, "
                    + "second_coder, assigned_by, assigned_at, how FROM double_coding ORDER BY report_id")) {
                while (rs.next()) {
                    Assignment a = assignment(rs);
                    out.put(a.reportId(), a);
                }
            }
            return out;
        });
    }

    static Optional<Assignment> assignment(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT report_id, first_coder, second_coder, assigned_by, "
                + "assigned_at, how FROM double_coding WHERE report_id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(assignment(rs)) : Optional.empty();
            }
        }
    }

    private static Assignment assignment(ResultSet rs) throws SQLException {
        return new Assignment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Times.fromDb(rs, 5), rs.getString(6));
    }

    // ------------------------------------------------------------------ coder values

    /**
     * Saves a coder's value of a figure of a report assigned to them, with its audit entry. {@code before} is what
     * the coder saw (their own value or the proposal); nothing is written when the value is unchanged.
     *
     * @return true when something changed
     */
    public boolean saveCoding(long reportId, String coder, Figure before, Figure after, String action)
            throws StoreException {
        return db.write("save " + coder + "'s " + after.key() + " of report " + reportId + " to", c -> {
            Assignment a = assignment(c, reportId).orElseThrow(() -> new StoreException(
                    "Report " + reportId + " is not marked for double coding: nothing was saved."));
            if (!a.hasCoder(coder)) {
                throw new StoreException("Report " + reportId + " is double coded by " + a.firstCoder() + " and "
                        + a.secondCoder() + ", not by " + coder + ": nothing was saved.");
            }
            Optional<CoderFigure> current = coding(c, reportId, coder, after.key());
            Figure old = current.map(CoderFigure::figure).orElse(before);
            FigureState oldState = old == null ? null : FigureState.of(old);
            FigureState now = FigureState.of(after);
            if (now.equals(oldState) && current.isPresent()) {
                return false;
            }
            Instant at = Instant.now();
            writeCoderFigure(c, reportId, coder, after, at);
            audit(c, reportId, after.key(), oldState, now, coder, at, action, a.roleOf(coder), null);
            return true;
        });
    }

    static void writeCoderFigure(Connection c, long reportId, String coder, Figure f, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE coder_figures SET figure_value = ?, qualifier = ?, "
                + "status = ?, span_start = ?, span_end = ?, snippet = ?, changed_at = ? "
                + "WHERE report_id = ? AND field_key = ? AND coder = ?")) {
            bindValue(ps, 1, f);
            ps.setObject(7, Times.toDb(at));
            ps.setLong(8, reportId);
            ps.setString(9, f.key());
            ps.setString(10, coder);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO coder_figures (figure_value, qualifier, status, "
                + "span_start, span_end, snippet, changed_at, report_id, field_key, coder) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindValue(ps, 1, f);
            ps.setObject(7, Times.toDb(at));
            ps.setLong(8, reportId);
            ps.setString(9, f.key());
            ps.setString(10, coder);
            ps.executeUpdate();
        }
    }

    private static void bindValue(PreparedStatement ps, int first, Figure f) throws SQLException {
        ps.setString(first, f.value());
        ps.setString(first + 1, f.qualifier().code());
        ps.setString(first + 2, f.status().code());
        ps.setInt(first + 3, f.start());
        ps.setInt(first + 4, f.end());
        ps.setString(first + 5, f.snippet());
    }

    /** One coder's values of one report, by key. */
    public Map<String, CoderFigure> codings(long reportId, String coder) throws StoreException {
        return db.read("read " + coder + "'s coding of report " + reportId + " from", c -> {
            Map<String, CoderFigure> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(CODING_SELECT
                    + " WHERE c.report_id = ? AND c.coder = ? ORDER BY c.field_key")) {
                ps.setLong(1, reportId);
                ps.setString(2, coder);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        CoderFigure f = coderFigure(rs);
                        out.put(f.figure().key(), f);
                    }
                }
            }
            return out;
        });
    }

    /**
     * Undoes this coder's latest change of their own values of a report they double code (kept across restarts,
     * never another coder's); their figure as it is now. Refused ({@link UndoConflictException}, logged) when their
     * value was changed by someone else since. See {@link CodingUndo}.
     */
    public Optional<Figure> undoCoding(long reportId, String coder) throws StoreException {
        return new CodingUndo(db).step(reportId, coder, true);
    }

    /** Redoes this coder's latest undone change of their own values; refused like {@link #undoCoding}. */
    public Optional<Figure> redoCoding(long reportId, String coder) throws StoreException {
        return new CodingUndo(db).step(reportId, coder, false);
    }

    /** True when {@link #undoCoding} (undo) or {@link #redoCoding} has a change of this coder's to take. */
    public boolean canStepCoding(long reportId, String coder, boolean undo) throws StoreException {
        return db.read("read " + coder + "'s undo history of report " + reportId + " in", c -> {
            UndoHistory h = UndoHistory.load(c, reportId, coder, UndoHistory.Kind.CODING);
            return (undo ? h.nextUndo() : h.nextRedo()).isPresent();
        });
    }

    /** Every coder value in the database, report by report (for agreement, the exports and export-coding). */
    public List<CoderFigure> allCodings() throws StoreException {
        return db.read("read the coders' values from", c -> {
            List<CoderFigure> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(CODING_SELECT
                    + " ORDER BY c.report_id, c.coder, c.field_key")) {
                while (rs.next()) {
                    out.add(coderFigure(rs));
                }
            }
            return out;
        });
    }

    private static final String CODING_SELECT = "SELECT c.report_id, c.coder, c.field_key, c.figure_value, "
            + "c.qualifier, c.status, c.span_start, c.span_end, c.snippet, c.changed_at, f.confidence, "
            + "f.extracted_value, f.extracted_qualifier FROM coder_figures c LEFT JOIN figures f "
            + "ON f.report_id = c.report_id AND f.field_key = c.field_key";

    static Optional<CoderFigure> coding(Connection c, long reportId, String coder, String key)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CODING_SELECT
                + " WHERE c.report_id = ? AND c.coder = ? AND c.field_key = ?")) {
            ps.setLong(1, reportId);
            ps.setString(2, coder);
            ps.setString(3, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(coderFigure(rs)) : Optional.empty();
            }
        }
    }

    private static CoderFigure coderFigure(ResultSet rs) throws SQLException {
        String extracted = rs.getString(12);
        String extractedQualifier = rs.getString(13);
        double confidence = rs.getDouble(11);
        Figure f = new Figure(rs.getString(3), rs.getString(4), Qualifier.fromCode(rs.getString(5)),
                FigureStatus.fromCode(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getString(9),
                extracted == null ? 1.0 : confidence, extracted == null ? "" : extracted,
                Qualifier.fromCode(extractedQualifier));
        return new CoderFigure(rs.getLong(1), rs.getString(2), f, Times.fromDb(rs, 10));
    }

    // ------------------------------------------------------------------ adjudication

    /**
     * Records the adjudicator's decision and makes it the dataset value, in one transaction with one audit entry
     * (action adjudicate:first|second|third, role adjudicator, the note kept).
     */
    public void decide(Decision d) throws StoreException {
        if (!List.of("first", "second", "third").contains(d.choice())) {
            throw new IllegalArgumentException("choice must be first, second or third: " + d.choice());
        }
        db.write("save the decision on " + d.key() + " of report " + d.reportId() + " to", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM adjudications WHERE report_id = ? "
                    + "AND field_key = ?")) {
                ps.setLong(1, d.reportId());
                ps.setString(2, d.key());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO adjudications (report_id, field_key, "
                    + "adjudicator, choice, figure_value, qualifier, status, note, decided_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, d.reportId());
                ps.setString(2, d.key());
                ps.setString(3, d.adjudicator());
                ps.setString(4, d.choice());
                ps.setString(5, d.figure().value());
                ps.setString(6, d.figure().qualifier().code());
                ps.setString(7, d.figure().status().code());
                ps.setString(8, d.note() == null ? "" : d.note());
                ps.setObject(9, Times.toDb(d.decidedAt()));
                ps.executeUpdate();
            }
            writeDataset(c, d.reportId(), d.figure(), d.adjudicator(), d.decidedAt(), "adjudicate:" + d.choice(),
                    ADJUDICATOR, d.note());
            return null;
        });
    }

    /**
     * Makes the value both coders agree on the dataset value (the figures table), with its audit entry (action
     * agree, role agreement). Like a decision it is outside the desk's undo: the coders' values say it.
     */
    public void writeAgreed(long reportId, Figure agreed, String coders) throws StoreException {
        db.write("save the agreed " + agreed.key() + " of report " + reportId + " to", c -> {
            writeDataset(c, reportId, agreed, coders, Instant.now(), "agree", AGREEMENT, null);
            return null;
        });
    }

    /** The figures-table write of a decision or an agreement, in the caller's transaction; nothing when unchanged. */
    private void writeDataset(Connection c, long reportId, Figure f, String who, Instant at, String action,
                              String role, String note) throws SQLException, StoreException {
        ReportRows.requireReport(c, db, reportId);
        StoredFigure current = FigureRows.load(c, reportId, f.key());
        FigureState old = current == null ? null : FigureState.of(current.figure());
        FigureState now = FigureState.of(f);
        if (now.equals(old) && note == null) {
            return;
        }
        new FigureRows(db.dialect()).write(c, reportId, f, who, at);
        audit(c, reportId, f.key(), old, now, who, at, action, role, note);
        ReportRows.afterFigureChange(c, reportId, f.key(), f, true);
    }

    /** Every decision, by report id then key. */
    public Map<Long, Map<String, Decision>> decisions() throws StoreException {
        return db.read("read the adjudications from", c -> {
            Map<Long, Map<String, Decision>> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(DECISION_SELECT)) {
                while (rs.next()) {
                    Decision d = decision(rs);
                    out.computeIfAbsent(d.reportId(), k -> new LinkedHashMap<>()).put(d.key(), d);
                }
            }
            return out;
        });
    }

    /** The decision on one figure, if there is one. */
    public Optional<Decision> decision(long reportId, String key) throws StoreException {
        return db.read("read the decision on " + key + " of report " + reportId + " from",
                c -> decision(c, reportId, key));
    }

    private static final String DECISION_SELECT = "SELECT report_id, field_key, adjudicator, choice, figure_value, "
            + "qualifier, status, note, decided_at FROM adjudications";

    private static Optional<Decision> decision(Connection c, long reportId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DECISION_SELECT + " WHERE report_id = ? AND field_key = ?")) {
            ps.setLong(1, reportId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(decision(rs)) : Optional.empty();
            }
        }
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        Figure f = new Figure(rs.getString(2), rs.getString(5), Qualifier.fromCode(rs.getString(6)),
                FigureStatus.fromCode(rs.getString(7)), -1, -1, "", 1.0, "", Qualifier.EXACT);
        return new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), f, rs.getString(8),
                Times.fromDb(rs, 9));
    }

    // ------------------------------------------------------------------ audit roles

    /** Role and note of every audit entry that has one (the history export's extra columns), by entry id. */
    public Map<Long, String[]> auditRoles() throws StoreException {
        return db.read("read the coding roles of the audit log from", c -> {
            Map<Long, String[]> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, coding_role, note "
                    + "FROM audit_log WHERE coding_role IS NOT NULL OR note IS NOT NULL")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)});
                }
            }
            return out;
        });
    }

    private static void audit(Connection c, long reportId, String key, FigureState old, FigureState now,
                              String coder, Instant at, String action, String role, String note) throws SQLException {
        AuditWriter.append(c, reportId, key, old, now, coder, at, action, null, null, role, note);
    }

    private void requireReport(Connection c, long reportId) throws SQLException, StoreException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM reports WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("Report " + reportId + " is not in " + db.file());
                }
            }
        }
    }
}
