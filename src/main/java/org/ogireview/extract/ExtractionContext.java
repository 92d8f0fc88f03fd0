package org.ogireview.extract;

import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.TextTable;
import org.ogireview.model.ReportFormat;

import java.util.List;

/**
 * Everything one extraction pass over a report shares: the document, its normalised text, the tables found
 * (from the source's structure and from the text), and the report format once detected.
 */
public record ExtractionContext(IngestedDocument document, NormalizedText text, List<TextTable> tables,
                                ReportFormat format, Integer year) {

    public ExtractionContext {
        tables = List.copyOf(tables);
    }
}
