package org.ogireview.extract;

import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.ReportFormat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the extractor made of one report: its metadata and every figure, the metadata included as figures
 * ({@code report.region}, {@code report.year}, {@code report.published_on}, {@code report.format}).
 */
public record Extraction(String region, Integer year, LocalDate publishedOn, ReportFormat format,
                         List<ExtractedFigure> figures) {

    public Extraction {
        figures = List.copyOf(figures);
    }

    public Optional<ExtractedFigure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
