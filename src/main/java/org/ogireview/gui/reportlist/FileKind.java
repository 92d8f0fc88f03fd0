package org.ogireview.gui.reportlist;

import java.util.Locale;

/**
 * The kind of a report's file and its name without the extension, as the list shows them under the region: a PDF
 * and a TXT copy of the same report are otherwise one "洪泽区 2023" twice.
 */
public final class FileKind {

    private FileKind() {
    }

    /** "PDF", "TXT", "HTML" (for .htm too); the extension in capitals for anything else; "" without one. */
    public static String of(String fileName) {
        String ext = extension(fileName);
        return ext.equals("htm") ? "HTML" : ext.toUpperCase(Locale.ROOT);
    }

    /** The kind, then the name without its extension: "PDF · hongze-2024". */
    public static String line(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "";
        }
        String ext = extension(fileName);
        String stem = ext.isEmpty() ? fileName : fileName.substring(0, fileName.length() - ext.length() - 1);
        return ext.isEmpty() ? stem : of(fileName) + " · " + stem;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
