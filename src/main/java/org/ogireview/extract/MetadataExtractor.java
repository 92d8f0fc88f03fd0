package org.ogireview.extract;

import org.ogireview.model.ExtractedFigure;

import java.util.List;

/** Region or agency, report year and publication date, from the title and the page header. */
final class MetadataExtractor {

    /** report.region, report.year and report.published_on figures, each with its span. */
    List<ExtractedFigure> extract(NormalizedText text) {
        return List.of();
    }
}
