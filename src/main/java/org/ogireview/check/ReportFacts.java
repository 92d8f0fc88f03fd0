package org.ogireview.check;

import org.ogireview.extract.Extraction;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.Figure;
import org.ogireview.model.ReportFormat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules read of one report: its metadata and its figures by key. Blank and not-stated figures may be in
 * the map; rules never count them as 0.
 *
 * @param id           a name for messages: the file name or the report id
 * @param text         the report text the app shows, "" when not at hand. Only the text-level rule
 *                     {@code growth.parts} reads it (part-level statements are not catalogue figures).
 * @param alternatives for a key, the values of the report's OTHER statements of the same figure (the kept figure's
 *                     own value excluded), e.g. the prose says 27 where the statistics table says 28. The extractor
 *                     keeps one figure per key, so it is the one to fill this when it sees a figure twice; empty by
 *                     default. The rule {@code stated_twice} reads it.
 */
public record ReportFacts(String id, String region, Integer year, LocalDate publishedOn, ReportFormat format,
                          Map<String, Figure> figures, String text, Map<String, List<String>> alternatives) {

    public ReportFacts {
        figures = Map.copyOf(figures);
        text = text == null ? "" : text;
        Map<String, List<String>> alt = new LinkedHashMap<>();
        if (alternatives != null) {
            alternatives.forEach((k, v) -> alt.put(k, List.copyOf(v)));
        }
        alternatives = Map.copyOf(alt);
    }

    /** Figures only: no text, no alternative statements. */
    public ReportFacts(String id, String region, Integer year, LocalDate publishedOn, ReportFormat format,
                       Map<String, Figure> figures) {
        this(id, region, year, publishedOn, format, figures, "", Map.of());
    }

    /**
     * What the extractor made of a report, every figure as proposed (AUTO), the report-specific ones included, with
     * the text for the text rules.
     */
    public static ReportFacts of(String id, Extraction extraction, String text) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (ExtractedFigure f : extraction.allFigures()) {
            figures.put(f.key(), Figure.fromExtracted(f));
        }
        return new ReportFacts(id, extraction.region(), extraction.year(), extraction.publishedOn(),
                extraction.format(), figures, text, Map.of());
    }

    /** Figures keyed by their own key (a later figure of the same key wins). */
    public static Map<String, Figure> byKey(Iterable<Figure> figures) {
        Map<String, Figure> map = new LinkedHashMap<>();
        for (Figure f : figures) {
            map.put(f.key(), f);
        }
        return map;
    }

    public Optional<Figure> figure(String key) {
        return Optional.ofNullable(figures.get(key));
    }

    public ReportFacts withText(String newText) {
        return new ReportFacts(id, region, year, publishedOn, format, figures, newText, alternatives);
    }

    public ReportFacts withAlternatives(Map<String, List<String>> newAlternatives) {
        return new ReportFacts(id, region, year, publishedOn, format, figures, text, newAlternatives);
    }

    public ReportFacts withFigures(Map<String, Figure> newFigures) {
        return new ReportFacts(id, region, year, publishedOn, format, newFigures, text, alternatives);
    }
}
