package org.ogireview.ingest;

import org.ogireview.model.UserText;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PDF reports through PDFBox: the characters and lines of every page, laid out as text with tables
 * ({@link PdfLayout}), every character boxed on its page. A PDF without a usable text layer (a scan, or text
 * without a Unicode map) is still returned, with its page count and the reason it must be coded by hand.
 */
final class PdfReader {

    /**
     * PDFBox logs what it cannot parse (a deeply nested page: hundreds of lines of stack trace) to the console. The
     * import reports each problem in the file's outcome, so PDFBox's own log stays quiet (kept in a field: the
     * logging framework holds its loggers weakly).
     */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream.of(
                    "org.apache.pdfbox", "org.apache.fontbox")
            .map(java.util.logging.Logger::getLogger).peek(l -> l.setLevel(java.util.logging.Level.OFF)).toList();

    /** The key of a page whose text cannot be read; its arguments are the page number and why. */
    private static final String PAGE_UNREADABLE = "ingest.pageUnreadable";

    private PdfReader() {
    }

    static IngestedDocument read(Path file, byte[] bytes, String sha) throws IngestException {
        try (PDDocument doc = load(file, bytes)) {
            int pageCount = doc.getNumberOfPages();
            if (pageCount == 0) {
                throw new IngestException(file, new UserText("ingest.pdfNoPages"));
            }
            List<UserText> warnings = new ArrayList<>();
            List<PdfPage> pages = new ArrayList<>();
            PdfGlyphCollector collector = new PdfGlyphCollector();
            int unreadable = 0;
            for (int i = 0; i < pageCount; i++) {
                int before = warnings.size();
                pages.add(readPage(doc, i, collector, warnings));
                unreadable += warnings.size() > before && warnings.get(before).key().equals(PAGE_UNREADABLE) ? 1 : 0;
            }
            PdfTextLayer layer = PdfTextLayer.assess(pages, collector.shown(), collector.unmapped());
            if (unreadable == pageCount && layer.needsManual() != null) {
                // no page's text could be read because PDFBox failed on them, not because they are scans:
                // say so, so the user tries another reader (pdftotext) or a re-saved copy, not hand coding
                layer = new PdfTextLayer(new UserText("ingest.manual.structure", warnings.get(0).args()[1]),
                        layer.warnings());
            }
            boolean cutShort = !endsWithEof(bytes);
            if (cutShort && layer.needsManual() != null) {
                throw new IngestException(file, new UserText("ingest.pdfCutShort"));
            }
            if (cutShort) {
                warnings.add(new UserText("ingest.pdfCutShortWarning"));
            }
            warnings.addAll(layer.warnings());
            String fileName = file.getFileName().toString();
            if (layer.needsManual() != null) {
                return new IngestedDocument(fileName, sha, "pdf", null, "", List.of(), List.of(), pageCount,
                        layer.needsManual(), warnings);
            }
            DocumentBuilder out = new DocumentBuilder();
            try {
                PdfLayout.write(pages, out);
            } catch (RuntimeException e) {
                // a layout this code did not foresee: the text without tables beats no text at all
                out = new DocumentBuilder();
                PdfLayout.writeLinesOnly(pages, out);
                warnings.add(new UserText("ingest.pdfTablesNotRebuilt", UserText.foreign(e.toString())));
            }
            return new IngestedDocument(fileName, sha, "pdf", null, out.text(), out.tables(), out.boxes(),
                    pageCount, null, warnings);
        } catch (IOException e) {
            throw new IngestException(file, new UserText("ingest.pdfNotClosed", UserText.of(e)), e);
        }
    }

    private static PDDocument load(Path file, byte[] bytes) throws IngestException {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new IngestException(file, new UserText("ingest.pdfPassword"), e);
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, new UserText("ingest.pdfDamaged", UserText.of(e)), e);
        }
    }

    /** A complete PDF ends with %%EOF (give or take trailing white space or junk a server appended). */
    private static boolean endsWithEof(byte[] bytes) {
        int from = Math.max(0, bytes.length - 2048);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    /** One page; a page PDFBox cannot read becomes an empty page and a warning, not a failed import. */
    private static PdfPage readPage(PDDocument doc, int index, PdfGlyphCollector collector, List<UserText> warnings) {
        PDPage page = doc.getPage(index);
        PdfRulingCollector lines = new PdfRulingCollector(page);
        List<Glyph> glyphs = List.of();
        List<Ruling> rulings = List.of();
        try {
            glyphs = collector.collect(doc, index);
            if (collector.tooDeep()) {
                warnings.add(glyphs.isEmpty()
                        ? new UserText(PAGE_UNREADABLE, index + 1, new UserText("ingest.nestedTooDeep"))
                        : new UserText("ingest.pagePartlyTooDeep", index + 1));
            }
        } catch (StackOverflowError e) {
            warnings.add(new UserText(PAGE_UNREADABLE, index + 1, new UserText("ingest.nestedTooDeep")));
        } catch (IOException | RuntimeException e) {
            warnings.add(new UserText(PAGE_UNREADABLE, index + 1, UserText.of(e)));
        }
        try {
            rulings = lines.collect();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            warnings.add(new UserText("ingest.pageDrawingUnreadable", index + 1));
        }
        return new PdfPage(index, lines.pageWidth(), lines.pageHeight(), glyphs, rulings, lines.imageShare());
    }
}
