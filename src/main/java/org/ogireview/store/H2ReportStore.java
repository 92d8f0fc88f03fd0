package org.ogireview.store;

import org.ogireview.check.Finding;
import org.ogireview.extract.Extraction;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.model.CheckMark;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.model.Report;
import org.ogireview.model.ReportFormat;
import org.ogireview.model.ReviewState;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link ReportStore} on the embedded H2 database. Thread-safe: every call takes its own pooled connection, and every
 * write is one transaction. Figure changes, undo, redo, check marks and imports are appended to {@code audit_log},
 * which a trigger keeps append-only; undo and redo are derived from that log, so they survive restarts.
 */
public final class H2ReportStore implements ReportStore {

    /** The key of the audit entry an import writes (it concerns the whole report, not one figure). */
    public static final String WHOLE_REPORT = "*";

    static final String ACTION_IMPORT = "import";
    static final String ACTION_UNDO = "undo";
    static final String ACTION_REDO = "redo";
    static final String ACTION_CHECK_MARK = "check_mark";
    private static final Set<String> RESERVED_ACTIONS = Set.of(ACTION_IMPORT, ACTION_UNDO, ACTION_REDO,
            ACTION_CHECK_MARK);

    private static final String SUMMARY_COLUMNS = "id, file_name, region, report_year, format, figure_count, "
            + "reviewed_count, open_checks, review_state, needs_manual";
    /** Figure ids per report: id = report_id * FIGURE_SLOTS + slot (migration V1). */
    private static final long FIGURE_SLOTS = 65_536;
    private static final String FIGURE_COLUMNS = "report_id, field_key, figure_value, qualifier, status, span_start, "
            + "span_end, snippet, confidence, extracted_value, extracted_qualifier, coder, changed_at";
    private static final String AUDIT_COLUMNS = "a.id, a.report_id, a.field_key, a.old_value, a.old_qualifier, "
            + "a.old_status, a.new_value, a.new_qualifier, a.new_status, a.coder, a.changed_at, a.action, a.reverts, "
            + "a.check_rule";
    private static final String FINDING_COLUMNS = "report_id, rule, severity, fields, ran, failed, message_zh, "
            + "message_en";
    private static final String MARK_COLUMNS = "report_id, rule, fields, as_published, note, coder, marked_at";

    private final Database db;
    private final String importCoder;
    /**
     * Coder edits (save, undo, redo, marks) one at a time: undo decides what to revert from the log it reads, so
     * two at once could revert the same change twice. Imports do not take it; they only add new reports.
     */
    private final ReentrantLock edits = new ReentrantLock();
    /** Keys known to be in figure_keys, so a batch only writes the new ones. */
    private final Set<String> knownKeys = ConcurrentHashMap.newKeySet();

    private H2ReportStore(Database db) {
        this.db = db;
        this.importCoder = System.getProperty("user.name", "unknown");
    }

    /** Opens (creating or upgrading) the database at a path the user gave; see {@link Database#open}. */
    public static H2ReportStore open(Path database) throws StoreException {
        return new H2ReportStore(Database.open(database));
    }

    /** Opens the database through one of H2's file systems (tests use one that fails on purpose). */
    static H2ReportStore open(Path database, String fileSystem) throws StoreException {
        return new H2ReportStore(Database.open(database, fileSystem));
    }

    /** Opens the database in the user's data folder. */
    public static H2ReportStore openDefault() throws StoreException {
        return new H2ReportStore(Database.openDefault());
    }

    @Override
    public Path path() {
        return db.file();
    }

    /** The database underneath (for its size and for tests). */
    public Database database() {
        return db;
    }

    // ---------------------------------------------------------------- import

    @Override
    public ImportOutcome add(IngestedDocument document, Extraction extraction, String sourcePath, byte[] original)
            throws StoreException {
        NewReport report = new NewReport(document, extraction, List.of(), sourcePath, original);
        Set<String> fresh = new HashSet<>();
        ImportOutcome outcome = db.write("import " + document.fileName() + " into", c -> insert(c, report,
                importCoder, Instant.now(), fresh));
        knownKeys.addAll(fresh);
        return outcome;
    }

