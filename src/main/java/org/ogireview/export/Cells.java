package org.ogireview.export;

import org.ogireview.model.ReportFormat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How values become cell text, the same in every layout. */
final class Cells {

    private Cells() {
    }

    static String of(Object v) {
        return v == null ? "" : v.toString();
    }

    static String of(ReportFormat f) {
        return f == null ? "" : f.code();
    }

    /** An offset, or empty for "no source" (-1). */
    static String offset(int v) {
        return v < 0 ? "" : Integer.toString(v);
    }

    /** ISO-8601 in UTC to the second, e.g. 2026-03-01T08:15:00Z. */
    static String time(Instant t) {
        return t == null ? "" : DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Text on one line: snippets keep the report's line breaks, which many CSV readers mishandle inside cells. */
    static String oneLine(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c != '\n' && c != '\r' && c != '\t';
        }
        return plain ? s.strip() : s.replaceAll("\\s+", " ").strip();
    }
}
