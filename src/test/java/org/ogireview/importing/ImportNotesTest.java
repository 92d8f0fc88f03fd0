package org.ogireview.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.ingest.PdfSketch;
import org.ogireview.model.Report;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ServerAddress;
import org.ogireview.store.StoreException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ogireview.testing.ChineseText.englishIn;

/**
 * What an import says about a file is stored with its report as message keys: the command line reads it in English,
 * the window in Chinese, from the same outcome and the same stored report.
 */
class ImportNotesTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;

    @Test
    void aPdfWithAnUnreadablePageIsStoredWithItsReasonInBothLanguages() throws Exception {
        Path unreadable = PdfSketch.nestedFormsPdf(dir.resolve("unreadable.pdf"), "/X1 Do");
        Path part = PdfSketch.nestedFormsPdf(dir.resolve("part.pdf"),
                "BT /F1 12 Tf 72 720 Td (Total expenditure 1234 yuan) Tj ET /X1 Do");
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("db"))) {
            ImportSummary summary = new CollectionImporter(store).run(List.of(unreadable, part));
            FileOutcome first = summary.files().get(0);
            assertThat(first.status()).isEqualTo(FileOutcome.Status.IMPORTED);
            // the command line's English, as before
            assertThat(first.message()).startsWith("needs manual coding: the PDF's structure cannot be read by this "
                    + "app (its objects are nested too deeply)");
            assertThat(first.message(ZH)).startsWith("需人工录入：本程序无法读取此 PDF 的结构（页面对象嵌套过深）");
            assertThat(englishIn(first.message(ZH))).isEmpty();

            Report stored = store.report(first.reportId());
            assertThat(stored.needsManual().key()).isEqualTo("ingest.manual.structure");
            assertThat(stored.needsManual().in(ZH)).startsWith("本程序无法读取此 PDF 的结构（页面对象嵌套过深）");

            Report readable = store.report(summary.files().get(1).reportId());
            assertThat(readable.needsManual()).isNull();
            assertThat(readable.notes()).extracting(n -> n.in(ZH))
                    .containsExactly("第 1 页：部分内容嵌套过深，无法读取；该页可能缺少部分文字");
            assertThat(readable.notes()).extracting(n -> n.en())
                    .containsExactly("page 1: part of it is nested too deeply to be read; some of its text may be "
                            + "missing");
        }
    }

    @Test
    void aGarbagePdfNamesTheLibrarysWordsAsNotOurs() throws Exception {
        Path garbage = java.nio.file.Files.writeString(dir.resolve("garbage.pdf"),
                "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nxref trailer garbage\n%%EOF\n");
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("db"))) {
            FileOutcome f = new CollectionImporter(store).run(List.of(garbage)).files().get(0);
            assertThat(f.status()).isEqualTo(FileOutcome.Status.FAILED);
            assertThat(f.message()).startsWith("the PDF is damaged and cannot be read (").doesNotContain("“");
            assertThat(f.message(ZH)).startsWith("PDF 已损坏，无法读取（“").endsWith("”（程序库原文，未翻译））");
        }
    }

    @Test
    void aTeamAddressThatIsWrongIsExplainedInChinese() {
        StoreException e = catchThrowableOfType(() -> ServerAddress.parse("postgresql://server.example"),
                StoreException.class);
        assertThat(e.getMessage()).contains("is not a PostgreSQL address (it names no database after the host");
        assertThat(e.message(ZH)).contains("不是 PostgreSQL 地址（主机名之后没有数据库名");
        assertThat(englishIn(e.message(ZH), "postgresql://server.example")).isEmpty();
    }
}
