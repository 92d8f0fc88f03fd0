package org.ogireview.store;

import org.ogireview.model.CheckMark;
import org.ogireview.model.Figure;
import org.ogireview.model.Finding;
import org.ogireview.model.OwnField;
import org.ogireview.model.Report;
import org.ogireview.model.ReviewState;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * {@link ReportStore} on the embedded H2 database: the parts ({@link DbReports}, {@link DbFigures},
 * {@link DbChecks}, {@link DbExportRows}, {@link DbTextSearch}) over one {@link Database}, each call handed to its
 * part. Thread-safe: every call takes its own pooled connection, and every write is one transaction. Figure changes,
 * undo, redo, check marks and imports are appended to {@code audit_log}, which a trigger keeps append-only; undo and
 * redo are derived from that log, so they survive restarts. Not final only so that tests can make a store whose
 * saves fail on demand.
 */
public class H2ReportStore implements ReportStore {

    /** The key of the audit entry an import writes (it concerns the whole report, not one figure). */
    public static final String WHOLE_REPORT = AuditActions.WHOLE_REPORT;

    static final String ACTION_IMPORT = AuditActions.IMPORT;
    static final String ACTION_UNDO = AuditActions.UNDO;
    static final String ACTION_REDO = AuditActions.REDO;
    static final String ACTION_CHECK_MARK = AuditActions.CHECK_MARK;

    private final Database db;
    private final Reports reports;
    private final DbFigures figures;
    private final Checks checks;
    private final ExportRows exports;
    private final TextSearch search;

    /** A store over an open database (a test store opens one in memory and builds on this). */
    protected H2ReportStore(Database db) {
        this.db = db;
        String importCoder = System.getProperty("user.name", "unknown");
        FigureRows figureRows = new FigureRows(db.dialect());
        /*
         * Coder edits (save, undo, redo, marks) one at a time: undo decides what to revert from the log it reads, so
         * two at once could revert the same change twice. Imports do not take it; they only add new reports.
         */
        ReentrantLock edits = new ReentrantLock();
        this.reports = new DbReports(db, figureRows, importCoder);
        this.figures = new DbFigures(db, figureRows, edits, importCoder);
        this.checks = new DbChecks(db, edits, importCoder);
        this.exports = new DbExportRows(db);
        this.search = new DbTextSearch(db);
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

    /** The store on an open database: an H2 file or a team database on a server ({@link Database#openServer}). */
    public static H2ReportStore open(Database database) {
        return new H2ReportStore(database);
    }

    /**
     * Opens what a {@code --db} argument names: a team database ({@code postgresql://HOST:PORT/NAME}; a password is
     * asked of {@code prompt} only when the server wants one) or an H2 file.
     */
    public static H2ReportStore open(String database, ServerCredentials.PasswordPrompt prompt) throws StoreException {
        return new H2ReportStore(Database.open(database, prompt));
    }

    /** The H2 file; null for a team database on a server (see {@link #location()}). */
    @Override
    public Path path() {
        return db.file();
    }

    @Override
    public String location() {
        return db.location();
    }

    @Override
    public boolean isTeamDatabase() {
        return db.isServer();
    }

    @Override
    public Optional<ChangeMark> changeMark() throws StoreException {
        return db.isServer() ? Optional.of(db.read("look for changes in", ChangeMark::read)) : Optional.empty();
    }

    /** The database underneath (for its size and for tests). */
    public Database database() {
        return db;
    }

    @Override
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(db.readOnlyReason());
    }

    @Override
    public Optional<String> readOnlyReason(java.util.Locale locale) {
        return Optional.ofNullable(db.readOnlyText()).map(t -> t.in(locale));
    }

    /** A report's figures with who changed each last, in catalogue order. */
    public List<StoredFigure> storedFigures(long reportId) throws StoreException {
        return this.figures.storedFigures(reportId);
    }

    @Override
    public void close() {
        db.close();
    }

    // ---------------------------------------------------------------- Reports
    @Override
    public ImportOutcome add(NewReport report) throws StoreException {
        return this.reports.add(report);
    }

    @Override
    public List<ImportOutcome> addAll(List<NewReport> reports, String coder) throws StoreException {
        return this.reports.addAll(reports, coder);
    }

    @Override
    public Optional<Long> idBySha256(String sha256) throws StoreException {
        return reports.idBySha256(sha256);
    }

