package org.ogireview.gui.testing;

import org.ogireview.importing.NewReports;
import org.ogireview.extract.Extraction;
import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.Qualifier;
import org.ogireview.model.ReportFormat;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real reports in a store with figures located by hand in their text (the spans point at the real numbers), so the
 * view models can be tested whatever the extractor finds.
 */
public final class Fixtures {

    public static final String LUZHOU = "000_6c56c39d01f2e555.txt";
    public static final String HONGZE_2023 = "hongze-2023.txt";

    private Fixtures() {
    }

    /** The Luzhou 2012 seed (narrative, traditional characters) with a handful of its figures. */
    public static long luzhou(ReportStore store) throws IOException, IngestException, StoreException {
        IngestedDocument doc = read(LUZHOU);
        String t = doc.text();
        List<ExtractedFigure> figures = new ArrayList<>();
        figures.add(new ExtractedFigure("report.region", "泸州市", Qualifier.EXACT, 0, 3, "瀘州市", 0.95));
        figures.add(new ExtractedFigure("report.year", "2012", Qualifier.EXACT, 3, 7, "瀘州市2012年", 0.95));
        figures.add(new ExtractedFigure("report.format", "narrative", Qualifier.EXACT, 0, 20, t.substring(0, 20),
                0.9));
        figures.add(at(t, "proactive.total", "主動公開政府信息", "61540", 0.92));
        figures.add(at(t, "proactive.total_change", "比2011年多", "2385", 0.88));
        figures.add(at(t, "proactive.overview", "概況類", "11244", 0.9));
        figures.add(at(t, "proactive.overview.pct", "概況類11244條,占", "18.27", 0.85));
        figures.add(at(t, "applications.received", "受理政府信息公開申請", "27", 0.9));
        figures.add(at(t, "applications.granted", "同意公開", "20", 0.5));
        return store.add(NewReports.of(doc, new Extraction("泸州市", 2012, null, ReportFormat.NARRATIVE, figures), doc.fileName(),
                bytes(LUZHOU))).reportId();
    }

    /** Hongze 2023 (table2021) with a few cells of its application table. */
    public static long hongze(ReportStore store) throws IOException, IngestException, StoreException {
        IngestedDocument doc = read(HONGZE_2023);
        String t = doc.text();
        List<ExtractedFigure> figures = new ArrayList<>();
        figures.add(at(t, "report.year", "淮安市洪泽区人民政府", "2023", 0.95));
        figures.add(new ExtractedFigure("report.format", "table2021", Qualifier.EXACT, 0, 10, t.substring(0, 10),
                0.9));
        figures.add(at(t, "applications.received@natural_person", "一、本年新收政府信息公开申请数量 | ", "21", 0.93));
        figures.add(at(t, "applications.received", "一、本年新收政府信息公开申请数量 | 21 | 0 | 0 | 0 | 0 | 0 | ", "21",
                0.93));
        return store.add(NewReports.of(doc, new Extraction("洪泽区", 2023, null, ReportFormat.TABLE2021, figures), doc.fileName(),
                bytes(HONGZE_2023))).reportId();
    }

    /** A figure whose value is the first occurrence of {@code value} after {@code anchor}. */
    public static ExtractedFigure at(String text, String key, String anchor, String value, double confidence) {
        int a = text.indexOf(anchor);
        if (a < 0) {
            throw new IllegalArgumentException("anchor not in text: " + anchor);
        }
        int start = text.indexOf(value, a + anchor.length());
        if (start < 0) {
            throw new IllegalArgumentException("value not after anchor: " + value);
        }
        int end = start + value.length();
        return new ExtractedFigure(key, value, Qualifier.EXACT, start, end,
                text.substring(Math.max(0, a), Math.min(text.length(), end)), confidence);
    }

    public static IngestedDocument read(String name) throws IngestException {
        return new ReportIngester().ingest(TestFiles.bundledReport(name));
    }

    public static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(TestFiles.bundledReport(name));
    }

    public static Path file(String name) {
        return TestFiles.bundledReport(name);
    }
}