    @Override
    public List<ImportOutcome> addAll(List<NewReport> reports, String coder) throws StoreException {
        if (reports.isEmpty()) {
            return List.of();
        }
        String who = coder == null || coder.isBlank() ? importCoder : coder;
        String what = reports.size() == 1 ? reports.get(0).document().fileName() : reports.size() + " reports";
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
        knownKeys.addAll(fresh);
        return outcomes;
    }

    private ImportOutcome insert(Connection c, NewReport r, String coder, Instant now, Set<String> freshKeys)
            throws SQLException {
        IngestedDocument doc = r.document();
        Optional<Long> existing = idBySha256(c, doc.sha256());
        if (existing.isPresent()) {
            return new ImportOutcome(existing.get(), true);
        }
        Extraction x = r.extraction();
        long failed = r.findings().stream().filter(Finding::failed).count();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reports (sha256, file_name, source_path, "
                + "source_kind, charset, report_text, region, report_year, published_on, format, needs_manual, "
                + "original, imported_at, figure_count, reviewed_count, open_checks, review_state) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, doc.sha256());
            ps.setString(2, doc.fileName());
            ps.setString(3, r.sourcePath());
            ps.setString(4, doc.sourceKind());
            ps.setString(5, doc.charset());
            ps.setString(6, doc.text());
            ps.setString(7, x.region());
            setInteger(ps, 8, x.year());
            ps.setObject(9, x.publishedOn());
            ps.setString(10, x.format() == null ? null : x.format().code());
            ps.setString(11, doc.needsManual());
            if (r.original() == null) {
                ps.setNull(12, Types.BLOB);
            } else {
                ps.setBytes(12, r.original());
            }
            ps.setObject(13, Times.toDb(now));
            ps.setInt(14, x.allFigures().size());
            ps.setInt(15, (int) failed);
            ps.setString(16, ReviewState.NEW.code());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        List<ExtractedFigure> all = x.allFigures(); // catalogue figures, then the report-specific ones
        if (all.size() >= FIGURE_SLOTS) {
            throw new SQLException("the report has " + all.size() + " figures; at most " + (FIGURE_SLOTS - 1)
                    + " can be stored");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO figures (id, " + FIGURE_COLUMNS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)")) {
            long slot = firstSlot(id);
            for (ExtractedFigure f : all) {
                Figure fig = Figure.fromExtracted(f);
                ps.setLong(1, slot++);
                ps.setLong(2, id);
                bindFigure(ps, 3, fig);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        rememberKeys(c, all.stream().map(ExtractedFigure::key).toList(), freshKeys);
        OwnFieldTable.put(c, id, x.ownFigures().stream().map(org.ogireview.model.OwnFigure::field).toList());
        TextIndex.add(c, id, doc.text());
        insertFindings(c, id, r.findings());
        AuditWriter.append(c, id, WHOLE_REPORT, null, FigureState.of(doc.fileName()), coder, now, ACTION_IMPORT,
                null, null);
        return new ImportOutcome(id, false);
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Optional<Long> idBySha256(String sha256) throws StoreException {
        return db.read("look up a report in", c -> idBySha256(c, sha256));
    }

    private static Optional<Long> idBySha256(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM reports WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    @Override
    public Set<Long> presentIds(java.util.Collection<Long> ids) throws StoreException {
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
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(db.readOnlyReason());
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
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + SUMMARY_COLUMNS
                    + " FROM reports ORDER BY region NULLS LAST, report_year NULLS LAST, id")) {
                while (rs.next()) {
                    out.add(summary(rs));
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
                        throw new StoreException("Report " + id + " is not in " + db.file());
                    }
                    return new Report(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), integer(rs, 9),
                            rs.getObject(10, LocalDate.class), format(rs.getString(11)), rs.getString(12));
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
    public List<Figure> figures(long reportId) throws StoreException {
        return storedFigures(reportId).stream().map(StoredFigure::figure).toList();
    }

    /** A report's figures with who changed each last, in catalogue order. */
    public List<StoredFigure> storedFigures(long reportId) throws StoreException {
        return db.read("read the figures of report " + reportId + " from", c -> {
            List<StoredFigure> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + FIGURE_COLUMNS
                    + " FROM figures WHERE id >= ? AND id < ?")) {
                ps.setLong(1, firstSlot(reportId));
                ps.setLong(2, firstSlot(reportId + 1));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(storedFigure(rs));
                    }
                }
            }
            sortFigures(out);
            return out;
        });
    }

