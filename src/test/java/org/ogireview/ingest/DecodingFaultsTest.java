package org.ogireview.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.testing.TestFiles;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Damaged and unusual real reports that must import, with a warning that says what was odd. */
class DecodingFaultsTest {

    @TempDir
    Path dir;

    private final ReportIngester ingester = new ReportIngester();

    private String seedText() throws Exception {
        return Files.readString(TestFiles.seeds().get(0), StandardCharsets.UTF_8);
    }

    @Test
    void utf8WithOneBadByteIsDecodedWithAReplacementAndTheOffsetIsGiven() throws Exception {
        byte[] bytes = seedText().getBytes(StandardCharsets.UTF_8);
        int middle = bytes.length / 2;
        while ((bytes[middle] & 0xC0) == 0x80) {
            middle++; // the lead byte of a character
        }
        final int at = middle;
        bytes[at] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("one-bad-byte.txt"), bytes);

        IngestedDocument doc = ingester.ingest(file);

        assertThat(doc.charset()).isEqualTo("UTF-8");
        assertThat(doc.text()).contains("\uFFFD");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w).contains("byte offset " + at)
                .contains("not valid UTF-8"));
        assertThat(doc.text().chars().filter(c -> c == 0xFFFD).count()).isLessThanOrEqualTo(3);
    }

    @Test
    void gbkTextIsStillReadAsGbkNotAsDamagedUtf8() throws Exception {
        Path file = Files.write(dir.resolve("gbk.txt"), seedText().getBytes(Charset.forName("GBK")));
        assertThat(ingester.ingest(file).charset()).isEqualTo("GB18030");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsDetectedAndAnExplicitCharsetIsHonoured() throws Exception {
        Path le = Files.write(dir.resolve("le.txt"), seedText().getBytes(StandardCharsets.UTF_16LE));
        Path be = Files.write(dir.resolve("be.txt"), seedText().getBytes(StandardCharsets.UTF_16BE));
        assertThat(ingester.ingest(le).charset()).isEqualTo("UTF-16LE");
        assertThat(ingester.ingest(be).charset()).isEqualTo("UTF-16BE");
        IngestedDocument forced = ingester.ingest(le, StandardCharsets.UTF_16LE);
        assertThat(forced.charset()).isEqualTo("UTF-16LE");
        assertThat(forced.text()).isEqualTo(ingester.ingest(TestFiles.seeds().get(0)).text());

        // mostly Chinese, hardly a zero byte: still UTF-16 when the user says so
        Path chinese = Files.write(dir.resolve("zh.txt"), "政府信息公开工作年度报告主动公开政府信息情况".repeat(40)
                .getBytes(StandardCharsets.UTF_16LE));
        assertThat(ingester.ingest(chinese, StandardCharsets.UTF_16LE).text()).startsWith("政府信息公开");
    }

    @Test
    void htmlCutInTheMiddleOfATagImportsWithAWarning() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body><p>"
                + seedText().replace("\n", "</p><p>") + "</p><table><tr><td>1</td></tr></ta";
        Path file = Files.writeString(dir.resolve("cut.html"), html, StandardCharsets.UTF_8);
        IngestedDocument doc = ingester.ingest(file);
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w).contains("middle of a tag").contains("cut short"));

        Path whole = Files.writeString(dir.resolve("whole.html"), html + "ble></body></html>",
                StandardCharsets.UTF_8);
        assertThat(ingester.ingest(whole).warnings()).noneMatch(w -> w.contains("cut short"));
    }

    @Test
    void anUnreadableSubfolderIsReportedAndTheRestIsImported() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")),
                "skipped: root reads any folder, so an unreadable one cannot be made here");
        Path root = Files.createDirectories(dir.resolve("reports"));
        Files.copy(TestFiles.seeds().get(0), root.resolve("a.txt"));
        Path locked = Files.createDirectories(root.resolve("locked"));
        Files.copy(TestFiles.seeds().get(1), locked.resolve("b.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            var list = org.ogireview.importing.CollectionImporter.collect(java.util.List.of(root));
            assertThat(list.files()).extracting(p -> p.getFileName().toString()).containsExactly("a.txt");
            assertThat(list.unreadable()).containsKey(locked);
            assertThat(list.unreadable().get(locked).en()).contains("permission denied");
            assertThat(list.unreadable().get(locked).in(java.util.Locale.SIMPLIFIED_CHINESE)).contains("没有权限");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
