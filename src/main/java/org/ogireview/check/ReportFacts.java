package org.ogireview.check;

import org.ogireview.model.Figure;
import org.ogireview.model.ReportFormat;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the rules read of one report: its metadata and its figures by key. Blank and not-stated figures may be in
 * the map; rules never count them as 0.
 *
 * @param id a name for messages: the file name or the report id
 */
public record ReportFacts(String id, String region, Integer year, LocalDate publishedOn, ReportFormat format,
                          Map<String, Figure> figures) {

    public ReportFacts {
        figures = Map.copyOf(figures);
    }
}