    // ---------------------------------------------------------------- changes

    @Override
    public void save(long reportId, Figure before, Figure after, String coder, String action) throws StoreException {
        if (after == null) {
            throw new IllegalArgumentException("save needs the figure after the change");
        }
        if (before != null && !before.key().equals(after.key())) {
            throw new IllegalArgumentException("before and after are different fields: " + before.key() + ", "
                    + after.key());
        }
        if (action == null || action.isBlank() || RESERVED_ACTIONS.contains(action)) {
            throw new IllegalArgumentException("not an edit action: " + action);
        }
        String who = coderOrDefault(coder);
        edits.lock();
        try {
            saveLocked(reportId, after, who, action);
        } finally {
            edits.unlock();
        }
    }

    private void saveLocked(long reportId, Figure after, String who, String action) throws StoreException {
        db.write("save " + after.key() + " of report " + reportId + " to", c -> {
            requireReport(c, reportId);
            StoredFigure current = loadFigure(c, reportId, after.key());
            FigureState old = current == null ? null : FigureState.of(current.figure());
            FigureState now = FigureState.of(after);
            if (now.equals(old)) {
                return null; // nothing changed: no entry, so undo never "undoes" an invisible step
            }
            Instant at = Instant.now();
            writeFigure(c, reportId, after, who, at);
            AuditWriter.append(c, reportId, after.key(), old, now, who, at, action, null, null);
            afterFigureChange(c, reportId, after.key(), after, true);
            return null;
        });
    }

    @Override
    public Optional<Figure> undo(long reportId, String coder) throws StoreException {
        return step(reportId, coder, true);
    }

    @Override
    public Optional<Figure> redo(long reportId, String coder) throws StoreException {
        return step(reportId, coder, false);
    }

    @Override
    public boolean canUndo(long reportId) throws StoreException {
        return db.read("read the undo history of report " + reportId + " in",
                c -> UndoHistory.load(c, reportId).nextUndo().isPresent());
    }

    @Override
    public boolean canRedo(long reportId) throws StoreException {
        return db.read("read the undo history of report " + reportId + " in",
                c -> UndoHistory.load(c, reportId).nextRedo().isPresent());
    }

    /**
     * Undo: puts the latest change not yet undone back to its state before; redo: re-applies the latest undone
     * change. Returns the figure as it is now; when the undone change had created the figure, it is removed and an
     * empty AUTO figure without a source stands for it.
     */
    private Optional<Figure> step(long reportId, String coder, boolean undo) throws StoreException {
        edits.lock();
        try {
            return stepLocked(reportId, coderOrDefault(coder), undo);
        } finally {
            edits.unlock();
        }
    }

    private Optional<Figure> stepLocked(long reportId, String who, boolean undo) throws StoreException {
        return db.write((undo ? "undo a change of report " : "redo a change of report ") + reportId + " in", c -> {
            UndoHistory history = UndoHistory.load(c, reportId);
            Optional<UndoHistory.Change> next = undo ? history.nextUndo() : history.nextRedo();
            if (next.isEmpty()) {
                return Optional.<Figure>empty();
            }
            UndoHistory.Change change = next.get();
            FigureState target = undo ? change.before() : change.after();
            StoredFigure current = loadFigure(c, reportId, change.key());
            FigureState old = current == null ? null : FigureState.of(current.figure());
            Instant at = Instant.now();
            Figure result;
            if (target == null) {
                deleteFigure(c, reportId, change.key());
                result = new Figure(change.key(), "", Qualifier.EXACT, FigureStatus.AUTO, -1, -1, "", 0, "",
                        Qualifier.EXACT);
            } else {
                result = target.applyTo(change.key(), current == null ? null : current.figure());
                writeFigure(c, reportId, result, who, at);
            }
            AuditWriter.append(c, reportId, change.key(), old, target, who, at, undo ? ACTION_UNDO : ACTION_REDO,
                    change.entryId(), null);
            afterFigureChange(c, reportId, change.key(), target == null ? null : result, true);
            return Optional.of(result);
        });
    }

