package org.ogireview.store;

import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The report row's metadata columns as the report.* figures set them. */
final class ReportMetadata {

    private ReportMetadata() {
    }

    /**
     * The column value a report.* figure stands for: null when the figure is blank, not stated or cannot be read
     * as its type (the list then shows the report without it rather than refusing the coder's edit).
     */
    static Object columnValue(String key, Figure f) {
        if (f.status() == FigureStatus.NOT_STATED || f.qualifier() == Qualifier.BLANK_IN_SOURCE
                || f.value().isBlank()) {
            return null;
        }
        String v = f.value().strip();
        try {
            return switch (key) {
                case "report.region" -> v;
                case "report.year" -> Integer.valueOf(v);
                case "report.published_on" -> LocalDate.parse(v);
                case "report.format" -> ReportFormat.fromCode(v).code();
                default -> null;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
