package org.ogireview.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF with objects nested thousands of levels deep (issue 16: pdftotext reads it; the app called it "scanned
 * pages" and PDFBox printed a 500-line stack trace). Built here as raw PDF bytes: one page of plain Helvetica text,
 * with a 5,000-deep array either where the page's text needs it (its resources) or beside it (an annotation).
 */
class NestedPdfTest {

    static final int DEPTH = 5000;
    static final String LINE = "Total expenditure 1234 yuan";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream err;
    private PrintStream out;

    @BeforeEach
    void captureConsole() {
        err = System.err;
        out = System.out;
        PrintStream capture = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        System.setOut(capture);
    }

    @AfterEach
    void restoreConsole() {
        System.setErr(err);
        System.setOut(out);
    }

    private static String deep(int depth) {
        return "[".repeat(depth) + "1" + "]".repeat(depth);
    }

    /** A one-page PDF; {@code resourcesExtra} goes into the page's resources, {@code annotExtra} into an annotation. */
    static byte[] pdf(String resourcesExtra, String annotExtra) {
        String content = "BT /F1 12 Tf 72 720 Td (" + LINE + ") Tj ET";
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources 4 0 R /Contents 5 0 R"
                + " /Annots [6 0 R] >>");
        objects.add("<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding"
                + " >> >> " + resourcesExtra + " >>");
        objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        objects.add("<< /Type /Annot /Subtype /Text /Rect [0 0 10 10] /Contents (note) " + annotExtra + " >>");
        StringBuilder b = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(b.length());
            b.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = b.length();
        b.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            b.append(String.format("%010d 00000 n \n", o));
        }
        b.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Page content {@code pageContent}; /X1 draws /X2 ... /Xdepth, the last shows the text line. */
    static byte[] nestedForms(String pageContent, int depth) {
        List<String> objects = new ArrayList<>();
        String font = "/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> >>";
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << " + font
                + " /XObject << /X1 5 0 R >> >> /Contents 4 0 R >>");
        objects.add("<< /Length " + pageContent.length() + " >>\nstream\n" + pageContent + "\nendstream");
        for (int i = 1; i <= depth; i++) {
            String c = i < depth ? "/X" + (i + 1) + " Do" : "BT /F1 12 Tf 72 700 Td (deepest line) Tj ET";
            String res = i < depth ? "<< /XObject << /X" + (i + 1) + " " + (objects.size() + 2) + " 0 R >> >>" : "<< " + font + " >>";
            objects.add("<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources " + res + " /Length "
                    + c.length() + " >>\nstream\n" + c + "\nendstream");
        }
        return write(objects);
    }

    static byte[] write(List<String> objects) {
        StringBuilder b = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(b.length());
            b.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = b.length();
        b.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            b.append(String.format("%010d 00000 n \n", o));
        }
        b.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theSamePdfWithoutTheNestingReadsItsText() throws Exception {
        Path f = Files.write(dir.resolve("flat.pdf"), pdf("", ""));
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.needsManual()).isNull();
        assertThat(d.text()).contains(LINE);
    }

    @Test
    void deepNestingBesideTheTextLeavesTheTextReadable() throws Exception {
        Path f = Files.write(dir.resolve("deep-annotation.pdf"), pdf("", "/Deep " + deep(DEPTH)));
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.needsManual()).isNull();
        assertThat(d.text()).contains(LINE);
        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void deepArraysInTheResourcesLeaveTheTextReadable() throws Exception {
        Path f = Files.write(dir.resolve("deep-resources.pdf"), pdf("/Properties << /Deep " + deep(DEPTH) + " >>", ""));
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.needsManual()).isNull();
        assertThat(d.text()).contains(LINE);
        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void textInFormsNestedTooDeepIsNamedNotCalledScanned() throws Exception {
        // PDFBox skips a form nested more than 50 deep without a word; the page then had no glyphs and was
        // diagnosed "no text layer: scanned pages"
        Path f = Files.write(dir.resolve("deep-forms.pdf"), nestedForms("/X1 Do", 3000));
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.needsManual()).isNotNull();
        assertThat(d.needsManual().en()).doesNotContain("scanned").contains("nested too deeply")
                .contains("another PDF reader");
        assertThat(d.pageCount()).isEqualTo(1);
        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void thePagesOwnTextIsReadBesideFormsNestedTooDeep() throws Exception {
        Path f = Files.write(dir.resolve("deep-forms-text.pdf"),
                nestedForms("BT /F1 12 Tf 72 720 Td (" + LINE + ") Tj ET /X1 Do", 3000));
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.needsManual()).isNull();
        assertThat(d.text()).contains(LINE).doesNotContain("deepest line");
        assertThat(d.warnings()).anySatisfy(w -> assertThat(w).startsWith("page 1: ").contains("nested too deeply")
                .contains("text may be missing"));
        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void formsNestedWithinPdfBoxsLimitAreRead() throws Exception {
        Path f = Files.write(dir.resolve("forms-40.pdf"), nestedForms("/X1 Do", 40));
        IngestedDocument d = new ReportIngester().ingest(f);
        assertThat(d.needsManual()).isNull();
        assertThat(d.text()).contains("deepest line");
        assertThat(d.warnings()).noneMatch(w -> w.contains("nested"));
    }
}
