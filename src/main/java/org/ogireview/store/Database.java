package org.ogireview.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.ogireview.model.UserText;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded H2 file database: opens it (creating it when new), brings its schema up to date with the Flyway
 * migrations in {@code db/migration}, hands out connections, and turns H2's failures into messages that name the
 * file and say what is wrong. One instance per file per process; the file stays locked while it is open.
 *
 * <p>One piece because opening is one decision over the same file and pool: look at it read-only for damage, open
 * it for writing or read-only, migrate, and on every failure close exactly what was opened and say why; split
 * apart, each half would have to re-learn the state of the other. Everything here is H2; portable SQL lives in the
 * store's parts and the rest behind {@link SqlDialect}.
 */
public final class Database implements AutoCloseable {

    /** What H2 appends to the database name. */
    public static final String SUFFIX = ".mv.db";

    private static final String MIGRATIONS = "classpath:db/migration";
    /** Files this process has open: H2 would silently share them between two windows of one process. */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
    /** Databases up to this size are read through for damage on every open (about a second); tests lower it. */
    static volatile long fullCheckBytes = 64L * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    /** The file system H2 reads through (tests put a failing one in front; see {@link #open(Path, String)}). */
    private static final String FILE_SYSTEM = "retry:";

    private final Path file;
    /** The team database on a PostgreSQL server this is, or null for the embedded H2 file. */
    private final ServerAddress server;
    /** What messages name: the file, or the server's address (never with a password). */
    private final String where;
    private final String fileSystem;
    private volatile Connection anchor;
    private volatile JdbcConnectionPool pool;
    private volatile boolean closed;
    /** Why the database was opened read-only (it is damaged), or null while it can be written. */
    private volatile UserText readOnlyReason;
    /** A write failed in a way that leaves H2 unusable (a full disk closes the store): reconnect before the next use. */
    private volatile boolean needsReopen;
    /**
     * Why the database was reopened read-only because it could not be opened for writing (a full disk), or null:
     * the reason alone ("the disk is full (…)"), without the file.
     */
    private volatile UserText writeBlocked;
    /** The check and backup this open left for the window to run in the background, or null. */
    private volatile DailyCheck dailyCheck;

    private Database(Path file, String fileSystem, Connection anchor, JdbcConnectionPool pool, UserText readOnlyReason) {
        this(file, null, fileSystem, anchor, pool, readOnlyReason);
    }

    private Database(Path file, ServerAddress server, String fileSystem, Connection anchor, JdbcConnectionPool pool,
                     UserText readOnlyReason) {
        this.file = file;
        this.server = server;
        this.where = server != null ? server.toString() : String.valueOf(file);
        this.fileSystem = fileSystem;
        this.anchor = anchor;
        this.pool = pool;
        this.readOnlyReason = readOnlyReason;
    }

    /** Work done on one connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException, StoreException;
    }

    /**
     * Opens (or creates) the database at {@code requested}: a {@code .mv.db} file, a folder (the default file name
     * inside it), or a name to which {@code .mv.db} is appended.
     */
    public static Database open(Path requested) throws StoreException {
        return open(requested, FILE_SYSTEM);
    }

    /**
     * Opens the database through one of H2's file systems ({@code "retry:"} in the app; tests use one that fails on
     * purpose). A file that exists but is empty or is no H2 database is never taken for a new one; a damaged
     * database is opened read-only, with {@link #readOnlyReason()} saying why.
     */
    static Database open(Path requested, String fileSystem) throws StoreException {
        return open(requested, fileSystem, false);
    }

    /**
     * Opens the database for the window: as {@link #open(Path)}, but the full check of the file and the day's
     * backup, which take a minute on a large database, are left to a {@link DailyCheck} the window runs in the
     * background once its list shows (see {@link #dailyCheck()}). The quick look for damage is still made first.
     */
    public static Database openDeferringCheck(Path requested) throws StoreException {
        return open(requested, FILE_SYSTEM, true);
    }

