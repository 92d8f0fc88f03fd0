package org.ogireview.extract;

import org.ogireview.ingest.TextTable;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.FieldCatalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private final TemplateDecoder decoder = new TemplateDecoder();

    StandardTableExtractor() {
        this(FieldCatalog.standard());
    }

    StandardTableExtractor(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    List<ExtractedFigure> extract(ExtractionContext context) {
        List<ExtractedFigure> out = read(context.tables(), context);
        boolean ownTables = !context.document().tables().isEmpty();
        if (out.isEmpty() && ownTables) {
            // the source's own tables held none of the standard ones (a page laid out with tables, the report
            // itself pasted as text): look for tables in the text, as for a plain-text report
            out = read(new TextTableDetector().detect(context.text()), context);
            ownTables = false;
        }
        List<ExtractedFigure> decoded = decoder.decode(context.text(), context.format(),
                new CellFigures(context.text(), catalog));
        return arbitrate(out, decoded, ownTables);
    }

    /**
     * One figure per key from the row reader and the template decoder. The source's own tables (HTML, PDF) are
     * read best by their rows: the decoder only adds what they lack. In text, the decoder's reading of the cell
     * stream stands wherever it is at least as sure as the row reader, which only sees the rows a layout detector
     * could cut.
     */
    private static List<ExtractedFigure> arbitrate(List<ExtractedFigure> rows, List<ExtractedFigure> decoded,
                                                   boolean ownTables) {
        Map<String, ExtractedFigure> byKey = new LinkedHashMap<>();
        for (ExtractedFigure f : rows) {
            byKey.putIfAbsent(f.key(), f);
        }
        for (ExtractedFigure d : decoded) {
            ExtractedFigure r = byKey.get(d.key());
            if (r == null || !ownTables && d.confidence() >= r.confidence()) {
                byKey.put(d.key(), d);
            }
        }
        return new ArrayList<>(byKey.values());
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
