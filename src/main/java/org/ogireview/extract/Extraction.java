package org.ogireview.extract;

import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.OwnFigure;
import org.ogireview.model.ReportFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the extractor made of one report: its metadata and every figure, the metadata included as figures
 * ({@code report.region}, {@code report.year}, {@code report.published_on}, {@code report.format}).
 *
 * @param figures    catalogue figures only: what {@code extract} prints and the gold scores
 * @param ownFigures figures the report states under its own labels, outside the catalogue ({@link OwnFigures})
 */
public record Extraction(String region, Integer year, LocalDate publishedOn, ReportFormat format,
                         List<ExtractedFigure> figures, List<OwnFigure> ownFigures) {

    public Extraction {
        figures = List.copyOf(figures);
        ownFigures = ownFigures == null ? List.of() : List.copyOf(ownFigures);
    }

    /** Catalogue figures only. */
    public Extraction(String region, Integer year, LocalDate publishedOn, ReportFormat format,
                      List<ExtractedFigure> figures) {
        this(region, year, publishedOn, format, figures, List.of());
    }

    /** The catalogue figures, then the report-specific ones as figures: everything a store keeps. */
    public List<ExtractedFigure> allFigures() {
        if (ownFigures.isEmpty()) {
            return figures;
        }
        List<ExtractedFigure> all = new ArrayList<>(figures);
        ownFigures.forEach(f -> all.add(f.asExtracted()));
        return all;
    }

    public Optional<ExtractedFigure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
