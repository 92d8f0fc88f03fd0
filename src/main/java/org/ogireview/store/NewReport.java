package org.ogireview.store;

import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.Finding;
import org.ogireview.model.OwnField;
import org.ogireview.model.ReportFormat;

import java.time.LocalDate;
import java.util.List;

/**
 * A report ready to be stored, in the store's own terms: the file as read (hash, name, kind, charset, text, why it
 * needs manual coding), the text folded for the list's search ({@code foldedText}: the store compares folded
 * phrases with it and folds nothing itself), what the extractor found (metadata, catalogue figures then report-specific ones, the labels
 * of those), the checks' findings, where the file came from and its bytes (null to keep none). The import pipeline
 * builds it ({@code org.ogireview.importing.NewReports}), so the store needs nothing from ingest, extract or check.
 */
public record NewReport(String sha256, String fileName, String sourceKind, String charset, String text,
                        String foldedText, String needsManual, String region, Integer year, LocalDate publishedOn, ReportFormat format,
                        List<ExtractedFigure> figures, List<OwnField> ownFields, List<Finding> findings,
                        String sourcePath, byte[] original) {

    public NewReport {
        figures = List.copyOf(figures);
        ownFields = ownFields == null ? List.of() : List.copyOf(ownFields);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The same report with these findings. */
    public NewReport withFindings(List<Finding> checked) {
        return new NewReport(sha256, fileName, sourceKind, charset, text, foldedText, needsManual, region, year, publishedOn,
                format, figures, ownFields, checked, sourcePath, original);
    }
}
