package org.ogireview.ingest;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Assumptions;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws test PDFs with PDFBox: Chinese text at positions given from the top left (as the reader reports them),
 * lines, several pages. The Chinese font comes from the machine (WenQuanYi, as the stack notes prove); a test
 * that needs one is skipped where none is installed. Public for the window tests that import a made-up PDF.
 */
public final class PdfSketch implements AutoCloseable {

    static final List<String> CJK_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc", "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/msyh.ttc");

    private final PDDocument doc = new PDDocument();
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private final List<TrueTypeCollection> collections = new ArrayList<>();
    private PDFont font;
    private PDPageContentStream page;
    private float height;

    PdfSketch() {
    }

    private PDFont font() throws IOException {
        if (font == null) {
            font = loadCjkFont();
        }
        return font;
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

    /**
     * A portrait A4 page turned with /Rotate 90, drawn so that it reads upright as a landscape page (how wide
     * tables are often printed): positions are then given on the landscape page.
     */
    PdfSketch landscapePage() throws IOException {
        PDPage p = new PDPage(PDRectangle.A4);
        p.setRotation(90);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        streams.add(page);
        float w = p.getMediaBox().getWidth();
        page.transform(new Matrix(0, 1, -1, 0, w, 0));
        height = w;
        return this;
    }

    /** A page that is one picture (a scan): no text at all. */
    PdfSketch scannedPage() throws IOException {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        BufferedImage img = new BufferedImage(300, 420, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 420);
        g.setColor(Color.BLACK);
        for (int y = 40; y < 400; y += 12) {
            g.fillRect(30, y, 240, 4); // lines of "text" as a scanner sees them
        }
        g.dispose();
        PDImageXObject image = LosslessFactory.createFromImage(doc, img);
        page = new PDPageContentStream(doc, p);
        streams.add(page);
        page.drawImage(image, 0, 0, p.getMediaBox().getWidth(), p.getMediaBox().getHeight());
        height = p.getMediaBox().getHeight();
        return this;
    }

    /**
     * A page whose text uses a font without a ToUnicode map and with glyph names no list knows (as PDFs made by
     * some converters do): the glyphs are drawn, but their codes mean nothing.
     */
    PdfSketch garbledPage(int lines) throws IOException {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(1));
        for (int i = 1; i <= 40; i++) {
            differences.add(COSName.getPDFName("g" + (i * 7)));
        }
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica"));
        font.setItem(COSName.ENCODING, encoding);
        PDResources resources = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        p.setResources(resources);
        StringBuilder content = new StringBuilder();
        for (int l = 0; l < lines; l++) {
            content.append("BT /F1 12 Tf 72 ").append(760 - l * 18).append(" Td <");
            for (int i = 0; i < 30; i++) {
                content.append(String.format("%02X", 1 + (i * 7 + l) % 40));
            }
            content.append("> Tj ET\n");
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
        }
        p.setContents(stream);
        page = null;
        return this;
    }

    /**
     * A one-page PDF whose page draws {@code pageContent} and a chain of forms nested deeper than PDFBox reads
     * ({@link NestedPdfTest}): with text of its own the page is read with a note, without it the page is unreadable.
     */
    public static Path nestedFormsPdf(Path file, String pageContent) throws IOException {
        return java.nio.file.Files.write(file, NestedPdfTest.nestedForms(pageContent, 3000));
    }

    /** A two-page PDF whose text layer is garbled (no ToUnicode map): a report that must be coded by hand. */
    public static Path garbledPdf(Path file) throws IOException {
        try (PdfSketch s = new PdfSketch()) {
            s.garbledPage(20).garbledPage(20);
            return s.save(file);
        }
    }

    /** Text with its baseline at (x, y), y from the top of the page. */
    PdfSketch text(float x, float y, float size, String s) throws IOException {
        page.beginText();
        page.setFont(font(), size);
        page.newLineAtOffset(x, height - y);
        page.showText(s);
        page.endText();
        return this;
    }

    /** Text turned a quarter to the left (read bottom to top), starting at (x, y), y from the top. */
    PdfSketch textTurned(float x, float y, float size, String s) throws IOException {
        page.beginText();
        page.setFont(font(), size);
        page.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, height - y));
        page.showText(s);
        page.endText();
        return this;
    }

    /** Text ending at x (right-aligned numbers). */
    PdfSketch textRight(float right, float y, float size, String s) throws IOException {
        float w = font().getStringWidth(s) / 1000 * size;
        return text(right - w, y, size, s);
    }

    PdfSketch line(float x1, float y1, float x2, float y2) throws IOException {
        page.setLineWidth(0.5f);
        page.moveTo(x1, height - y1);
        page.lineTo(x2, height - y2);
        page.stroke();
        return this;
    }

    /** A filled rectangle, (x, y) its top left corner; grey 0 is black, 1 white. */
    PdfSketch fill(float x, float y, float w, float h, float grey) throws IOException {
        page.setNonStrokingColor(grey, grey, grey);
        page.addRect(x, height - y - h, w, h);
        page.fill();
        page.setNonStrokingColor(0f, 0f, 0f);
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

    /** Saves with a user password: nobody can open it without typing it. */
    Path saveLocked(Path file) throws IOException {
        for (PDPageContentStream s : streams) {
            s.close();
        }
        streams.clear();
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        doc.save(file.toFile());
        return file;
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
