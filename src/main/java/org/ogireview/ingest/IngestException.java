package org.ogireview.ingest;

import java.nio.file.Path;

/** A file could not be read as a report. The message names the file and says what is wrong, for the user. */
public class IngestException extends Exception {

    private final Path file;

    public IngestException(Path file, String problem) {
        super(file.getFileName() + ": " + problem);
        this.file = file;
    }

    public IngestException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
