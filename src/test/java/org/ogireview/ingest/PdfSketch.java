package org.ogireview.ingest;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws test PDFs with PDFBox: Chinese text at positions given from the top left (as the reader reports them),
 * lines, several pages. The Chinese font comes from the machine (WenQuanYi, as the stack notes prove); a test
 * that needs one is skipped where none is installed.
 */
final class PdfSketch implements AutoCloseable {

    static final List<String> CJK_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc", "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/msyh.ttc");

    private final PDDocument doc = new PDDocument();
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private final List<TrueTypeCollection> collections = new ArrayList<>();
    private final PDFont font;
    private PDPageContentStream page;
    private float height;

    PdfSketch() throws IOException {
        font = loadCjkFont();
    }

    private PDFont loadCjkFont() throws IOException {
        for (String path : CJK_FONTS) {
            File f = new File(path);
            if (!f.isFile()) {
                continue;
            }
            TrueTypeCollection ttc = new TrueTypeCollection(f);
            collections.add(ttc);
            List<TrueTypeFont> fonts = new ArrayList<>();
            ttc.processAllFonts(fonts::add);
            return PDType0Font.load(doc, fonts.get(0), true);
        }
        Assumptions.abort("no Chinese TrueType font on this machine (tried " + CJK_FONTS + ")");
        return null;
    }

    PDDocument document() {
        return doc;
    }

    PdfSketch page() throws IOException {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        streams.add(page);
        height = p.getMediaBox().getHeight();
        return this;
    }

    /** Text with its baseline at (x, y), y from the top of the page. */
    PdfSketch text(float x, float y, float size, String s) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, height - y);
        page.showText(s);
        page.endText();
        return this;
    }

    /** Text ending at x (right-aligned numbers). */
    PdfSketch textRight(float right, float y, float size, String s) throws IOException {
        float w = font.getStringWidth(s) / 1000 * size;
        return text(right - w, y, size, s);
    }

    PdfSketch line(float x1, float y1, float x2, float y2) throws IOException {
        page.setLineWidth(0.5f);
        page.moveTo(x1, height - y1);
        page.lineTo(x2, height - y2);
        page.stroke();
        return this;
    }

    /** A grid of lines: the x positions of the vertical lines and the y positions of the horizontal ones. */
    PdfSketch grid(float[] xs, float[] ys) throws IOException {
        for (float y : ys) {
            line(xs[0], y, xs[xs.length - 1], y);
        }
        for (float x : xs) {
            line(x, ys[0], x, ys[ys.length - 1]);
        }
        return this;
    }

    Path save(Path file) throws IOException {
        for (PDPageContentStream s : streams) {
            s.close();
        }
        streams.clear();
        doc.save(file.toFile());
        return file;
    }

    @Override
    public void close() throws IOException {
        for (PDPageContentStream s : streams) {
            s.close();
        }
        doc.close();
        for (TrueTypeCollection c : collections) {
            c.close();
        }
    }

    static byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }
}