    /** {@link #openDeferringCheck(Path)} for what a {@code --db} argument names (a server has no daily check). */
    public static Database openDeferringCheck(String dbArgument, ServerCredentials.PasswordPrompt prompt)
            throws StoreException {
        if (ServerAddress.isServer(dbArgument)) {
            return openServer(ServerAddress.parse(dbArgument), prompt);
        }
        return openDeferringCheck(Path.of(dbArgument));
    }

    static Database open(Path requested, String fileSystem, boolean deferCheck) throws StoreException {
        Path file = databaseFile(requested);
        Backups.restorePending(file);
        checkLocation(file);
        checkNotEmpty(file);
        if (!OPEN.add(file)) {
            throw new StoreException(inUse(file));
        }
        try {
            return openChecked(file, fileSystem, deferCheck);
        } catch (StoreException | RuntimeException e) {
            OPEN.remove(file);
            throw e;
        }
    }

    private static Database openChecked(Path file, String fileSystem, boolean deferCheck) throws StoreException {
        boolean existed = Files.exists(file);
        boolean fullCheck = false;
        if (existed) {
            fullCheck = wantsFullCheck(file);
            // looked at read-only first, so that a damaged file is never written, not even by H2's closing
            UserText damage = damageOf(file, fileSystem, fullCheck && !deferCheck, !deferCheck);
            if (damage != null) {
                return openReadOnly(file, fileSystem, damage, null);
            }
        }
        Connection anchor = null;
        JdbcConnectionPool pool = null;
        try {
            String url = url(file, fileSystem, false);
            anchor = DriverManager.getConnection(url, "sa", "");
            pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(8);
            migrate(file, pool);
            Database db = new Database(file, fileSystem, anchor, pool, null);
            if (existed && deferCheck) {
                db.dailyCheck = DailyCheck.prepare(db, fullCheck);
            } else if (existed) {
                Backups.rollIfDue(db);
            }
            return db;
        } catch (SQLException e) {
            closeConnections(anchor, pool);
            throw openProblem(file, e);
        } catch (StoreException | RuntimeException e) {
            closeConnections(anchor, pool);
            throw e;
        }
    }

    /**
     * Whether opening should read the whole file through: when it is small (about a second) or a daily backup is
     * due, so that a damaged database never replaces a good backup.
     */
    private static boolean wantsFullCheck(Path file) throws StoreException {
        try {
            return Files.size(file) <= fullCheckBytes || Backups.isDue(file);
        } catch (IOException e) {
            throw new StoreException(new UserText("store.cannotRead", file, e.getMessage()), e);
        }
    }

    /**
     * Looks a copy of a database through and through for damage (the snapshot a {@link DailyCheck} takes): what is
     * damaged, or null. The copy is opened read-only and never written.
     */
    static UserText damageOfCopy(Path copy) throws StoreException {
        return damageOf(copy, FILE_SYSTEM, true, true);
    }

    /**
     * Opens an existing file read-only and looks for damage: the small tables always, everything (texts, originals,
     * the audit chain) when {@code full}; the figures table only when {@code figures} (the window leaves it to its
     * {@link DailyCheck}). Returns what is damaged, or null. A file H2 cannot open at all, even read-only, is refused.
     */
    private static UserText damageOf(Path file, String fileSystem, boolean full, boolean figures)
            throws StoreException {
        Connection anchor = null;
        JdbcConnectionPool pool = null;
        try {
            String url = url(file, fileSystem, true);
            anchor = DriverManager.getConnection(url, "sa", "");
            if (!hasOurTables(anchor)) {
                return null; // another program's database or an old empty one: the migrations decide
            }
            pool = JdbcConnectionPool.create(url, "sa", "");
            Database probe = new Database(file, fileSystem, anchor, pool, UserText.plain("being checked"));
            UserText damage = figures || full ? DamageProbe.probe(probe) : DamageProbe.probeSmall(probe);
            if (damage == null && full) {
                DatabaseVerifier.Result r = DatabaseVerifier.verify(probe);
                if (r.damaged()) {
                    damage = r.problemTexts().stream().filter(p -> !p.en().equals("being checked")).findFirst()
                            .orElse(UserText.plain("it cannot be read through"));
                }
            }
            return damage;
        } catch (SQLException e) {
            throw openProblem(file, e);
        } finally {
            closeConnections(anchor, pool);
        }
    }

