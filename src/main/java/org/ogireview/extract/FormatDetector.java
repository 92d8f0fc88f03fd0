package org.ogireview.extract;

import org.ogireview.ingest.TextTable;
import org.ogireview.model.ReportFormat;

import java.util.List;

/** Narrative, trial standard tables (2019) or revised standard tables (2021), from the content. */
final class FormatDetector {

    ReportFormat detect(NormalizedText text, List<TextTable> tables, Integer year) {
        return ReportFormat.NARRATIVE;
    }
}
