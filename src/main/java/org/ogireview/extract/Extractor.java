package org.ogireview.extract;

import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.TextTable;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text to figures: the one entry point. Thread-safe and stateless, so a collection import can run it on every
 * core at once.
 */
public final class Extractor {

    /** Sections of fields.csv that a table report states in prose only: no standard table has a row for them. */
    private static final Set<String> PROSE_SECTIONS_OF_TABLE_REPORTS = Set.of("other");
    /** How reports state their staff: 专职/兼职 …, 工作人员12名, 3人负责…工作. */
    private static final Pattern STAFF_STATEMENT = Pattern.compile(
            "专职|兼职|人员(?:总数)?(?:共|有)?[ ]?[\\d一二三四五六七八九十两]|[\\d一二三四五六七八九十两][ ]?(?:名|个)?[ ]?人[^,.;。]{0,8}(?:从事|负责)");

    private final FieldCatalog catalog;
    private final MetadataExtractor metadata = new MetadataExtractor();
    private final TextTableDetector tableDetector = new TextTableDetector();
    private final FormatDetector formatDetector = new FormatDetector();
    private final NarrativeExtractor narrative = new NarrativeExtractor();
    private final StandardTableExtractor standardTables = new StandardTableExtractor();
    private final OwnFigures ownFigures = new OwnFigures();

    public Extractor() {
        this(FieldCatalog.standard());
    }

    public Extractor(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    public Extraction extract(IngestedDocument document) {
        NormalizedText text = NormalizedText.of(document.text());
        List<TextTable> tables = new ArrayList<>(document.tables());
        if (tables.isEmpty()) {
            tables.addAll(tableDetector.detect(text));
        }
        List<ExtractedFigure> meta = metadata.extract(text);
        Integer year = find(meta, "report.year").map(f -> Integer.valueOf(f.value())).orElse(null);
        ReportFormat format = formatDetector.detect(text, tables, year);
        ExtractionContext context = new ExtractionContext(document, text, tables, format, year);

        List<ExtractedFigure> found = new ArrayList<>(meta);
        found.add(formatFigure(format, text, tables, find(meta, "report.year").orElse(null)));
        if (format == ReportFormat.NARRATIVE) {
            found.addAll(narrative.extract(context));
        } else {
            List<ExtractedFigure> tableFigures = standardTables.extract(context);
            found.addAll(tableFigures);
            // the prose of a table report still states what no standard table holds (staff on disclosure work), and
            // what a table the copy lacks would hold (TableReportProse); the prose reader is only run when one of
            // these can be there, as it costs as much as the tables
            boolean staff = STAFF_STATEMENT.matcher(text.normalized()).find();
            List<ExtractedFigure> prose = staff || TableReportProse.worthReading(tableFigures, format)
                    ? narrative.extract(context) : List.of();
            for (ExtractedFigure f : prose) {
                if (catalog.find(f.key()).map(d -> PROSE_SECTIONS_OF_TABLE_REPORTS.contains(d.section()))
                        .orElse(false)) {
                    found.add(f);
                } else {
                    Optional.ofNullable(TableReportProse.admit(f, format, tables, tableFigures)).ifPresent(found::add);
                }
            }
        }
        List<ExtractedFigure> figures = settle(found, format);
        String region = find(figures, "report.region").map(ExtractedFigure::value).orElse(null);
        LocalDate published = find(figures, "report.published_on").map(f -> LocalDate.parse(f.value())).orElse(null);
        // after the catalogue has settled, so the report's own figures never take a span the catalogue holds
        return new Extraction(region, year, published, format, figures, ownFigures.extract(text, figures, format));
    }

    /**
     * One figure per key: the most confident wins (the extractors rate table cells above prose, so the statistics
     * table wins where a report states a figure twice). Figures of fields the report's era does not use are dropped.
     *
     * @throws IllegalStateException for a key the catalogue does not know: a rule names a field that cannot be
     *                               stored, a defect the tests must catch, never a figure silently lost
     */
    private List<ExtractedFigure> settle(List<ExtractedFigure> found, ReportFormat format) {
        Map<String, ExtractedFigure> best = new LinkedHashMap<>();
        for (ExtractedFigure f : found) {
            Optional<FieldDef> def = catalog.find(f.key());
            if (def.isEmpty()) {
                throw new IllegalStateException("the extractor found a figure for '" + f.key()
                        + "', a key the field catalogue (fields.csv) does not know: add the field to the catalogue "
                        + "or correct the rule that names it");
            }
            if (!format.usesEra(def.get().era())) {
                continue;
            }
            best.merge(f.key(), f, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        List<ExtractedFigure> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt(ExtractedFigure::start));
        return out;
    }

    /** report.format, with the evidence as its span: the first standard table, or the title for a narrative. */
    private static ExtractedFigure formatFigure(ReportFormat format, NormalizedText text, List<TextTable> tables,
                                                ExtractedFigure year) {
        int start = 0;
        int end = Math.min(text.length(), firstLineEnd(text.original()));
        if (year != null) { // the title line the metadata came from, not a breadcrumb above it
            String s = text.original();
            start = s.lastIndexOf('\n', Math.max(0, year.start() - 1)) + 1;
            int nl = s.indexOf('\n', year.start());
            end = Math.min(nl < 0 ? s.length() : nl, start + 60);
        }
        if (format != ReportFormat.NARRATIVE && !tables.isEmpty()) {
            start = tables.get(0).start();
            end = Math.min(tables.get(0).end(), start + 40);
        }
        String original = text.original();
        while (start < end && Character.isWhitespace(original.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(original.charAt(end - 1))) {
            end--;
        }
        // the span is trimmed, not the snippet: a snippet is always the text at its span
        return new ExtractedFigure("report.format", format.code(), Qualifier.EXACT, start, end,
                text.originalSlice(start, end), 0.9);
    }

    private static int firstLineEnd(String s) {
        String trimmed = s.stripLeading();
        int lead = s.length() - trimmed.length();
        int nl = trimmed.indexOf('\n');
        return lead + (nl < 0 ? Math.min(trimmed.length(), 60) : Math.min(nl, 60));
    }

    private static Optional<ExtractedFigure> find(List<ExtractedFigure> figures, String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
