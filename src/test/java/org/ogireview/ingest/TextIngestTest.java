package org.ogireview.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Plain-text reports in the charsets they come in (fixtures made with iconv and python, see
 * src/test/resources/ingest/README.md), and every way a file can fail to be a text.
 */
class TextIngestTest {

    @TempDir
    Path dir;

    private final ReportIngester ingester = new ReportIngester();

    private static String seed(String name) throws IOException {
        return Files.readString(TestFiles.resource("/org/ogireview/samples/" + name), StandardCharsets.UTF_8);
    }

    private static String fixtureSource(String name) throws IOException {
        return Files.readString(TestFiles.resource("/ingest/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        IngestedDocument d = ingester.ingest(TestFiles.bundledReport("000_6c56c39d01f2e555.txt"));
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.sourceKind()).isEqualTo("txt");
        assertThat(d.text()).isEqualTo(seed("000_6c56c39d01f2e555.txt").replace("\r\n", "\n"));
        assertThat(d.warnings()).isEmpty();
        assertThat(d.sha256()).hasSize(64);
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        IngestedDocument d = ingester.ingest(TestFiles.resource("/ingest/utf8-bom.txt"));
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).doesNotStartWith("\uFEFF").startsWith("瀘州市2012年");
        assertThat(d.text()).isEqualTo(seed("000_6c56c39d01f2e555.txt").replace("\r\n", "\n"));
    }

    @Test
    void detectsGbkMadeWithIconv() throws Exception {
        IngestedDocument d = ingester.ingest(TestFiles.resource("/ingest/gbk-report.txt"));
        assertThat(d.charset()).isEqualTo("GB18030"); // ICU names GBK text GB18030, its superset
        assertThat(d.text()).isEqualTo(seed("000_6c56c39d01f2e555.txt").replace("\r\n", "\n"));
    }

    @Test
    void detectsGb18030() throws Exception {
        IngestedDocument d = ingester.ingest(TestFiles.resource("/ingest/gb18030-report.txt"));
        assertThat(d.charset()).isEqualTo("GB18030");
        assertThat(d.text()).isEqualTo(seed("001_cad39cc556105118.txt").replace("\r\n", "\n"));
    }

    @Test
    void detectsBig5MadeWithIconv() throws Exception {
        IngestedDocument d = ingester.ingest(TestFiles.resource("/ingest/big5-report.txt"));
        assertThat(d.charset()).isEqualTo("Big5");
        assertThat(d.text()).isEqualTo(fixtureSource("big5-report.utf8"));
        assertThat(d.text()).contains("主動公開政府資訊1236條");
    }

    @Test
    void tellsBig5FromGbkInShortTextsMadeByJava() throws Exception {
        String traditional = "全年共受理政府資訊公開申請87件，其中當面申請20件，網路申請55件。";
        String simplified = "全年共受理政府信息公开申请87件，其中当面申请20件，网络申请55件。";
        Path big5 = Files.write(dir.resolve("short-big5.txt"), traditional.getBytes("Big5"));
        Path gbk = Files.write(dir.resolve("short-gbk.txt"), simplified.getBytes("GBK"));
        assertThat(ingester.ingest(big5).text()).isEqualTo(traditional);
        assertThat(ingester.ingest(gbk).text()).isEqualTo(simplified);
    }

    @Test
    void readsUtf16WithEitherByteOrderMark() throws Exception {
        String expected = fixtureSource("big5-report.utf8");
        IngestedDocument le = ingester.ingest(TestFiles.resource("/ingest/utf16le-bom.txt"));
        IngestedDocument be = ingester.ingest(TestFiles.resource("/ingest/utf16be-bom.txt"));
        assertThat(le.charset()).isEqualTo("UTF-16LE");
        assertThat(be.charset()).isEqualTo("UTF-16BE");
        assertThat(le.text()).isEqualTo(expected);
        assertThat(be.text()).isEqualTo(expected);
    }

    @Test
    void readsUtf16WithoutByteOrderMark() throws Exception {
        String text = "2018年政府信息公开工作年度报告\r\nReport 2018: 87 applications\r\n";
        Path f = Files.write(dir.resolve("nobom16.txt"), text.getBytes(StandardCharsets.UTF_16LE));
        IngestedDocument d = ingester.ingest(f);
        assertThat(d.charset()).isEqualTo("UTF-16LE");
        assertThat(d.text()).isEqualTo(text.replace("\r\n", "\n"));
    }

    @Test
    void theCharsetCanBeForcedPerFile() throws Exception {
        Path gbk = TestFiles.resource("/ingest/gbk-report.txt");
        IngestedDocument forced = ingester.ingest(gbk, Charset.forName("GBK"));
        assertThat(forced.charset()).isEqualTo("GBK");
        assertThat(forced.text()).isEqualTo(seed("000_6c56c39d01f2e555.txt").replace("\r\n", "\n"));
    }

    @Test
    void aForcedCharsetThatDoesNotFitIsRefused() {
        Path gbk = TestFiles.resource("/ingest/gbk-report.txt");
        assertThatThrownBy(() -> ingester.ingest(gbk, StandardCharsets.UTF_8))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("gbk-report.txt")
                .hasMessageContaining("does not decode as UTF-8");
    }

