package org.ogireview.check;

import com.opencsv.CSVReaderHeaderAware;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;
import org.ogireview.testing.TestFiles;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Report facts for rule tests: the hand-verified figures of the real reports, or small tables written here. */
final class Facts {

    private Facts() {
    }

    /** One report of a gold file (seeds-gold.csv, samples-gold.csv), every figure as the coder confirmed it. */
    static ReportFacts gold(String goldFile, String report) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(TestFiles.gold(goldFile), StandardCharsets.UTF_8);
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(in)) {
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                if (row.get("file").equals(report)) {
                    Qualifier q = Qualifier.fromCode(row.get("qualifier"));
                    Figure f = figure(row.get("field"), row.get("value"), q);
                    figures.put(f.key(), f);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + goldFile, e);
        }
        if (figures.isEmpty()) {
            throw new IllegalArgumentException(report + " is not in " + goldFile);
        }
        return facts(report, figures);
    }

    static ReportFacts seed(String name) {
        return gold("seeds-gold.csv", name);
    }

    static ReportFacts sample(String name) {
        return gold("samples-gold.csv", name);
    }

    /** Metadata from the figures, as the app does after review. */
    static ReportFacts facts(String id, Map<String, Figure> figures) {
        String region = value(figures, "report.region");
        String year = value(figures, "report.year");
        String format = value(figures, "report.format");
        String published = value(figures, "report.published_on");
        return new ReportFacts(id, region, year == null ? null : Integer.valueOf(year),
                published == null ? null : LocalDate.parse(published),
                format == null ? null : ReportFormat.fromCode(format), figures);
    }

    /** A small report: key, value pairs ("" value = blank in source), of the given format. */
    static ReportFacts of(ReportFormat format, String... keyValues) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            String v = keyValues[i + 1];
            figures.put(keyValues[i], figure(keyValues[i], v, v.isEmpty() ? Qualifier.BLANK_IN_SOURCE
                    : Qualifier.EXACT));
        }
        return new ReportFacts("case", null, null, null, format, figures);
    }

    /** A confirmed figure. */
    static Figure figure(String key, String value, Qualifier q) {
        FigureStatus s = q == Qualifier.BLANK_IN_SOURCE ? FigureStatus.BLANK_IN_SOURCE : FigureStatus.CONFIRMED;
        return new Figure(key, value, q, s, -1, -1, "", 1.0, value, q);
    }

    /** The report with one figure's value replaced (the coder's correction), or added. */
    static ReportFacts with(ReportFacts r, String key, String value) {
        return with(r, key, value, Qualifier.EXACT);
    }

    static ReportFacts with(ReportFacts r, String key, String value, Qualifier q) {
        Map<String, Figure> figures = new LinkedHashMap<>(r.figures());
        Figure old = figures.get(key);
        figures.put(key, old == null ? figure(key, value, q) : old.withValue(value, q));
        return r.withFigures(figures);
    }

    static ReportFacts without(ReportFacts r, String key) {
        Map<String, Figure> figures = new LinkedHashMap<>(r.figures());
        figures.remove(key);
        return r.withFigures(figures);
    }

    private static String value(Map<String, Figure> figures, String key) {
        Figure f = figures.get(key);
        return f == null || f.value().isBlank() ? null : f.value();
    }
}
