package org.ogireview.ingest;

import org.ogireview.model.UserText;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A file could not be read as a report. The message names the file and says what is wrong, for the user. Problems
 * made with a {@link UserText} (a key of model/problems*.properties) also read in the desk's language; getMessage()
 * is the English one, which the command line prints.
 */
public class IngestException extends Exception implements UserText.Carrier, UserText.Worded {

    private final Path file;
    private final UserText problem;

    public IngestException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
        this.file = file;
        this.problem = null;
    }

    public IngestException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
        this.problem = null;
    }

    public IngestException(Path file, UserText problem) {
        this(file, problem, null);
    }

    public IngestException(Path file, UserText problem, Throwable cause) {
        super(new UserText("ingest.file", file.getFileName(), problem.en()).en(), cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The problem without the file name as a bundle key and arguments; null for a problem worded in English only. */
    public UserText problem() {
        return problem;
    }

    /** The problem as bundle wording, without the file name (the same as {@link #problem()}). */
    @Override
    public UserText text() {
        return problem;
    }

    @Override
    public String message(Locale locale) {
        return problem == null ? getMessage()
                : new UserText("ingest.file", file.getFileName(), problem.in(locale)).in(locale);
    }
}