    @Test
    void lineEndingsBecomeNewlines() throws Exception {
        Path f = Files.writeString(dir.resolve("crlf.txt"), "第一行\r\n第二行\r第三行\n");
        assertThat(ingester.ingest(f).text()).isEqualTo("第一行\n第二行\n第三行\n");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThatThrownBy(() -> ingester.ingest(f)).isInstanceOf(IngestException.class)
                .hasMessage("empty.txt: the file is empty");
    }

    @Test
    void refusesWhiteSpaceOnly() throws Exception {
        Path f = Files.writeString(dir.resolve("blank.txt"), " \n\t\n　\n");
        assertThatThrownBy(() -> ingester.ingest(f)).hasMessageContaining("blank.txt")
                .hasMessageContaining("only white space");
    }

    @Test
    void refusesBinaryData() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        Path f = Files.write(dir.resolve("random.txt"), bytes);
        assertThatThrownBy(() -> ingester.ingest(f)).hasMessageContaining("random.txt")
                .hasMessageContaining("binary");
    }

    @Test
    void namesWhatAMisnamedFileReallyIs() throws Exception {
        Path png = Files.write(dir.resolve("scan.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Path docx = Files.write(dir.resolve("report.txt"), new byte[]{'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});
        Path doc = Files.write(dir.resolve("old.html"),
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        assertThatThrownBy(() -> ingester.ingest(png)).hasMessageContaining("scan.txt").hasMessageContaining("image");
        assertThatThrownBy(() -> ingester.ingest(docx)).hasMessageContaining("ZIP");
        assertThatThrownBy(() -> ingester.ingest(doc)).hasMessageContaining("old.html")
                .hasMessageContaining("Word or Excel");
    }

    @Test
    void refusesTextThatDecodesInNoCharset() throws Exception {
        // Every character cut after its first byte: no Chinese charset accepts a line break as a second byte.
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i += 2) {
            bytes[i] = (byte) (0xB0 + i % 40);
            bytes[i + 1] = '\n';
        }
        Path f = Files.write(dir.resolve("mangled.txt"), bytes);
        assertThatThrownBy(() -> ingester.ingest(f)).isInstanceOf(IngestException.class)
                .hasMessageContaining("mangled.txt")
                .hasMessageContaining("cannot be decoded");
    }

    @Test
    void refusesBytesThatDecodeOnlyToRareCharacters() throws Exception {
        // Valid double-byte codes, but from the user-defined and rare areas: no report is written in them.
        byte[] bytes = new byte[4000];
        Random random = new Random(11);
        for (int i = 0; i < bytes.length; i += 2) {
            bytes[i] = (byte) (0xF8 + random.nextInt(6));
            bytes[i + 1] = (byte) (0xA1 + random.nextInt(90));
        }
        Path f = Files.write(dir.resolve("wrong.txt"), bytes);
        assertThatThrownBy(() -> ingester.ingest(f)).isInstanceOf(IngestException.class)
                .hasMessageContaining("wrong.txt")
                .hasMessageContaining("cannot be decoded");
    }

    @Test
    void refusesAFileAboveTheLimit() throws Exception {
        Path f = Files.writeString(dir.resolve("big.txt"), "政府信息公开".repeat(2000));
        assertThatThrownBy(() -> new ReportIngester(10_000).ingest(f)).isInstanceOf(IngestException.class)
                .hasMessageContaining("big.txt")
                .hasMessageContaining("too large");
    }

    @Test
    void refusesWhatCannotBeRead() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> ingester.ingest(notAFolder.resolve("inside.txt")))
                .isInstanceOf(IngestException.class).hasMessageStartingWith("inside.txt: ");
        assertThatThrownBy(() -> ingester.ingest(dir.resolve("missing.txt"))).hasMessage("missing.txt: no such file");
        // a mistyped folder (no extension) is missing too, not of an unsupported type
        assertThatThrownBy(() -> ingester.ingest(dir.resolve("no-such-folder"))).hasMessage("no-such-folder: no such file");
        Path folder = Files.createDirectory(dir.resolve("reports.txt"));
        assertThatThrownBy(() -> ingester.ingest(folder)).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> ingester.ingest(Files.writeString(dir.resolve("report.docx"), "x")))
                .hasMessageContaining("unsupported file type");
    }

    @Test
    void warnsWhenATextHoldsAlmostNoChinese() throws Exception {
        // Latin-1 bytes of a French text: valid single bytes, but no report.
        String french = "Rapport annuel sur la publicit\u00e9 des informations gouvernementales. ".repeat(10);
        Path f = Files.write(dir.resolve("latin.txt"), french.getBytes(StandardCharsets.ISO_8859_1));
        IngestedDocument d = ingester.ingest(f);
        assertThat(d.warnings()).anyMatch(w -> w.contains("almost no Chinese"));
    }

    @Test
    void readsAWebPageSavedAsTxtAsHtml() throws Exception {
        Path f = Files.writeString(dir.resolve("page.txt"),
                "<!DOCTYPE html><html><body><p>主动公开政府信息<b>120</b>条。</p><script>x()</script></body></html>");
        IngestedDocument d = ingester.ingest(f);
        assertThat(d.sourceKind()).isEqualTo("html");
        assertThat(d.text()).isEqualTo("主动公开政府信息120条。\n");
        assertThat(d.warnings()).anyMatch(w -> w.contains("web page"));
    }
}
