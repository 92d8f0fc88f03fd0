package org.ogireview.store;

import org.ogireview.check.Finding;
import org.ogireview.extract.Extraction;
import org.ogireview.ingest.IngestedDocument;

import java.util.List;

/**
 * A report ready to be stored: the ingested document, what the extractor found, the checks' findings, where the
 * file came from and its bytes (null to keep none).
 */
public record NewReport(IngestedDocument document, Extraction extraction, List<Finding> findings, String sourcePath,
                        byte[] original) {

    public NewReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
