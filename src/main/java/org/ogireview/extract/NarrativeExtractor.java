package org.ogireview.extract;

import org.ogireview.model.ExtractedFigure;

import java.util.List;

/** Figures stated in prose and in free-form statistics tables (narrative reports). */
final class NarrativeExtractor {

    List<ExtractedFigure> extract(ExtractionContext context) {
        return List.of();
    }
}