    @Override
    public Set<Long> presentIds(Collection<Long> ids) throws StoreException {
        return this.reports.presentIds(ids);
    }

    @Override
    public int count() throws StoreException {
        return this.reports.count();
    }

    @Override
    public List<ReportSummary> list() throws StoreException {
        return this.reports.list();
    }

    @Override
    public Report report(long id) throws StoreException {
        return this.reports.report(id);
    }

    @Override
    public Optional<byte[]> original(long id) throws StoreException {
        return this.reports.original(id);
    }

    @Override
    public void updateReviewSummary(long reportId, int openChecks, ReviewState state) throws StoreException {
        this.reports.updateReviewSummary(reportId, openChecks, state);
    }

    // ---------------------------------------------------------------- Figures
    @Override
    public List<Figure> figures(long reportId) throws StoreException {
        return this.figures.figures(reportId);
    }

    @Override
    public void save(long reportId, Figure before, Figure after, String coder, String action) throws StoreException {
        this.figures.save(reportId, before, after, coder, action);
    }

    @Override
    public Optional<Figure> undo(long reportId, String coder) throws StoreException {
        return this.figures.undo(reportId, coder);
    }

    @Override
    public Optional<Figure> redo(long reportId, String coder) throws StoreException {
        return this.figures.redo(reportId, coder);
    }

    @Override
    public boolean canUndo(long reportId) throws StoreException {
        return this.figures.canUndo(reportId);
    }

    @Override
    public boolean canRedo(long reportId) throws StoreException {
        return this.figures.canRedo(reportId);
    }

    @Override
    public boolean canUndo(long reportId, String coder) throws StoreException {
        return this.figures.canUndo(reportId, coder);
    }

    @Override
    public boolean canRedo(long reportId, String coder) throws StoreException {
        return this.figures.canRedo(reportId, coder);
    }

    @Override
    public List<AuditEntry> history(long reportId) throws StoreException {
        return this.figures.history(reportId);
    }

    @Override
    public List<AuditEntry> history() throws StoreException {
        return this.figures.history();
    }

    @Override
    public Map<String, OwnField> ownFields(long reportId) throws StoreException {
        return this.figures.ownFields(reportId);
    }

    @Override
    public void saveOwnField(long reportId, OwnField field) throws StoreException {
        this.figures.saveOwnField(reportId, field);
    }

    // ---------------------------------------------------------------- Checks
    @Override
    public void saveFindings(long reportId, List<Finding> findings) throws StoreException {
        this.checks.saveFindings(reportId, findings);
    }

    @Override
    public List<Finding> findings(long reportId) throws StoreException {
        return this.checks.findings(reportId);
    }

    @Override
    public List<CheckMark> checkMarks(long reportId) throws StoreException {
        return this.checks.checkMarks(reportId);
    }

    @Override
    public void saveCheckMark(CheckMark mark) throws StoreException {
        this.checks.saveCheckMark(mark);
    }

    @Override
    public Map<String, Set<Long>> openFailures() throws StoreException {
        return this.checks.openFailures();
    }

    @Override
    public Set<String> openFailures(long reportId) throws StoreException {
        return this.checks.openFailures(reportId);
    }

    // ---------------------------------------------------------------- ExportRows
    @Override
    public void forEachReport(RowSink<ReportBundle> sink) throws StoreException, IOException {
        this.exports.forEachReport(sink);
    }

    @Override
    public void forEachReportValues(RowSink<ReportValues> sink) throws StoreException, IOException {
        this.exports.forEachReportValues(sink);
    }

    @Override
    public void forEachHistoryRow(RowSink<HistoryRow> sink) throws StoreException, IOException {
        this.exports.forEachHistoryRow(sink);
    }

    @Override
    public DatasetKeys datasetKeys() throws StoreException {
        return this.exports.datasetKeys();
    }

    @Override
    public Set<String> figureKeys() throws StoreException {
        return this.exports.figureKeys();
    }

    @Override
    public Map<Long, Map<String, OwnField>> ownFields() throws StoreException {
        return this.exports.ownFields();
    }

    // ---------------------------------------------------------------- TextSearch
    @Override
    public Set<Long> searchFolded(String foldedPhrase) throws StoreException {
        return this.search.searchFolded(foldedPhrase);
    }

    @Override
    public int foldMissing(UnaryOperator<String> fold) throws StoreException {
        return this.search.foldMissing(fold);
    }
}
