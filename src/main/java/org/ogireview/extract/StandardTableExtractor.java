package org.ogireview.extract;

import org.ogireview.model.ExtractedFigure;

import java.util.List;

/** Every cell of the standard tables of table2019 and table2021 reports (tables 二, 三 and 四). */
final class StandardTableExtractor {

    List<ExtractedFigure> extract(ExtractionContext context) {
        return List.of();
    }
}
