package org.ogireview.store;

import com.opencsv.CSVReaderHeaderAware;
import org.ogireview.extract.Extraction;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;
import org.ogireview.testing.TestFiles;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rich, real extractions for store tests: the hand-verified gold figures of a bundled report, each with a source
 * span where its value occurs in the text. The store must keep whatever an extractor gives it, so tests of the
 * store do not depend on how far the extractor has got.
 */
final class GoldFigures {

    private GoldFigures() {
    }

    record Loaded(Path file, IngestedDocument document, Extraction extraction, byte[] bytes) {
    }

    static Loaded load(String bundledName) throws Exception {
        Path file = TestFiles.bundledReport(bundledName);
        IngestedDocument doc = new ReportIngester().ingest(file);
        return new Loaded(file, doc, extraction(bundledName, doc.text()), Files.readAllBytes(file));
    }

    static Extraction extraction(String bundledName, String text) throws Exception {
        String goldFile = bundledName.startsWith("hongze") ? "samples-gold.csv" : "seeds-gold.csv";
        String goldName = bundledName.startsWith("hongze") ? bundledName.replace(".txt", ".pdf") : bundledName;
        List<ExtractedFigure> figures = new ArrayList<>();
        String region = null;
        Integer year = null;
        LocalDate published = null;
        ReportFormat format = null;
        try (Reader r = Files.newBufferedReader(TestFiles.gold(goldFile), StandardCharsets.UTF_8);
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(r)) {
            Map<String, String> row;
            int from = 0;
            while ((row = csv.readMap()) != null) {
                if (!row.get("file").equals(goldName)) {
                    continue;
                }
                String key = row.get("field");
                String value = row.get("value");
                Qualifier q = Qualifier.fromCode(row.get("qualifier"));
                int start = value.isEmpty() ? -1 : text.indexOf(value, from);
                if (start < 0 && !value.isEmpty()) {
                    start = text.indexOf(value);
                }
                int end = start < 0 ? -1 : start + value.length();
                if (start >= 0) {
                    from = end;
                }
                String snippet = start < 0 ? "" : text.substring(Math.max(0, start - 12), end);
                figures.add(new ExtractedFigure(key, value, q, start, end, snippet, 0.8));
                switch (key) {
                    case "report.region" -> region = value;
                    case "report.year" -> year = Integer.valueOf(value);
                    case "report.published_on" -> published = LocalDate.parse(value);
                    case "report.format" -> format = ReportFormat.fromCode(value);
                    default -> { }
                }
            }
        }
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("no gold figures for " + bundledName);
        }
        return new Extraction(region, year, published, format, figures);
    }
}
