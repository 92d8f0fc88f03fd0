package org.ogireview.ingest;

import org.apache.pdfbox.Loader;
import org.ogireview.model.UserText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Pictures of a PDF's pages for the document view: the page as printed, with {@link PageBox}es drawn over it at
 * {@code scale} pixels per point (a box's x, y, width and height times the scale are its pixels). Open one per
 * document shown, render pages as they are needed, and close it. Not thread-safe: render from one thread.
 */
public final class PdfPageImages implements AutoCloseable {

    private final Path file;
    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPageImages(Path file, PDDocument document) {
        this.file = file;
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static PdfPageImages open(Path file) throws IngestException {
        return load(file, () -> Loader.loadPDF(file.toFile()));
    }

    /** A PDF held in memory (the store keeps each report's original), named for messages by its file name. */
    public static PdfPageImages open(String fileName, byte[] bytes) throws IngestException {
        return load(ReportIngester.nameAsPath(fileName), () -> Loader.loadPDF(bytes));
    }

    private interface Opening {
        PDDocument open() throws IOException;
    }

    private static PdfPageImages load(Path name, Opening opening) throws IngestException {
        try {
            return new PdfPageImages(name, opening.open());
        } catch (InvalidPasswordException e) {
            throw new IngestException(name, new UserText("ingest.pdfLocked"), e);
        } catch (IOException | RuntimeException e) {
            throw new IngestException(name, new UserText("ingest.pdfCannotOpen", e.getMessage()), e);
        }
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) at {@code scale} pixels per PDF point (1.0 = 72 dpi, 2.0 = 144 dpi). */
    public BufferedImage render(int index, float scale) throws IngestException {
        if (index < 0 || index >= pageCount()) {
            throw new IngestException(file, new UserText("ingest.noSuchPage", index + 1, pageCount()));
        }
        try {
            return renderer.renderImage(index, scale, ImageType.RGB);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw new IngestException(file, new UserText("ingest.pageNotDrawn", index + 1, String.valueOf(e.getMessage())),
                    e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            // nothing was written; a failed close leaves nothing behind
        }
    }
}
