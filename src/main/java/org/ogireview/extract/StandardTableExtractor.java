package org.ogireview.extract;

import org.ogireview.ingest.TextTable;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.FieldCatalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Every cell of the standard tables of table2019 and table2021 reports: table 二 (both versions of its rows and
 * columns), table 三 (rows × the seven applicant columns) and table 四 (fifteen numbers, in one row or three parts).
 * Tables come from the source's structure (HTML, PDF) or from the text; both are read the same way, as one stream
 * of rows with their cells placed in grid columns.
 */
final class StandardTableExtractor {

    private final FieldCatalog catalog;
    private final ProactiveTableReader proactive = new ProactiveTableReader();
    private final ApplicationTableReader applications = new ApplicationTableReader();
    private final ReviewTableReader review = new ReviewTableReader();

    StandardTableExtractor() {
        this(FieldCatalog.standard());
    }

    StandardTableExtractor(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    List<ExtractedFigure> extract(ExtractionContext context) {
        List<ExtractedFigure> out = read(context.tables(), context);
        if (out.isEmpty() && !context.document().tables().isEmpty()) {
            // the source's own tables held none of the standard ones (a page laid out with tables, the report
            // itself pasted as text): look for tables in the text, as for a plain-text report
            out = read(new TextTableDetector().detect(context.text()), context);
        }
        return out;
    }

    private List<ExtractedFigure> read(List<TextTable> tables, ExtractionContext context) {
        List<SourceRow> rows = TableLayout.rows(tables, context.text());
        CellFigures figures = new CellFigures(context.text(), catalog);
        List<ExtractedFigure> out = new ArrayList<>();
        out.addAll(proactive.read(rows, context.format(), figures));
        List<ExtractedFigure> applicationFigures = applications.read(rows, figures);
        out.addAll(applicationFigures);
        int applicationEnd = applicationFigures.stream().mapToInt(ExtractedFigure::end).max().orElse(-1);
        out.addAll(review.read(rows, figures, applicationEnd));
        return out;
    }
}
