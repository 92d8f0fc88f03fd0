package org.ogireview.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.UserText;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ogireview.testing.ChineseText.englishIn;

/**
 * Import problems read in the desk's language: the message is a key of model/problems*.properties with its
 * arguments; getMessage() stays the English text the command line prints.
 */
class IngestProblemTextTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsReportedInEnglishForTheCommandLineAndInChineseForTheDesk() throws IOException {
        Path empty = Files.createFile(dir.resolve("年报.txt"));
        IngestException e = catchThrowableOfType(() -> new ReportIngester().ingest(empty), IngestException.class);
        assertThat(e.getMessage()).isEqualTo("年报.txt: the file is empty");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("年报.txt: the file is empty");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("年报.txt：文件是空的");
    }

    @Test
    void argumentsAreFilledInBothLanguagesAndTheWindowFindsTheCarrierInACauseChain() throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(3 * 1024 * 1024));
        IngestException e = catchThrowableOfType(() -> new ReportIngester(1024 * 1024).ingest(big),
                IngestException.class);
        assertThat(e.getMessage()).startsWith("big.txt: the file is too large (").contains("; the limit is ");
        String zh = UserText.of(new RuntimeException("wrapped", e), Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).startsWith("big.txt：文件太大（").contains("；上限为 ");
        assertThat(UserText.of(new IllegalStateException("plain"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("plain");
    }

    @Test
    void aMissingFileAndAWrongTypeKeepTheirEnglishWording() {
        IngestException missing = catchThrowableOfType(() -> new ReportIngester().ingest(dir.resolve("no.txt")),
                IngestException.class);
        assertThat(missing.getMessage()).isEqualTo("no.txt: no such file");
        assertThat(missing.message(Locale.CHINA)).isEqualTo("no.txt：文件不存在");
    }

    @Test
    void chineseAndEnglishHoldTheSameKeys() throws IOException {
        assertThat(keys("problems_zh.properties")).isEqualTo(keys("problems.properties")).hasSizeGreaterThan(15);
    }

    @Test
    void decodingProblemsAndNotesReadInChineseWithNoEnglishLeft() throws Exception {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7 % 32); // control bytes, zeros among them
        }
        Path bin = Files.write(dir.resolve("图表.txt"), binary);
        IngestException refused = catchThrowableOfType(() -> new ReportIngester().ingest(bin), IngestException.class);
        assertThat(refused.getMessage()).isEqualTo("图表.txt: looks like a binary file, not text");
        assertThat(refused.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("图表.txt：看来是二进制文件，不是文本");

        // valid UTF-8 with two damaged spots: imported, and the note gives both offsets in the desk's language
        byte[] bytes = Files.readString(TestFiles.seeds().get(0), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_8);
        int a = leadByte(bytes, bytes.length / 3);
        int b = leadByte(bytes, 2 * bytes.length / 3);
        bytes[a] = (byte) 0xFF;
        bytes[b] = (byte) 0xFF;
        IngestedDocument doc = new ReportIngester().ingest(Files.write(dir.resolve("two-bad-bytes.txt"), bytes));
        // a broken lead byte strands the two bytes after it: each spot is three bytes long
        assertThat(doc.warnings()).containsExactly("the file is UTF-8 with 2 damaged spots that is not valid UTF-8 "
                + "(at byte offset " + a + " (3 bytes), byte offset " + b + " (3 bytes)), shown as \uFFFD");
        String zh = doc.notes().get(0).in(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).isEqualTo("文件是 UTF-8 编码，有 2 处损坏、不是有效的 UTF-8（第 " + a + " 字节处（3 个字节）、第 " + b
                + " 字节处（3 个字节）），显示为 \uFFFD");

        // a charset the user forces on text it does not fit
        Path gbk = Files.write(dir.resolve("gbk.txt"), "政府信息公开工作年度报告".repeat(50)
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        IngestException forced = catchThrowableOfType(() -> new ReportIngester().ingest(gbk,
                StandardCharsets.UTF_8), IngestException.class);
        assertThat(forced.getMessage()).startsWith("gbk.txt: does not decode as UTF-8 (");
        assertThat(forced.message(Locale.SIMPLIFIED_CHINESE)).startsWith("gbk.txt：无法按 UTF-8 解码（");
        assertThat(englishIn(forced.message(Locale.SIMPLIFIED_CHINESE), "gbk.txt")).isEmpty();
    }

    @Test
    void aPageThatCannotBeDrawnIsReportedInChinese() throws Exception {
        IngestException damaged = catchThrowableOfType(() -> PdfPageImages.open("年报.pdf",
                "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII)), IngestException.class);
        assertThat(damaged.getMessage()).startsWith("年报.pdf: the PDF cannot be opened (");
        String zh = damaged.message(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh).startsWith("年报.pdf：无法打开 PDF（");
        assertThat(englishIn(zh, damaged.getCause().getMessage())).isEmpty();

        byte[] pdf = Files.readAllBytes(TestFiles.samplePdfs().get(0));
        try (PdfPageImages images = PdfPageImages.open("洪泽.pdf", pdf)) {
            int pages = images.pageCount();
            IngestException none = catchThrowableOfType(() -> images.render(pages, 1f), IngestException.class);
            assertThat(none.getMessage()).isEqualTo("洪泽.pdf: has no page " + (pages + 1) + " (it has " + pages + ")");
            assertThat(none.message(Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("洪泽.pdf：没有第 " + (pages + 1) + " 页（共 " + pages + " 页）");
        }
    }

    private static int leadByte(byte[] bytes, int from) {
        int i = from;
        while ((bytes[i] & 0xC0) == 0x80 || (bytes[i] & 0x80) == 0) {
            i++; // the lead byte of a multi-byte character
        }
        return i;
    }

    private static Set<String> keys(String name) throws IOException {
        try (InputStream in = UserText.class.getResourceAsStream("/org/ogireview/model/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(p.stringPropertyNames());
        }
    }
}
