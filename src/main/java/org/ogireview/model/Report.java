package org.ogireview.model;

import java.time.LocalDate;

/**
 * An imported report: its identity (SHA-256 of the file's bytes), where it came from, the text the app shows
 * (every figure's span points into it) and the metadata the extractor or the coder settled on.
 *
 * @param id          database id, 0 before the report is stored
 * @param sourceKind  txt, html or pdf
 * @param charset     the charset the text was decoded with (null for PDF)
 * @param needsManual reason the report must be coded by hand (garbled PDF text, image-only scan); null when not
 * @param notes       what the import said about the file (a weak charset guess, an unreadable page), in bundle wording
 */
public record Report(long id, String sha256, String fileName, String sourcePath, String sourceKind, String charset,
                     String text, String region, Integer year, LocalDate publishedOn, ReportFormat format,
                     UserText needsManual, java.util.List<UserText> notes) {

    public Report {
        notes = notes == null ? java.util.List.of() : java.util.List.copyOf(notes);
    }


    public Report withId(long newId) {
        return new Report(newId, sha256, fileName, sourcePath, sourceKind, charset, text, region, year, publishedOn,
                format, needsManual, notes);
    }
}
