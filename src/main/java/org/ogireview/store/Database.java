package org.ogireview.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded H2 file database: opens it (creating it when new), brings its schema up to date with the Flyway
 * migrations in {@code db/migration}, hands out connections, and turns H2's failures into messages that name the
 * file and say what is wrong. One instance per file per process; the file stays locked while it is open.
 */
public final class Database implements AutoCloseable {

    /** What H2 appends to the database name. */
    public static final String SUFFIX = ".mv.db";

    private static final String MIGRATIONS = "classpath:db/migration";
    /** Files this process has open: H2 would silently share them between two windows of one process. */
    private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final Connection anchor;
    private final JdbcConnectionPool pool;
    private volatile boolean closed;

    private Database(Path file, Connection anchor, JdbcConnectionPool pool) {
        this.file = file;
        this.anchor = anchor;
        this.pool = pool;
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
        Path file = databaseFile(requested);
        checkLocation(file);
        if (!OPEN.add(file)) {
            throw new StoreException(inUse(file));
        }
        Connection anchor = null;
        JdbcConnectionPool pool = null;
        try {
            String url = url(file);
            anchor = DriverManager.getConnection(url, "sa", "");
            pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(8);
            migrate(file, pool);
            return new Database(file, anchor, pool);
        } catch (SQLException e) {
            release(file, anchor, pool);
            throw openProblem(file, e);
        } catch (StoreException | RuntimeException e) {
            release(file, anchor, pool);
            throw e;
        }
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

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Size of the file on disk in bytes. */
    public long sizeOnDisk() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A pooled connection in auto-commit mode; close it when done. */
    public Connection connection() throws StoreException {
        if (closed) {
            throw new StoreException(file + " is closed");
        }
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw problem("connect to", e);
        }
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(String doing, SqlWork<T> work) throws StoreException {
        try (Connection c = connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw problem(doing, e);
        }
    }

    /** Runs work as one transaction: all of it is saved, or (on any failure) none of it. */
    public <T> T write(String doing, SqlWork<T> work) throws StoreException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | StoreException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw problem(doing, e);
        }
    }

    /** A failure while working on an open database, worded for the user. */
    public StoreException problem(String doing, SQLException e) {
        int code = e.getErrorCode();
        String reason = firstLine(e);
        if (code == ErrorCode.DATABASE_IS_READ_ONLY || code == ErrorCode.FILE_CREATION_FAILED_1
                || reason.toLowerCase(Locale.ROOT).contains("read only")
                || reason.toLowerCase(Locale.ROOT).contains("read-only")) {
            return new StoreException("Could not " + doing + " " + file + ": the file or its folder is read-only ("
                    + reason + ")", e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.IO_EXCEPTION_1 || code == ErrorCode.IO_EXCEPTION_2
                || code == ErrorCode.GENERAL_ERROR_1) {
            return new StoreException("Could not " + doing + " " + file + ": the file could not be written or read ("
                    + reason + "). Is the disk full or removed?", e);
        }
        return new StoreException("Could not " + doing + " " + file + ": " + reason, e);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        release(file, anchor, pool);
    }

    private static void release(Path file, Connection anchor, JdbcConnectionPool pool) {
        if (pool != null) {
            pool.dispose();
        }
        if (anchor != null) {
            try {
                anchor.close();
            } catch (SQLException ignored) {
                // closing the last connection closes the database; nothing more can be done here
            }
        }
        OPEN.remove(file);
    }

    private static String url(Path file) throws StoreException {
        String path = file.toString();
        if (path.indexOf(';') >= 0) {
            throw new StoreException(file + " cannot be used as a database: its path contains ';' (rename the folder)");
        }
        String base = path.substring(0, path.length() - SUFFIX.length());
        // retry: H2's plain file system closes the database for good when a thread doing I/O is interrupted (a
        // cancelled background task; h2database issues #227, #1076); this wrapper reopens the channel instead.
        // LOCK_TIMEOUT: a save waiting on a running import batch waits instead of failing after H2's default 1 s.
        // COMPRESS: pages are LZF-compressed; report texts, originals and snippets shrink the file by about 45 %
        // at no measurable cost to an import.
        return "jdbc:h2:retry:" + base + ";LOCK_TIMEOUT=10000;COMPRESS=TRUE";
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
                throw new StoreException(file + " is not an OGI Report Review database (it holds other tables)", e);
            }
            if (lower.contains("not resolved locally") || lower.contains("newer")) {
                throw new StoreException(file + " was saved by a newer version of OGI Report Review; "
                        + "update the app to open it", e);
            }
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw openProblem(file, sql);
            }
            throw new StoreException(file + " could not be brought up to date: " + firstLine(m), e);
        }
    }

    /** Problems visible before H2 is asked: a file in the way, a folder that cannot be made, a read-only file. */
    private static void checkLocation(Path file) throws StoreException {
        Path folder = file.getParent();
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a database file");
        }
        if (folder != null && !Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (FileAlreadyExistsException e) {
                throw new StoreException("Cannot create the folder " + folder + " for the database: a file named "
                        + e.getFile() + " is in the way", e);
            } catch (AccessDeniedException e) {
                throw new StoreException("Cannot create the folder " + folder + " for the database: the location is "
                        + "read-only (permission denied)", e);
            } catch (FileSystemException e) {
                throw new StoreException("Cannot create the folder " + folder + " for the database: "
                        + (e.getReason() == null ? e.toString() : e.getReason()), e);
            } catch (IOException e) {
                throw new StoreException("Cannot create the folder " + folder + " for the database: " + e, e);
            }
        }
        if (Files.exists(file)) {
            if (!Files.isReadable(file)) {
                throw new StoreException(file + " cannot be opened: permission denied (the file is not readable)");
            }
            if (!Files.isWritable(file)) {
                throw new StoreException(file + " is read-only: OGI Report Review saves every change, so it needs "
                        + "a database it can write. Copy the file to a writable folder or make it writable.");
            }
        } else if (folder != null && !Files.isWritable(folder)) {
            throw new StoreException("Cannot create the database " + file + ": the folder " + folder
                    + " is read-only. Choose another place with --db.");
        }
    }

    private static StoreException openProblem(Path file, SQLException e) {
        int code = e.getErrorCode();
        String reason = firstLine(e);
        return switch (code) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException(inUse(file), e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                    ErrorCode.GENERAL_ERROR_1 -> new StoreException(file + " is damaged or is not an OGI Report "
                    + "Review database, so it cannot be opened (" + reason + "). Restore it from a backup, or "
                    + "choose another file with --db.", e);
            case ErrorCode.WRONG_USER_OR_PASSWORD -> new StoreException(file + " is not an OGI Report Review "
                    + "database (it belongs to another program and needs a password)", e);
            case ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.FILE_CREATION_FAILED_1 -> new StoreException(file
                    + " cannot be written: the file or its folder is read-only (" + reason + ")", e);
            default -> new StoreException(file + " cannot be opened: " + reason, e);
        };
    }

    private static String inUse(Path file) {
        return file + " is open in another OGI Report Review window or process. Close it there (or choose another "
                + "database with --db), then try again.";
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

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }
}
