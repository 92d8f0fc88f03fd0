package org.ogireview.store;

import java.nio.file.Path;

/**
 * What a collection import did with one file.
 *
 * @param reportId the report's id when imported or already present, else null
 * @param figures  figures extracted (0 unless imported)
 * @param message  the problem for a failed file, or what the user should know about an imported one (needs manual
 *                 coding, a weak charset guess); empty when there is nothing to say. Never repeats the file name.
 */
public record FileOutcome(Path file, Status status, Long reportId, int figures, String message) {

    public enum Status {
        IMPORTED("imported"),
        ALREADY_PRESENT("already_present"),
        FAILED("failed"),
        /** Found in a folder but not a report file type; not read. */
        SKIPPED("skipped"),
        /** Not reached because the import was cancelled. */
        CANCELLED("cancelled");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public FileOutcome {
        message = message == null ? "" : message;
    }
}
