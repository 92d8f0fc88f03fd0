package org.ogireview.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The whole store as the window and the commands use it: the parts ({@link Reports}, {@link Figures},
 * {@link Checks}, {@link ExportRows}, {@link TextSearch}) behind one object. Code that needs only one part should
 * take that part's interface. Every write is one transaction; changes are appended to the audit log, which is never
 * updated or deleted.
 */
public interface ReportStore extends Reports, Figures, Checks, ExportRows, TextSearch, AutoCloseable {

    /** The database file (shown in the window). */
    Path path();

    /** What the person knows the database by: the file's path, or a team database's address (never a password). */
    default String location() {
        return String.valueOf(path());
    }

    /** Whether this is a team database on a server, which other coders change at the same time. */
    default boolean isTeamDatabase() {
        return false;
    }

    /**
     * A mark that moves whenever anyone changes the database (see {@link ChangeMark}); the desk polls it on a team
     * database to show the other coders' work. Empty where only this process writes (an H2 file).
     */
    default Optional<ChangeMark> changeMark() throws StoreException {
        return Optional.empty();
    }

    /** Why the store cannot be written (a damaged database opened read-only), or empty when it can. */
    Optional<String> readOnlyReason();

    /** {@link #readOnlyReason()} worded in the given language (the window's banner). */
    Optional<String> readOnlyReason(java.util.Locale locale);

    @Override
    void close();
}
