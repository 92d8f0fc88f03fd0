package org.ogireview.testing;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * Lays out the held-out PDF fixtures from small layout sources ({@code src/test/pdf-sources/heldout/*.pdfsrc}) the
 * way a word processor prints a government report: A4 pages, a CJK TrueType font embedded as a subset, paragraphs
 * wrapped mid-sentence, tables with real ruling lines (row and column spans, a spanning label repeated after a page
 * break) and a page number footer. Run once by hand; the PDFs it writes are committed, so no test needs the font.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.ogireview.testing.HeldoutPdfMaker src/test/pdf-sources/heldout src/test/resources/reports/heldout
 * </pre>
 *
 * <p>Source format, one block a line: {@code # title} (centred, large) · {@code [center] text} · {@code [right] text}
 * · {@code [page]} · plain text (a paragraph; a leading ideographic space indents it) · {@code [table w1 w2 …]} rows
 * {@code [/table]}, where a row is cells split by {@code |}, {@code <} continues the cell to the left (column span)
 * and {@code ^} the cell above (row span).
 */
public final class HeldoutPdfMaker {

    private static final String DEFAULT_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    private static final float MARGIN_X = 72;
    private static final float MARGIN_TOP = 72;
    private static final float MARGIN_BOTTOM = 72;
    private static final float BODY_SIZE = 12;
    private static final float BODY_LEADING = 21;
    private static final float TITLE_SIZE = 18;
    private static final float CELL_SIZE = 9;
    private static final float CELL_LEADING = 12;
    private static final float CELL_PAD = 3;
    /** Characters a line may not start with (Chinese line-breaking rules): they stay on the line before. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】%";

    private HeldoutPdfMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args.length > 0 ? args[0] : "src/test/pdf-sources/heldout");
        Path out = Path.of(args.length > 1 ? args[1] : "src/test/resources/reports/heldout");
        File fontFile = new File(args.length > 2 ? args[2] : DEFAULT_FONT);
        if (!fontFile.isFile()) {
            System.err.println(fontFile + ": font not found (install fonts-wqy-microhei or name a TTC/TTF file)");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(sources)) {
            files = s.filter(p -> p.toString().endsWith(".pdfsrc")).sorted().toList();
        }
        for (Path src : files) {
            String name = src.getFileName().toString().replace(".pdfsrc", ".pdf");
            Path target = out.resolve(name);
            make(Files.readAllLines(src, StandardCharsets.UTF_8), fontFile, target);
            System.out.printf("%s: %d bytes%n", target, Files.size(target));
        }
    }

    static void make(List<String> source, File fontFile, Path target) throws IOException {
        try (TrueTypeCollection ttc = new TrueTypeCollection(fontFile); PDDocument doc = new PDDocument()) {
            TrueTypeFont ttf = ttc.getFontByName("WenQuanYi Micro Hei");
            if (ttf == null) {
                List<TrueTypeFont> all = new ArrayList<>();
                ttc.processAllFonts(all::add);
                ttf = all.get(0);
            }
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(firstTitle(source));
            info.setCreator("HeldoutPdfMaker (ogi-review test fixtures)");
            Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            fixed.clear();
            fixed.set(2024, Calendar.JANUARY, 1);
            info.setCreationDate(fixed);
            new Layout(doc, font).render(parse(source));
            doc.save(target.toFile());
        }
    }

    private static String firstTitle(List<String> source) {
        return source.stream().filter(l -> l.startsWith("# ")).map(l -> l.substring(2).strip()).findFirst().orElse("");
    }

    // ------------------------------------------------------------------ source blocks

    sealed interface Block permits Title, Para, Aligned, PageBreak, Table {
    }

    record Title(String text) implements Block {
    }

    record Para(String text) implements Block {
    }

    /** A line centred or pushed to the right margin (signatures, table captions). */
    record Aligned(String text, boolean right) implements Block {
    }

    record PageBreak() implements Block {
    }

    record Table(float[] widths, List<String[]> rows) implements Block {
    }

    static List<Block> parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("# ")) {
                blocks.add(new Title(line.substring(2).strip()));
            } else if (line.startsWith("[center] ")) {
                blocks.add(new Aligned(line.substring(9).strip(), false));
            } else if (line.startsWith("[right] ")) {
                blocks.add(new Aligned(line.substring(8).strip(), true));
            } else if (line.equals("[page]")) {
                blocks.add(new PageBreak());
            } else if (line.startsWith("[table ")) {
                String[] w = line.substring(7, line.length() - 1).trim().split("\\s+");
                float[] widths = new float[w.length];
                for (int k = 0; k < w.length; k++) {
                    widths[k] = Float.parseFloat(w[k]);
                }
                List<String[]> rows = new ArrayList<>();
                while (!lines.get(++i).equals("[/table]")) {
                    String[] cells = lines.get(i).split("\\|", -1);
                    if (cells.length != widths.length) {
                        throw new IllegalArgumentException("table row has " + cells.length + " cells, not "
                                + widths.length + ": " + lines.get(i));
                    }
                    rows.add(cells);
                }
                blocks.add(new Table(widths, rows));
            } else {
                blocks.add(new Para(line.stripTrailing()));
            }
        }
        return blocks;
    }

    // ------------------------------------------------------------------ layout

    private static final class Layout {
        private final PDDocument doc;
        private final PDType0Font font;
        private final float pageWidth = PDRectangle.A4.getWidth();
        private final float pageHeight = PDRectangle.A4.getHeight();
        private final float contentWidth = pageWidth - 2 * MARGIN_X;
        private PDPageContentStream stream;
        private int pageNumber;
        private float y;

        Layout(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void render(List<Block> blocks) throws IOException {
            newPage();
            for (Block b : blocks) {
                if (b instanceof Title t) {
                    title(t.text());
                } else if (b instanceof Para p) {
                    paragraph(p.text());
                } else if (b instanceof Aligned a) {
                    aligned(a.text(), a.right());
                } else if (b instanceof PageBreak) {
                    newPage();
                } else if (b instanceof Table t) {
                    table(t);
                }
            }
            finishPage();
        }

        private void newPage() throws IOException {
            finishPage();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            pageNumber++;
            y = pageHeight - MARGIN_TOP;
        }

        private void finishPage() throws IOException {
            if (stream == null) {
                return;
            }
            String footer = "- " + pageNumber + " -";
            text(footer, (pageWidth - width(footer, 10)) / 2, 40, 10);
            stream.close();
            stream = null;
        }

        private void title(String text) throws IOException {
            for (String line : wrap(text, contentWidth, TITLE_SIZE)) {
                ensure(TITLE_SIZE * 1.8f);
                text(line, (pageWidth - width(line, TITLE_SIZE)) / 2, y - TITLE_SIZE, TITLE_SIZE);
                y -= TITLE_SIZE * 1.8f;
            }
            y -= BODY_LEADING / 2;
        }

        private void paragraph(String text) throws IOException {
            for (String line : wrap(text, contentWidth, BODY_SIZE)) {
                ensure(BODY_LEADING);
                text(line, MARGIN_X, y - BODY_SIZE, BODY_SIZE);
                y -= BODY_LEADING;
            }
        }

        private void aligned(String text, boolean right) throws IOException {
            ensure(BODY_LEADING);
            float w = width(text, BODY_SIZE);
            float x = right ? pageWidth - MARGIN_X - w - 2 * BODY_SIZE : (pageWidth - w) / 2;
            text(text, x, y - BODY_SIZE, BODY_SIZE);
            y -= BODY_LEADING;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN_BOTTOM) {
                newPage();
            }
        }

        /** One table: spans resolved, rows paginated, each cell ruled and filled on every page it reaches. */
        private void table(Table t) throws IOException {
            int rows = t.rows().size();
            int cols = t.widths().length;
            float total = 0;
            for (float w : t.widths()) {
                total += w;
            }
            float[] x = new float[cols + 1];
            x[0] = MARGIN_X;
            for (int c = 0; c < cols; c++) {
                x[c + 1] = x[c] + contentWidth * t.widths()[c] / total;
            }
            List<Cell> cells = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                String[] row = t.rows().get(r);
                for (int c = 0; c < cols; c++) {
                    if (row[c].equals("<") || row[c].equals("^")) {
                        continue;
                    }
                    int cs = 1;
                    while (c + cs < cols && row[c + cs].equals("<")) {
                        cs++;
                    }
                    int rs = 1;
                    while (r + rs < rows && t.rows().get(r + rs)[c].equals("^")) {
                        rs++;
                    }
                    String text = row[c].replace("\\n", "\n");
                    float w = x[c + cs] - x[c] - 2 * CELL_PAD;
                    cells.add(new Cell(r, c, rs, cs, cellLines(text, w)));
                }
            }
            float[] height = new float[rows];
            for (int r = 0; r < rows; r++) {
                height[r] = CELL_LEADING + 2 * CELL_PAD;
            }
            for (Cell cell : cells) {
                if (cell.rowSpan == 1) {
                    height[cell.row] = Math.max(height[cell.row], cell.needed());
                }
            }
            for (Cell cell : cells) {
                if (cell.rowSpan > 1) {
                    float have = 0;
                    for (int r = cell.row; r < cell.row + cell.rowSpan; r++) {
                        have += height[r];
                    }
                    if (have < cell.needed()) {
                        height[cell.row + cell.rowSpan - 1] += cell.needed() - have;
                    }
                }
            }
            // paginate: the page and top of every row
            int[] page = new int[rows];
            float[] top = new float[rows];
            List<PDPageContentStream> streams = new ArrayList<>();
            int firstPage = pageNumber;
            y -= 4;
            for (int r = 0; r < rows; r++) {
                if (y - height[r] < MARGIN_BOTTOM) {
                    streams.add(stream);
                    newPageKeepingStream();
                }
                page[r] = pageNumber;
                top[r] = y;
                y -= height[r];
            }
            streams.add(stream);
            y -= BODY_LEADING / 2;
            for (Cell cell : cells) {
                int start = cell.row;
                while (start < cell.row + cell.rowSpan) {
                    int end = start;
                    while (end + 1 < cell.row + cell.rowSpan && page[end + 1] == page[start]) {
                        end++;
                    }
                    float rectTop = top[start];
                    float rectBottom = top[end] - height[end];
                    PDPageContentStream s = streams.get(page[start] - firstPage);
                    drawCell(s, cell, x[cell.col], x[cell.col + cell.colSpan], rectTop, rectBottom);
                    start = end + 1;
                }
            }
            // every page but the current one is complete now
            for (int i = 0; i < streams.size() - 1; i++) {
                String footer = "- " + (firstPage + i) + " -";
                PDPageContentStream s = streams.get(i);
                s.beginText();
                s.setFont(font, 10);
                s.newLineAtOffset((pageWidth - width(footer, 10)) / 2, 40);
                s.showText(footer);
                s.endText();
                s.close();
            }
        }

        /** Starts a page for a long table while the streams of earlier pages stay open for their cells. */
        private void newPageKeepingStream() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            pageNumber++;
            y = pageHeight - MARGIN_TOP;
        }

        private void drawCell(PDPageContentStream s, Cell cell, float left, float right, float top, float bottom)
                throws IOException {
            s.setLineWidth(0.6f);
            s.addRect(left, bottom, right - left, top - bottom);
            s.stroke();
            float textHeight = cell.lines.size() * CELL_LEADING;
            float baseline = top - (top - bottom - textHeight) / 2 - CELL_SIZE;
            boolean centre = cell.lines.size() == 1;
            for (String line : cell.lines) {
                float w = width(line, CELL_SIZE);
                float lx = centre ? left + (right - left - w) / 2 : left + CELL_PAD;
                s.beginText();
                s.setFont(font, CELL_SIZE);
                s.newLineAtOffset(lx, baseline);
                s.showText(line);
                s.endText();
                baseline -= CELL_LEADING;
            }
        }

        private List<String> cellLines(String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            if (text.isEmpty()) {
                return lines;
            }
            for (String part : text.split("\n")) {
                lines.addAll(wrap(part, width, CELL_SIZE));
            }
            return lines;
        }

        private void text(String s, float x, float baseline, float size) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(s);
            stream.endText();
        }

        private float width(String s, float size) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }

        /**
         * Breaks text into lines no wider than {@code width}: anywhere between Chinese characters, never inside a
         * run of digits or Latin letters (as word processors do), and never before closing punctuation.
         */
        private List<String> wrap(String text, float width, float size) throws IOException {
            List<String> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                int j = i + 1;
                if (isWordChar(text.charAt(i))) {
                    while (j < text.length() && isWordChar(text.charAt(j))) {
                        j++;
                    }
                }
                tokens.add(text.substring(i, j));
                i = j;
            }
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String token : tokens) {
                String candidate = line + token;
                boolean fits = width(candidate, size) <= width;
                boolean mustStay = token.length() == 1 && NO_LINE_START.indexOf(token.charAt(0)) >= 0;
                if (fits || line.isEmpty() || mustStay) {
                    line.append(token);
                } else {
                    lines.add(line.toString());
                    line = new StringBuilder(token);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private static boolean isWordChar(char ch) {
            return ch < 0x80 && (Character.isLetterOrDigit(ch) || ch == '.' || ch == '%' || ch == '-' || ch == '+');
        }

        private static final class Cell {
            final int row;
            final int col;
            final int rowSpan;
            final int colSpan;
            final List<String> lines;

            Cell(int row, int col, int rowSpan, int colSpan, List<String> lines) {
                this.row = row;
                this.col = col;
                this.rowSpan = rowSpan;
                this.colSpan = colSpan;
                this.lines = lines;
            }

            float needed() {
                return Math.max(1, lines.size()) * CELL_LEADING + 2 * CELL_PAD;
            }
        }
    }
}