    private static boolean hasOurTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND UPPER(TABLE_NAME) IN ('REPORTS', "
                + "'FIGURES', 'AUDIT_LOG', 'FIGURE_KEYS', 'CHECK_MARKS')")) {
            rs.next();
            return rs.getInt(1) == 5;
        }
    }

    /** Opens a damaged database so that what can still be read can be exported; H2 itself writes nothing to it. */
    private static Database openReadOnly(Path file, String fileSystem, UserText damage, SQLException first)
            throws StoreException {
        Connection anchor = null;
        JdbcConnectionPool pool = null;
        try {
            String url = url(file, fileSystem, true);
            anchor = DriverManager.getConnection(url, "sa", "");
            pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(8);
            requireOurSchema(file, anchor);
            return new Database(file, fileSystem, anchor, pool, damagedReason(file, damage));
        } catch (SQLException e) {
            closeConnections(anchor, pool);
            throw openProblem(file, first != null ? first : e);
        } catch (StoreException | RuntimeException e) {
            closeConnections(anchor, pool);
            throw e;
        }
    }

    /** @param damage what is damaged (the verifier's findings are English only) */
    private static UserText damagedReason(Path file, UserText damage) {
        return new UserText("store.damagedReadOnly", file, damage);
    }

    /** Whether this process has the file open (then it cannot be replaced by a restore). */
    static boolean isOpenHere(Path file) {
        return OPEN.contains(file.toAbsolutePath().normalize());
    }

    /**
     * Opens a team database on a PostgreSQL server (building or upgrading its schema with the same migrations as H2;
     * see {@link PostgresSchema}). Credentials come from the environment, a pgpass file or the prompt
     * ({@link ServerCredentials}). Several coders, each with their own instance, may work on it at once.
     */
    public static Database openServer(ServerAddress address, ServerCredentials.PasswordPrompt prompt)
            throws StoreException {
        return openServer(address, prompt, System::getenv);
    }

    static Database openServer(ServerAddress address, ServerCredentials.PasswordPrompt prompt,
                               java.util.function.UnaryOperator<String> env) throws StoreException {
        JdbcConnectionPool pool = ServerConnector.connect(address, prompt, env);
        try {
            PostgresSchema.migrate(address, pool);
            return new Database(null, address, null, null, pool, null);
        } catch (StoreException | RuntimeException e) {
            closeConnections(null, pool);
            throw e;
        }
    }

    /** Opens what a {@code --db} argument names: a PostgreSQL address or an H2 file (see {@link #open(Path)}). */
    public static Database open(String dbArgument, ServerCredentials.PasswordPrompt prompt) throws StoreException {
        if (ServerAddress.isServer(dbArgument)) {
            return openServer(ServerAddress.parse(dbArgument), prompt);
        }
        return open(Path.of(dbArgument));
    }

    /** The server this database is on, or empty for the embedded H2 file. */
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    /** Whether this is a team database on a PostgreSQL server. */
    public boolean isServer() {
        return server != null;
    }

    /** What the user knows this database by: the file's path or the server's address (never a password). */
    public String location() {
        return where;
    }

    public static Database openDefault() throws StoreException {
        return open(DataFolder.defaultDatabase());
    }

    /** The file H2 will use for a path the user gave. */
    public static Path databaseFile(Path requested) {
        Path p = requested.toAbsolutePath().normalize();
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            return p;
        }
        if (Files.isDirectory(p)) {
            return p.resolve(DataFolder.DEFAULT_FILE_NAME);
        }
        return p.resolveSibling(name + SUFFIX);
    }

    /** What is not portable in this database's SQL: H2's, or PostgreSQL's for a team database. */
    public SqlDialect dialect() {
        return server != null ? PostgresDialect.INSTANCE : H2Dialect.INSTANCE;
    }

    /** The database file (null for a database on a server: see {@link #location()}). */
    public Path file() {
        return file;
    }

    /** Size of the file on disk in bytes. */
    public long sizeOnDisk() {
        if (server != null) {
            try {
                return read("measure", c -> {
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
            } catch (StoreException e) {
                return -1;
            }
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The full check and the day's backup left for later by {@link #openDeferringCheck}; empty when the database
     * was opened otherwise or needs neither (a large file whose backup is not due, an empty one).
     */
    public java.util.Optional<DailyCheck> dailyCheck() {
        return java.util.Optional.ofNullable(dailyCheck);
    }

    /**
     * Damage found after opening (by a {@link DailyCheck} on a copy of the file): from now on the database is
     * read-only, reopened without H2's tidy-up writes on closing, so that nothing more goes into the damaged file.
     * Every change saved so far is on disk already.
     */
    void markDamaged(UserText damage) {
        synchronized (this) {
            if (closed) {
                return;
            }
            readOnlyReason = new UserText("store.damagedFoundByCheck", file, damage);
            needsReopen = true;
            try {
                reopen();
            } catch (StoreException e) {
                LOG.log(System.Logger.Level.WARNING, "the damaged database " + file + " could not be reopened "
                        + "read-only: " + e.getMessage());
            }
        }
    }

    /** Why the database is read-only (it is damaged), or null when it can be written. */
    public String readOnlyReason() {
        return readOnlyReason == null ? null : readOnlyReason.en();
    }

    /** {@link #readOnlyReason()} as bundle wording, for the window's language; null when it can be written. */
    public UserText readOnlyText() {
        return readOnlyReason;
    }

    public boolean isReadOnly() {
        return readOnlyReason != null;
    }

    /** A pooled connection in auto-commit mode; close it when done. */
    public Connection connection() throws StoreException {
        if (closed) {
            throw new StoreException(new UserText("store.closed", where));
        }
        // Taken under the monitor reopen() holds: a parallel import's other workers must never see the pool
        // between a reopen's close and its connect (it is null there).
        JdbcConnectionPool current;
        synchronized (this) {
            if (needsReopen) {
                reopen();
            }
            current = pool;
        }
        if (current == null) {
            throw new StoreException(new UserText("store.failed.reconnecting", where));
        }
        try {
            return current.getConnection();
        } catch (SQLException e) {
            noteFailure(e);
            throw problem("connect to", e);
        }
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(String doing, SqlWork<T> work) throws StoreException {
        try (Connection c = connection()) {
            return work.run(c);
        } catch (SQLException e) {
            noteFailure(e);
            throw problem(doing, e);
        }
    }

    /**
     * Runs work as one transaction: all of it is saved, or (on any failure) none of it. Returns only once the
     * database has written the transaction to the file and the operating system has flushed it to the disk: H2 by
     * itself writes a commit up to half a second later on a background thread, whose failure (a full disk) would
     * come after the user was told "saved". A failure here means not saved; the next call reconnects, so the same
     * work can be retried once the disk has room again.
     */
    public <T> T write(String doing, SqlWork<T> work) throws StoreException {
        if (readOnlyReason != null) {
            throw new StoreException(new UserText("store.failed.readOnly", doing, where, readOnlyReason));
        }
        if (writeBlocked != null) {
            needsReopen = true; // try to open it for writing again: space may have been freed
            reopen();
            if (writeBlocked != null) {
                throw new StoreException(new UserText("store.notSaved.blocked", doing, file, writeBlocked));
            }
        }
        try (Connection c = connectionToWrite()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                if (server == null) {
                    Durability.flush(c); // PostgreSQL's commit returns once the WAL is flushed (fsync, the default)
                }
                return result;
            } catch (SQLException | StoreException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                setAutoCommitQuietly(c);
            }
        } catch (SQLException e) {
            noteFailure(e);
            throw notSaved(doing, e);
        } catch (RuntimeException e) {
            needsReopen = true; // an MVStore failure that did not come wrapped
            throw new StoreException(new UserText("store.failed.nothingSaved", doing, where, firstLine(e)), e);
        }
    }

    /**
     * A connection for a write: when even connecting fails (the store closed by a full disk, a reconnect under
     * way), the message says the work was not saved, as every other failed write does.
     */
    private Connection connectionToWrite() throws StoreException {
        try {
            return connection();
        } catch (StoreException e) {
            throw new StoreException(notSaved(e.text()), e);
        }
    }

    /** A failed write, worded so the user knows it was not saved and why. */
    private StoreException notSaved(String doing, SQLException e) {
        return new StoreException(notSaved(problem(doing, e).text()), e);
    }

    /**
     * The words of a problem met while saving, saying it was not saved: "Could not …" becomes its "Not saved: could
     * not …" twin (store.failed.X → store.notSaved.X), any other problem gets "Not saved: " in front. Public for
     * the importer, whose reads before a file's write can meet the same failure: that file was not saved either.
     */
    public static UserText notSaved(UserText problem) {
        String key = problem.key();
        if (key.startsWith("store.notSaved")) {
            return problem;
        }
        if (key.startsWith("store.failed.")) {
            return new UserText("store.notSaved." + key.substring("store.failed.".length()), problem.args());
        }
        return new UserText("store.notSaved", problem);
    }

    /** Remembers a failure that leaves H2's store closed, so the next call reconnects; damage makes it read-only. */
    private void noteFailure(SQLException e) {
        if (server != null) {
            return; // the driver's pool drops a broken connection; a server has no file to reopen
        }
        if (isDamage(e)) {
            needsReopen = true;
            if (readOnlyReason == null) {
                readOnlyReason = damagedReason(file, damageWords(e));
            }
        } else if (isStoreFailure(e)) {
            needsReopen = true;
        }
    }

    /**
     * Reconnects after a failure that closed H2's store. H2 writes when it opens a file for writing, so on a disk
     * that is still full the database is opened read-only instead: everything can be read and counted, and each
     * later write tries to open it for writing again (the user may have freed space) before it is refused.
     */
    private synchronized void reopen() throws StoreException {
        if (server != null) {
            needsReopen = false; // the pool reconnects to a server by itself
            return;
        }
        if (!needsReopen || closed) {
            return;
        }
        shutDownWithoutWriting(anchor); // every saved change is on disk; H2's tidy-up would only fail again
        closeConnections(anchor, pool);
        anchor = null;
        pool = null;
        boolean readOnly = readOnlyReason != null;
        try {
            connect(readOnly);
            writeBlocked = null;
        } catch (SQLException e) {
            if (readOnlyReason == null && isDamage(e)) {
                readOnlyReason = damagedReason(file, damageWords(e));
            }
            if (!readOnly) {
                try {
                    connectReadOnlyUnlocked();
                    writeBlocked = reason(e);
                    return;
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
            }
            throw new StoreException(new UserText("store.cannotReopen", file, ioReason(e)), e);
        } finally {
            needsReopen = anchor == null;
        }
    }

    /**
     * Read-only without H2's file lock: a failed attempt to open for writing can leave the lock held inside this
     * process until the collector frees it. This process still holds the file (see OPEN), and nothing is written.
     */
    private void connectReadOnlyUnlocked() throws SQLException, StoreException {
        connect(url(file, fileSystem, true) + ";FILE_LOCK=NO");
    }

    private void connect(boolean readOnly) throws SQLException, StoreException {
        connect(url(file, fileSystem, readOnly));
    }

    private void connect(String url) throws SQLException, StoreException {
        Connection a = null;
        JdbcConnectionPool p = null;
        try {
            a = DriverManager.getConnection(url, "sa", "");
            p = JdbcConnectionPool.create(url, "sa", "");
            p.setMaxConnections(8);
            anchor = a;
            pool = p;
        } catch (SQLException | RuntimeException e) {
            closeConnections(a, p);
            throw e;
        }
    }

    static boolean isDamage(SQLException e) {
        int code = e.getErrorCode();
        return code == ErrorCode.FILE_CORRUPTED_1 || mentions(e, "file corrupted") || mentions(e, "corrupt")
                || mentions(e, "unable to read the page") || mentions(e, "block not found");
    }

    /** What is damaged, in a few words instead of H2's dump of chunk metadata. */
    static String damageText(SQLException e) {
        return damageWords(e).en();
    }

    /** {@link #damageText} as bundle wording. */
    static UserText damageWords(SQLException e) {
        if (mentions(e, "block not found")) {
            return new UserText("store.damage.blockMissing");
        }
        if (mentions(e, "unable to read the page")) {
            return new UserText("store.damage.page");
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || mentions(e, "file corrupted")) {
            return new UserText("store.damage.corrupted");
        }
        String line = firstLine(e);
        return UserText.plain(line.length() > 160 ? line.substring(0, 160) + "…" : line);
    }

    private static boolean isStoreFailure(SQLException e) {
        int code = e.getErrorCode();
        return code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2
                || code == ErrorCode.DATABASE_IS_CLOSED || code == ErrorCode.GENERAL_ERROR_1
                || code == ErrorCode.FILE_CORRUPTED_1 || mentions(e, "closed");
    }

    static boolean diskFull(Throwable e) {
        return mentions(e, "no space left") || mentions(e, "disk full") || mentions(e, "not enough space")
                || mentions(e, "file too large");
    }

    /**
     * The operating system's words for a failed read or write ("No space left on device"), found beneath H2's
     * wrappers; else H2's first line.
     */
    static String ioReason(Throwable e) {
        String found = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.io.IOException && t.getMessage() != null && !t.getMessage().isBlank()) {
                found = t.getMessage().strip();
            }
        }
        if (found != null) {
            return found;
        }
        return firstLine(e).replaceAll("^(org\\.h2\\.\\S+|java\\.\\S+): ", "");
    }

    private static boolean mentions(Throwable e, String what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.toLowerCase(Locale.ROOT).contains(what)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * A failure while working on an open database, worded for the user: "Could not {doing} {file}: {reason}". The
     * Chinese wording names the file and the reason; {@code doing} is English (from the code), so it is left out.
     */
    public StoreException problem(String doing, SQLException e) {
        if (server != null) { // a team database: the server's own words (connection lost, out of resources)
            String reason = firstLine(e);
            String state = String.valueOf(e.getSQLState());
            Object why = state.startsWith("08") ? new UserText("store.reason.serverLost", reason)
                    : state.startsWith("53") ? new UserText("store.reason.serverResources", reason) : reason;
            return new StoreException(new UserText("store.failed.problem", doing, where, why), e);
        }
        return new StoreException(new UserText("store.failed.problem", doing, where, reason(e)), e);
    }

    /** Why a read or write failed, without the file: read-only, a full disk, damage, I/O, or H2's own words. */
    private static UserText reason(SQLException e) {
        int code = e.getErrorCode();
        String reason = firstLine(e);
        if (code == ErrorCode.DATABASE_IS_READ_ONLY || code == ErrorCode.FILE_CREATION_FAILED_1
                || reason.toLowerCase(Locale.ROOT).contains("read only")
                || reason.toLowerCase(Locale.ROOT).contains("read-only")) {
            return new UserText("store.reason.readOnly", reason);
        }
        if (diskFull(e)) {
            return new UserText("store.reason.diskFull", ioReason(e));
        }
        if (isDamage(e)) {
            return new UserText("store.reason.damaged", damageWords(e));
        }
        if (code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2
                || code == ErrorCode.GENERAL_ERROR_1 || code == ErrorCode.DATABASE_IS_CLOSED) {
            return new UserText("store.reason.io", reason);
        }
        return UserText.plain(reason);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeConnections(anchor, pool);
        } finally {
            if (file != null) {
                OPEN.remove(file);
            }
        }
    }

    /** Closes H2's database without its tidy-up writes: damage was found, so nothing more goes into the file. */
    private static void shutDownWithoutWriting(Connection anchor) {
        if (anchor == null) {
            return;
        }
        try (Statement s = anchor.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException | RuntimeException ignored) {
            // already closed by the failure that found the damage
        }
    }

    /**
     * Closes the pool and the anchor connection (the last one closes H2's database). Every change was flushed when
     * its transaction ended, so a failure here (a full disk refusing H2's tidy-up on closing) loses nothing; it is
     * logged, not hidden.
     */
    private static void closeConnections(Connection anchor, JdbcConnectionPool pool) {
        if (pool != null) {
            try {
                pool.dispose();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "closing the database's connection pool failed: " + firstLine(e));
            }
        }
        if (anchor != null) {
            try {
                anchor.close();
            } catch (SQLException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "closing the database failed (every saved change was already "
                        + "on disk): " + firstLine(e));
            }
        }
    }

    private static String url(Path file, String fileSystem, boolean readOnly) throws StoreException {
        String path = file.toString();
        if (path.indexOf(';') >= 0) {
            throw new StoreException(new UserText("store.pathSemicolon", file));
        }
        String base = path.substring(0, path.length() - SUFFIX.length());
        // retry: H2's plain file system closes the database for good when a thread doing I/O is interrupted (a
        // cancelled background task; h2database issues #227, #1076); this wrapper reopens the channel instead.
        // LOCK_TIMEOUT: a save waiting on a running import batch waits instead of failing after H2's default 1 s.
        // COMPRESS: pages are LZF-compressed; report texts, originals and snippets shrink the file by about 45 %
        // at no measurable cost to an import. CACHE_SIZE (KB): 64 MB of pages instead of 16 keeps an export of
        // 10,000 reports from reading and inflating the same pages again.
        // ACCESS_MODE_DATA=r: a damaged database is opened so that H2 never writes to it.
        // TRACE_LEVEL_FILE=0: no .trace.db file left beside the database after an error (the user gets the message).
        return "jdbc:h2:" + fileSystem + base + ";LOCK_TIMEOUT=10000;COMPRESS=TRUE;CACHE_SIZE=65536;TRACE_LEVEL_FILE=0"
                // DB_CLOSE_ON_EXIT=FALSE: on SIGTERM the import stores the batch in hand and closes the database
                // itself; H2's own shutdown hook would close it under that batch. Every commit is on disk already.
                + ";DB_CLOSE_ON_EXIT=FALSE"
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
    }

    private static void migrate(Path file, JdbcConnectionPool pool) throws StoreException {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .loggers(FlywayLog.class.getName())
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    // a migration applied by a newer version of the app must stop this one, not be ignored
                    .ignoreMigrationPatterns(new String[0])
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String m = String.valueOf(e.getMessage());
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("non-empty schema") || lower.contains("without schema history")) {
                throw new StoreException(new UserText("store.foreign", file), e);
            }
            if (lower.contains("checksum mismatch")) {
                throw new StoreException(new UserText("store.devBuild", file), e);
            }
            if (lower.contains("not resolved locally") || lower.contains("newer")) {
                throw new StoreException(new UserText("store.newer", file), e);
            }
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw openProblem(file, sql);
            }
            throw new StoreException(new UserText("store.notMigrated", file, firstLine(m)), e);
        }
    }

    /**
     * An existing file of 0 bytes (cut short by a full disk or a crash, or made by hand) is never taken for a new
     * database: H2 would fill it, and the user would see an empty collection where theirs was.
     */
    private static void checkNotEmpty(Path file) throws StoreException {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                throw new StoreException(new UserText("store.emptyFile", file));
            }
        } catch (IOException e) {
            throw new StoreException(new UserText("store.cannotRead", file, e.getMessage()), e);
        }
    }

    /** A read-only open skips the migrations, so it checks itself that the schema is this app's. */
    private static void requireOurSchema(Path file, Connection c) throws SQLException, StoreException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME IN ('reports', "
                + "'figures', 'audit_log', 'REPORTS', 'FIGURES', 'AUDIT_LOG')")) {
            rs.next();
            if (rs.getInt(1) < 3) {
                throw new StoreException(new UserText("store.notOurs", file));
            }
        }
    }

    /** Problems visible before H2 is asked: a file in the way, a folder that cannot be made, a read-only file. */
    private static void checkLocation(Path file) throws StoreException {
        Path folder = file.getParent();
        if (Files.isDirectory(file)) {
            throw new StoreException(new UserText("store.folder", file));
        }
        if (folder != null && !Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (FileAlreadyExistsException e) {
                throw new StoreException(new UserText("store.folderBlocked", folder, e.getFile()), e);
            } catch (AccessDeniedException e) {
                throw new StoreException(new UserText("store.folderReadOnly", folder), e);
            } catch (FileSystemException e) {
                throw new StoreException(new UserText("store.folderFailed", folder,
                        e.getReason() == null ? e.toString() : e.getReason()), e);
            } catch (IOException e) {
                throw new StoreException(new UserText("store.folderFailed", folder, e), e);
            }
        }
        if (Files.exists(file)) {
            if (!Files.isReadable(file)) {
                throw new StoreException(new UserText("store.notReadable", file));
            }
            if (!Files.isWritable(file)) {
                throw new StoreException(new UserText("store.fileReadOnly", file));
            }
        } else if (folder != null && !Files.isWritable(folder)) {
            throw new StoreException(new UserText("store.folderNotWritable", file, folder));
        }
    }

    private static StoreException openProblem(Path file, SQLException e) {
        int code = e.getErrorCode();
        String reason = firstLine(e);
        if (diskFull(e) || mentions(e, "writing to") && mentions(e, "failed")) {
            return new StoreException(new UserText("store.openDiskFull", file, ioReason(e)), e);
        }
        return switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException(inUse(file), e);
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 -> isDamage(e)
                    ? new StoreException(new UserText("store.damagedCannotOpen", file, damageWords(e)), e)
                    : new StoreException(new UserText("store.cannotOpen", file, reason), e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                    ErrorCode.GENERAL_ERROR_1 ->
                    new StoreException(new UserText("store.damagedCannotOpen", file, damageWords(e)), e);
            case ErrorCode.WRONG_USER_OR_PASSWORD -> new StoreException(new UserText("store.password", file), e);
            case ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.FILE_CREATION_FAILED_1 ->
                    new StoreException(new UserText("store.openReadOnly", file, reason), e);
            default -> new StoreException(new UserText("store.cannotOpen", file, reason), e);
        };
    }

    private static UserText inUse(Path file) {
        return new UserText("store.inUse", file);
    }

    /** H2's message without its hints and error-code tail, e.g. "File corrupted while reading record ...". */
    static String firstLine(Throwable e) {
        Throwable t = e;
        String m = t.getMessage();
        while ((m == null || m.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            m = t.getMessage();
        }
        return firstLine(m == null ? t.getClass().getSimpleName() : m);
    }

    private static String firstLine(String m) {
        String line = m.strip();
        int nl = line.indexOf('\n');
        if (nl >= 0) {
            line = line.substring(0, nl).strip();
        }
        line = line.replaceAll("\\s*\\[\\d{5}-\\d+]$", "");
        if (line.endsWith(";")) {
            line = line.substring(0, line.length() - 1);
        }
        return line;
    }

    private static void setAutoCommitQuietly(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; the pool drops it
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }
}
