package org.ogireview.importing;

import org.ogireview.model.UserText;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What a collection import did with one file.
 *
 * @param reportId the report's id when imported or already present, else null
 * @param figures  figures extracted (0 unless imported)
 * @param message  the problem for a failed file, or what the user should know about an imported one (needs manual
 *                 coding, a weak charset guess); empty when there is nothing to say. Never repeats the file name.
 * @param text     the same message as a bundle key and arguments, for the window's language; null when it has none
 */
public record FileOutcome(Path file, Status status, Long reportId, int figures, String message, UserText text) {

    /** An outcome whose message has no bundle wording (English only). */
    public FileOutcome(Path file, Status status, Long reportId, int figures, String message) {
        this(file, status, reportId, figures, message, null);
    }

    /** The message in the given language where it has bundle wording (import problems), else {@link #message()}. */
    public String message(Locale locale) {
        return text == null ? message : text.in(locale);
    }


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
