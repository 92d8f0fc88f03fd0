package org.ogireview.logging;

import org.ogireview.AppVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The desk's log file: {@code logs/ogi-review-0.log} in the data folder, rotated over three files of 1 MB, so a
 * user can send it when something fails. It hangs on the root java.util.logging logger, so everything that logs
 * lands there: the app, JavaFX (System.Logger goes to java.util.logging by default), PDFBox (commons-logging
 * falls back to it) and Flyway (store.FlywayLog). Warnings and errors of every library, and the app's own
 * information lines (start, database) are kept; other libraries' chatter is not (docs/decisions/0121-*.md).
 */
public final class AppLog {

    /** Overrides where the log goes (tests, the CI smoke run). */
    public static final String FOLDER_PROPERTY = "ogi.logDir";

    static final String PATTERN = "ogi-review-%g.log";
    static final int LIMIT_BYTES = 1024 * 1024;
    static final int FILES = 3;

    private static final Logger LOG = Logger.getLogger("org.ogireview");
    private static volatile Handler handler;
    private static volatile Path current;

    private AppLog() {
    }

    /** The logs folder for a data folder, unless {@value #FOLDER_PROPERTY} names another. */
    public static Path folderFor(Path dataFolder) {
        String override = System.getProperty(FOLDER_PROPERTY);
        return override != null && !override.isBlank() ? Path.of(override) : dataFolder.resolve("logs");
    }

    /**
     * Starts writing the log in the folder (created when missing); returns the current file. A folder that cannot
     * be written is no reason not to start: then there is no log file and {@link #file()} is empty.
     */
    public static synchronized Optional<Path> install(Path folder) {
        return install(folder, LIMIT_BYTES, FILES);
    }

    static synchronized Optional<Path> install(Path folder, int limitBytes, int files) {
        uninstall();
        try {
            Files.createDirectories(folder);
            FileHandler h = new FileHandler(folder.resolve(PATTERN).toString(), limitBytes, files, true);
            h.setEncoding("UTF-8");
            h.setFormatter(new LogFormat());
            h.setLevel(Level.ALL);
            h.setFilter(AppLog::kept);
            Logger.getLogger("").addHandler(h);
            for (Handler console : Logger.getLogger("").getHandlers()) {
                if (console instanceof java.util.logging.ConsoleHandler) {
                    console.setLevel(Level.WARNING); // the app's own information lines are for the file
                }
            }
            if (LOG.getLevel() == null || LOG.getLevel().intValue() > Level.INFO.intValue()) {
                LOG.setLevel(Level.INFO);
            }
            handler = h;
            current = folder.resolve(PATTERN.replace("%g", "0")).toAbsolutePath();
            LOG.info(() -> "OGI Report Review " + AppVersion.get() + " on Java " + System.getProperty("java.version")
                    + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
            return Optional.of(current);
        } catch (IOException | RuntimeException e) {
            Logger.getLogger("org.ogireview").log(Level.WARNING, "no log file in " + folder, e);
            return Optional.empty();
        }
    }

    /** Stops writing the log file (tests; a second install). */
    public static synchronized void uninstall() {
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
            handler = null;
            current = null;
        }
    }

    /** The file being written, to point the user to; empty when there is none. */
    public static Optional<Path> file() {
        return Optional.ofNullable(current);
    }

    /** Records a failure the user was shown, with what caused it. */
    public static void failure(String what, Throwable cause) {
        Logger.getLogger("org.ogireview").log(Level.WARNING, what, cause);
    }

    /** Anything no code caught: logged as severe with the thread's name. */
    public static void uncaught(Thread thread, Throwable error) {
        Logger.getLogger("org.ogireview").log(Level.SEVERE, "uncaught on thread " + thread.getName(), error);
    }

    /** Warnings and errors of everyone; information lines only of the app itself. */
    private static boolean kept(LogRecord r) {
        return r.getLevel().intValue() >= Level.WARNING.intValue()
                || r.getLevel().intValue() >= Level.INFO.intValue() && r.getLoggerName() != null
                && r.getLoggerName().startsWith("org.ogireview");
    }
}
