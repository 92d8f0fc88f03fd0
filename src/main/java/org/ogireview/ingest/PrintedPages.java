package org.ogireview.ingest;

import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * On which printed page of a PDF a stretch of its stored text stands: the PDF read again for its character boxes
 * (they are not stored), used only when the reading gives the stored text exactly (a report read by another version
 * could be offset: no page is better than a wrong one).
 */
public final class PrintedPages {

    private PrintedPages() {
    }

    /**
     * The page lookup of one report: (start, end) of its text → the page (from 1) of the stretch's first printed
     * character, 0 when unknown (not a PDF, unreadable, text differs, or no box there).
     */
    public static IntBinaryOperator of(String fileName, byte[] original, String storedText) {
        if (original == null || storedText == null || storedText.isEmpty()) {
            return (s, e) -> 0;
        }
        PageRegions regions;
        try {
            IngestedDocument again = new ReportIngester().ingest(fileName, original);
            regions = again.text().equals(storedText) ? PageRegions.of(again.boxes()) : PageRegions.none();
        } catch (IngestException | RuntimeException e) {
            regions = PageRegions.none();
        }
        PageRegions found = regions;
        return (start, end) -> {
            List<PageRect> rects = found.rectsOf(start, end);
            return rects.isEmpty() ? 0 : rects.get(0).page() + 1;
        };
    }
}