    @Override
    public List<AuditEntry> history(long reportId) throws StoreException {
        return db.read("read the history of report " + reportId + " from", c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + AUDIT_COLUMNS
                    + " FROM audit_log a WHERE a.report_id = ? ORDER BY a.id")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(AuditWriter.entry(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<AuditEntry> history() throws StoreException {
        List<AuditEntry> out = new ArrayList<>();
        try {
            forEachHistoryRow(row -> out.add(row.entry()));
        } catch (IOException e) {
            throw new IllegalStateException(e); // the sink above does no I/O
        }
        return out;
    }

    // ---------------------------------------------------------------- checks

    @Override
    public List<CheckMark> checkMarks(long reportId) throws StoreException {
        return db.read("read the check marks of report " + reportId + " from", c -> {
            List<CheckMark> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + MARK_COLUMNS
                    + " FROM check_marks WHERE report_id = ? ORDER BY rule, fields")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(mark(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void saveCheckMark(CheckMark mark) throws StoreException {
        String who = coderOrDefault(mark.coder());
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
            requireReport(c, mark.reportId());
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
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO check_marks (" + MARK_COLUMNS
                    + ") KEY (report_id, rule, fields) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
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
                    who, at, ACTION_CHECK_MARK, null, mark.rule());
            recountOpenChecks(c, mark.reportId());
            return null;
        });
    }

    @Override
    public void saveFindings(long reportId, List<Finding> findings) throws StoreException {
        db.write("save the check results of report " + reportId + " to", c -> {
            requireReport(c, reportId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM check_findings WHERE report_id = ?")) {
                ps.setLong(1, reportId);
                ps.executeUpdate();
            }
            insertFindings(c, reportId, findings);
            recountOpenChecks(c, reportId);
            return null;
        });
    }

    @Override
    public List<Finding> findings(long reportId) throws StoreException {
        return db.read("read the check results of report " + reportId + " from", c -> {
            List<Finding> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + FINDING_COLUMNS
                    + " FROM check_findings WHERE report_id = ? ORDER BY seq")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(finding(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Set<Long> searchText(String phrase) throws StoreException {
        if (db.read("look for unsearched reports in", TextIndex::incomplete)) {
            db.write("prepare the reports for searching in", TextIndex::fillIn);
        }
        return db.read("search the report texts in", c -> TextIndex.search(c, phrase));
    }

    /** Failed findings with no "as published" mark on them (the same test as the open-check count). */
    private static final String OPEN_FAILURES = "SELECT f.rule, f.report_id FROM check_findings f WHERE f.failed "
            + "AND NOT EXISTS (SELECT 1 FROM check_marks m WHERE m.report_id = f.report_id AND m.rule = f.rule "
            + "AND m.fields = f.fields AND m.as_published)";

    @Override
    public Map<String, Set<Long>> openFailures() throws StoreException {
        return db.read("list the failing checks in", c -> {
            Map<String, Set<Long>> out = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(OPEN_FAILURES)) {
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
            try (PreparedStatement ps = c.prepareStatement(OPEN_FAILURES + " AND f.report_id = ?")) {
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

    @Override
    public void updateReviewSummary(long reportId, int openChecks, ReviewState state) throws StoreException {
        db.write("update the review state of report " + reportId + " in", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET open_checks = ?, review_state = ? "
                    + "WHERE id = ?")) {
                ps.setInt(1, openChecks);
                ps.setString(2, state.code());
                ps.setLong(3, reportId);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException("Report " + reportId + " is not in " + db.file());
                }
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- streaming for the exports

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

    /**
     * Streams every report in id order with its figures, findings and marks. Four ordered queries are read side by
     * side (a merge on report id), so the whole collection costs four queries however many reports it holds.
     */
    @Override
    public void forEachReport(RowSink<ReportBundle> sink) throws StoreException, IOException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one snapshot for the four queries
            try (Statement lazy = c.createStatement()) {
                lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            try (Statement sr = c.createStatement(); Statement sf = c.createStatement();
                 Statement sfi = c.createStatement(); Statement sm = c.createStatement();
                 ResultSet reports = sr.executeQuery("SELECT " + SUMMARY_COLUMNS + " FROM reports ORDER BY id");
                 ResultSet figures = sf.executeQuery("SELECT " + FIGURE_COLUMNS
                         + " FROM figures ORDER BY id");
                 // only columns of the check_findings_failed index (migration V2), in its order: no table rows read
                 ResultSet findings = sfi.executeQuery("SELECT report_id, rule, severity, fields, ran, failed "
                         + "FROM check_findings WHERE failed ORDER BY failed, report_id, seq");
                 ResultSet marks = sm.executeQuery("SELECT " + MARK_COLUMNS
                         + " FROM check_marks ORDER BY report_id, rule, fields")) {
                GroupedRows<StoredFigure> figureRows = new GroupedRows<>(figures, H2ReportStore::storedFigure);
                GroupedRows<Finding> findingRows = new GroupedRows<>(findings, H2ReportStore::findingForExport);
                GroupedRows<CheckMark> markRows = new GroupedRows<>(marks, H2ReportStore::mark);
                while (reports.next()) {
                    ReportSummary summary = summary(reports);
                    List<StoredFigure> figs = figureRows.take(summary.id());
                    sortFigures(figs);
                    sink.accept(new ReportBundle(summary, figs, findingRows.take(summary.id()),
                            markRows.take(summary.id())));
                }
            } finally {
                c.rollback();
                try (Statement lazy = c.createStatement()) {
                    lazy.execute("SET LAZY_QUERY_EXECUTION FALSE");
                }
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw db.problem("read the reports for export from", e);
        }
    }

    /** Streams every report in id order with its figures' key, value and status: two ordered queries merged. */
    @Override
    public void forEachReportValues(RowSink<ReportValues> sink) throws StoreException, IOException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement lazy = c.createStatement()) {
                lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            try (Statement sr = c.createStatement(); Statement sf = c.createStatement();
                 ResultSet reports = sr.executeQuery("SELECT " + SUMMARY_COLUMNS + " FROM reports ORDER BY id");
                 ResultSet figures = sf.executeQuery("SELECT report_id, field_key, figure_value, status "
                         + "FROM figures ORDER BY id")) {
                GroupedRows<ReportValues.Value> rows = new GroupedRows<>(figures, rs -> new ReportValues.Value(
                        rs.getString(2), rs.getString(3), FigureStatus.fromCode(rs.getString(4))));
                while (reports.next()) {
                    ReportSummary summary = summary(reports);
                    sink.accept(new ReportValues(summary, rows.take(summary.id())));
                }
            } finally {
                c.rollback();
                try (Statement lazy = c.createStatement()) {
                    lazy.execute("SET LAZY_QUERY_EXECUTION FALSE");
                }
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw db.problem("read the reports for export from", e);
        }
    }

    @Override
    public void forEachHistoryRow(RowSink<HistoryRow> sink) throws StoreException, IOException {
        try (Connection c = db.connection()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + AUDIT_COLUMNS
                    + ", r.file_name FROM audit_log a JOIN reports r ON r.id = a.report_id ORDER BY a.id")) {
                while (rs.next()) {
                    long reverts = rs.getLong("reverts");
                    Long revertsOrNull = rs.wasNull() ? null : reverts;
                    sink.accept(new HistoryRow(AuditWriter.entry(rs), rs.getString("file_name"), revertsOrNull,
                            rs.getString("check_rule")));
                }
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("SET LAZY_QUERY_EXECUTION FALSE");
                }
            }
        } catch (SQLException e) {
            throw db.problem("read the history from", e);
        }
    }

    @Override
    public Map<String, org.ogireview.model.OwnField> ownFields(long reportId) throws StoreException {
        return db.read("read the report-specific labels of report " + reportId + " from",
                c -> OwnFieldTable.of(c, reportId));
    }

    @Override
    public Map<Long, Map<String, org.ogireview.model.OwnField>> ownFields() throws StoreException {
        return db.read("read the report-specific labels from", OwnFieldTable::all);
    }

    @Override
    public void saveOwnField(long reportId, org.ogireview.model.OwnField field) throws StoreException {
        db.write("save the label of " + field.key() + " of report " + reportId + " to", c -> {
            requireReport(c, reportId);
            OwnFieldTable.put(c, reportId, List.of(field));
            return null;
        });
    }

    @Override
    public void close() {
        db.close();
    }

    // ---------------------------------------------------------------- helpers

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

    private static StoredFigure loadFigure(Connection c, long reportId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FIGURE_COLUMNS
                + " FROM figures WHERE report_id = ? AND field_key = ?")) {
            ps.setLong(1, reportId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? storedFigure(rs) : null;
            }
        }
    }

    /** Updates the figure of this key, or adds it in the report's next free slot. */
    private static void writeFigure(Connection c, long reportId, Figure f, String coder, Instant at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE figures SET figure_value = ?, qualifier = ?, "
                + "status = ?, span_start = ?, span_end = ?, snippet = ?, confidence = ?, extracted_value = ?, "
                + "extracted_qualifier = ?, coder = ?, changed_at = ? WHERE report_id = ? AND field_key = ?")) {
            ps.setString(1, f.value());
            ps.setString(2, f.qualifier().code());
            ps.setString(3, f.status().code());
            ps.setInt(4, f.start());
            ps.setInt(5, f.end());
            ps.setString(6, f.snippet());
            ps.setDouble(7, f.confidence());
            ps.setString(8, f.extractedValue());
            ps.setString(9, f.extractedQualifier().code());
            ps.setString(10, coder);
            ps.setObject(11, Times.toDb(at));
            ps.setLong(12, reportId);
            ps.setString(13, f.key());
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        long slot = firstSlot(reportId);
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM figures WHERE id >= ? AND id < ?")) {
            ps.setLong(1, firstSlot(reportId));
            ps.setLong(2, firstSlot(reportId + 1));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    slot = rs.getLong(1) + 1;
                }
            }
        }
        if (slot >= firstSlot(reportId + 1)) {
            throw new SQLException("report " + reportId + " has no room for another figure");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO figures (id, " + FIGURE_COLUMNS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, slot);
            ps.setLong(2, reportId);
            bindFigure(ps, 3, f);
            ps.setString(13, coder);
            ps.setObject(14, Times.toDb(at));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO figure_keys (field_key) KEY (field_key) "
                + "VALUES (?)")) {
            ps.setString(1, f.key());
            ps.executeUpdate();
        }
    }

    /**
     * Adds the keys not yet in figure_keys. {@code knownKeys} is only a shortcut, filled once a transaction has
     * committed (a key remembered from a rolled-back batch would otherwise never be written); {@code fresh} collects
     * this transaction's new keys for that.
     */
    private void rememberKeys(Connection c, List<String> keys, Set<String> fresh) throws SQLException {
        List<String> add = new ArrayList<>();
        for (String k : keys) {
            if (!knownKeys.contains(k) && fresh.add(k)) {
                add.add(k);
            }
        }
        if (add.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO figure_keys (field_key) KEY (field_key) "
                + "VALUES (?)")) {
            for (String k : add) {
                ps.setString(1, k);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The id of a report's first figure slot (see the figures table in migration V1). */
    private static long firstSlot(long reportId) {
        return reportId * FIGURE_SLOTS;
    }

    private static void deleteFigure(Connection c, long reportId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM figures WHERE report_id = ? AND field_key = ?")) {
            ps.setLong(1, reportId);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    /** Binds key .. extracted_qualifier (10 parameters) from {@code first}. */
    private static void bindFigure(PreparedStatement ps, int first, Figure f) throws SQLException {
        ps.setString(first, f.key());
        ps.setString(first + 1, f.value());
        ps.setString(first + 2, f.qualifier().code());
        ps.setString(first + 3, f.status().code());
        ps.setInt(first + 4, f.start());
        ps.setInt(first + 5, f.end());
        ps.setString(first + 6, f.snippet());
        ps.setDouble(first + 7, f.confidence());
        ps.setString(first + 8, f.extractedValue());
        ps.setString(first + 9, f.extractedQualifier().code());
    }

    /**
     * Keeps the report row in step after a figure changed: the metadata columns for a report.* key (null when the
     * figure is gone, blank or not stated), the figure counts, and NEW becomes IN_PROGRESS once a coder acts.
     */
    private static void afterFigureChange(Connection c, long reportId, String key, Figure now, boolean byCoder)
            throws SQLException {
        String column = switch (key) {
            case "report.region" -> "region";
            case "report.year" -> "report_year";
            case "report.published_on" -> "published_on";
            case "report.format" -> "format";
            default -> null;
        };
        if (column != null) {
            Object value = now == null ? null : ReportMetadata.columnValue(key, now);
            try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET " + column + " = ? WHERE id = ?")) {
                ps.setObject(1, value);
                ps.setLong(2, reportId);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET "
                + "figure_count = (SELECT COUNT(*) FROM figures WHERE id >= ? AND id < ?), "
                + "reviewed_count = (SELECT COUNT(*) FROM figures WHERE id >= ? AND id < ? AND status <> 'auto'), "
                + "review_state = CASE WHEN review_state = 'new' AND ? THEN 'in_progress' ELSE review_state END "
                + "WHERE id = ?")) {
            ps.setLong(1, firstSlot(reportId));
            ps.setLong(2, firstSlot(reportId + 1));
            ps.setLong(3, firstSlot(reportId));
            ps.setLong(4, firstSlot(reportId + 1));
            ps.setBoolean(5, byCoder);
            ps.setLong(6, reportId);
            ps.executeUpdate();
        }
    }

    private static void insertFindings(Connection c, long reportId, List<Finding> findings) throws SQLException {
        if (findings.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO check_findings (report_id, seq, rule, severity, "
                + "fields, ran, failed, message_zh, message_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Finding f : findings) {
                ps.setLong(1, reportId);
                ps.setInt(2, seq++);
                ps.setString(3, f.rule());
                ps.setString(4, f.severity().code());
                ps.setString(5, f.fieldList());
                ps.setBoolean(6, f.ran());
                ps.setBoolean(7, f.failed());
                ps.setString(8, f.messageZh() == null ? "" : f.messageZh());
                ps.setString(9, f.messageEn() == null ? "" : f.messageEn());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void recountOpenChecks(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET open_checks = (SELECT COUNT(*) "
                + "FROM check_findings f WHERE f.report_id = ? AND f.failed AND NOT EXISTS (SELECT 1 FROM "
                + "check_marks m WHERE m.report_id = f.report_id AND m.rule = f.rule AND m.fields = f.fields "
                + "AND m.as_published)) WHERE id = ?")) {
            ps.setLong(1, reportId);
            ps.setLong(2, reportId);
            ps.executeUpdate();
        }
    }

    private static void sortFigures(List<StoredFigure> figures) {
        FieldOrder.standard().sort(figures, f -> f.figure().key());
    }

    private static ReportSummary summary(ResultSet rs) throws SQLException {
        return new ReportSummary(rs.getLong(1), rs.getString(2), rs.getString(3), integer(rs, 4),
                format(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                ReviewState.fromCode(rs.getString(9)), rs.getString(10));
    }

    private static StoredFigure storedFigure(ResultSet rs) throws SQLException {
        Figure f = new Figure(rs.getString(2), rs.getString(3), Qualifier.fromCode(rs.getString(4)),
                FigureStatus.fromCode(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getString(8),
                rs.getDouble(9), rs.getString(10), Qualifier.fromCode(rs.getString(11)));
        return new StoredFigure(f, rs.getString(12), Times.fromDb(rs, 13));
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        return new Finding(rs.getString(2), severity(rs.getString(3)), fieldKeys(rs.getString(4)), rs.getBoolean(5),
                rs.getBoolean(6), rs.getString(7), rs.getString(8));
    }

    /** A finding without its messages (which the export does not show): columns 2-6 of the export's query. */
    private static Finding findingForExport(ResultSet rs) throws SQLException {
        return new Finding(rs.getString(2), severity(rs.getString(3)), fieldKeys(rs.getString(4)), rs.getBoolean(5),
                rs.getBoolean(6), "", "");
    }

    private static List<String> fieldKeys(String fields) {
        return fields.isBlank() ? List.of() : List.of(fields.split(" "));
    }

    private static CheckMark mark(ResultSet rs) throws SQLException {
        return new CheckMark(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
                rs.getString(6), Times.fromDb(rs, 7));
    }

    private static org.ogireview.check.Severity severity(String code) {
        for (org.ogireview.check.Severity s : org.ogireview.check.Severity.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return org.ogireview.check.Severity.WARNING;
    }

    private static ReportFormat format(String code) {
        if (code == null) {
            return null;
        }
        try {
            return ReportFormat.fromCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private String coderOrDefault(String coder) {
        return coder == null || coder.isBlank() ? importCoder : coder.strip();
    }
}
