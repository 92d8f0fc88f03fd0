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

    /** Why the store cannot be written (a damaged database opened read-only), or empty when it can. */
    Optional<String> readOnlyReason();

    @Override
    void close();
}
