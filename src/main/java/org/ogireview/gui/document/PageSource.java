package org.ogireview.gui.document;

import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.PageRegions;
import org.ogireview.ingest.PdfPageImages;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.Report;

import java.awt.image.BufferedImage;

/**
 * One report's PDF as the page view reads it: its pages drawn on demand, and where its text is printed. Used on
 * the page view's worker thread only (PDFBox documents are not thread-safe).
 */
final class PageSource implements AutoCloseable {

    private final Report report;
    private final byte[] bytes;
    private final PdfPageImages images;

    private PageSource(Report report, byte[] bytes, PdfPageImages images) {
        this.report = report;
        this.bytes = bytes;
        this.images = images;
    }

    /** Opens the stored original of a report; throws with a message naming the file when it is no usable PDF. */
    static PageSource open(Report report, byte[] original) throws IngestException {
        return new PageSource(report, original, PdfPageImages.open(report.fileName(), original));
    }

    int pageCount() {
        return images.pageCount();
    }

    BufferedImage render(int index, float scale) throws IngestException {
        return images.render(index, scale);
    }

    /**
     * Where the report's text is printed: the PDF read again (page boxes are not stored). The reading is
     * deterministic, so its offsets are those of the stored figures; should the text differ all the same (a report
     * read by an older version), no positions are better than wrong ones.
     */
    PageRegions regions() {
        if (report.text() == null || report.text().isEmpty()) {
            return PageRegions.none();
        }
        try {
            IngestedDocument again = new ReportIngester().ingest(report.fileName(), bytes);
            return again.text().equals(report.text()) ? PageRegions.of(again.boxes()) : PageRegions.none();
        } catch (IngestException e) {
            return PageRegions.none();
        }
    }

    @Override
    public void close() {
        images.close();
    }
}
