package org.ogireview.importing;

import org.ogireview.extract.Extraction;
import org.ogireview.extract.SearchText;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.model.Finding;
import org.ogireview.model.OwnFigure;
import org.ogireview.store.NewReport;

import java.util.List;

/**
 * Puts what ingest, extract and check made of one file into the store's terms ({@link NewReport}), with the text
 * folded for the list's search ({@link SearchText}): the store keeps it as given and folds nothing.
 */
public final class NewReports {

    private NewReports() {
    }

    /** A report with its findings, its source path and its bytes (null to keep none). */
    public static NewReport of(IngestedDocument doc, Extraction x, List<Finding> findings, String sourcePath,
                               byte[] original) {
        return new NewReport(doc.sha256(), doc.fileName(), doc.sourceKind(), doc.charset(), doc.text(),
                SearchText.fold(doc.text()), doc.needsManual(), x.region(), x.year(), x.publishedOn(), x.format(), x.allFigures(),
                x.ownFigures().stream().map(OwnFigure::field).toList(), findings, sourcePath, original);
    }

    /** A report without findings (the checks are run and saved later). */
    public static NewReport of(IngestedDocument doc, Extraction x, String sourcePath, byte[] original) {
        return of(doc, x, List.of(), sourcePath, original);
    }
}
