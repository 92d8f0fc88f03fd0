package org.ogireview.ingest;

import org.ogireview.model.UserText;

import java.util.List;

/**
 * A report file turned into the text the app shows and the tables found in it, with offsets into that text.
 *
 * @param fileName    the file's name (no folder)
 * @param sha256      hex SHA-256 of the file's bytes: the report's identity
 * @param sourceKind  txt, html or pdf
 * @param charset     the charset used to decode text (null for PDF)
 * @param text        the text the app shows; every span points into it
 * @param tables      tables found in the text, in order
 * @param boxes       for PDF: where runs of text stand on the pages (empty for other kinds)
 * @param pageCount   for PDF: number of pages (0 otherwise)
 * @param needsManual why the file must be coded by hand (garbled or missing PDF text layer), null when readable;
 *                    worded by the bundles like the notes
 * @param notes       things the user should know (e.g. the charset guess was weak), worded by the bundles so the
 *                    window shows them in its language
 */
public record IngestedDocument(String fileName, String sha256, String sourceKind, String charset, String text,
                               List<TextTable> tables, List<PageBox> boxes, int pageCount, UserText needsManual,
                               List<UserText> notes) {

    public IngestedDocument {
        tables = List.copyOf(tables);
        boxes = List.copyOf(boxes);
        notes = List.copyOf(notes);
    }

    /** The notes in English, as the command line prints them. */
    public List<String> warnings() {
        return notes.stream().map(UserText::en).toList();
    }

    /** A plain-text document: no tables known yet (the extractor finds text tables itself), no page boxes. */
    public static IngestedDocument ofText(String fileName, String text) {
        return new IngestedDocument(fileName, "", "txt", "UTF-8", text, List.of(), List.of(), 0, null, List.of());
    }
}
