package org.ogireview.gui.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.model.Report;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportStore;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImportTest {

    @Test
    void foldersAreSearchedForReportFilesAndEachFileIsListedOnce(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("2012"));
        Files.copy(Fixtures.file(Fixtures.LUZHOU), sub.resolve("a.txt"));
        Files.writeString(sub.resolve("b.HTML"), "<p>x</p>");
        Files.writeString(sub.resolve("notes.docx"), "x");
        Files.writeString(sub.resolve(".hidden.txt"), "x");
        Path single = Files.writeString(dir.resolve("c.pdf"), "x");
        ImportPlanViewModel plan = new ImportPlanViewModel();
        plan.add(List.of(dir));
        plan.add(List.of(single, sub.resolve("a.txt")));
        assertThat(plan.items()).extracting(i -> i.file().getFileName().toString())
                .containsExactly("a.txt", "b.HTML", "c.pdf");
        assertThat(plan.takeProblems()).isEmpty();
        plan.setCharset(List.of(plan.items().get(0)), Charset.forName("GB18030"));
        assertThat(plan.items().get(0).charset().name()).isEqualTo("GB18030");
        assertThat(plan.items().get(1).charset()).isNull();
        assertThat(ImportPlanViewModel.CHARSETS).startsWith((Charset) null).contains(Charset.forName("GBK"));
        plan.add(List.of(dir.resolve("gone")));
        assertThat(plan.items()).hasSize(4);
    }

    @Test
    void importStoresReportsNotesFailuresAndHonoursTheCharsetChoice(@TempDir Path dir) throws Exception {
        String chinese = "淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告\n主动发布各类政府信息 2428 条。\n";
        Path gbk = dir.resolve("gbk-report.txt");
        Files.write(gbk, chinese.getBytes(Charset.forName("GBK")));
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path luzhou = Files.copy(Fixtures.file(Fixtures.LUZHOU), dir.resolve(Fixtures.LUZHOU));
        Path again = Files.copy(Fixtures.file(Fixtures.LUZHOU), dir.resolve("copy.txt"));
        List<String> progress = new ArrayList<>();
        ImportSummary summary;
        try (ReportStore store = H2ReportStore.open(dir.resolve("import.mv.db"))) {
        summary = new CollectionImport(store, () -> "importer").run(
                List.of(new ImportItem(gbk, Charset.forName("GBK")), new ImportItem(empty), new ImportItem(luzhou),
                        new ImportItem(again)),
                (done, total, name) -> progress.add(done + "/" + total + " " + name), () -> false);
        Report first = store.report(store.list().stream().filter(r -> r.fileName().equals("gbk-report.txt"))
                .findFirst().orElseThrow().id());
        assertThat(first.text()).isEqualTo(chinese);
        assertThat(first.charset()).isEqualTo("GBK");
        assertThat(summary.lastAdded()).isIn(store.idBySha256(first.sha256()).orElseThrow(),
                // the two copies of Luzhou are prepared in parallel: whichever is ready first is stored
                store.list().stream().filter(r -> r.fileName().equals(Fixtures.LUZHOU)
                        || r.fileName().equals("copy.txt")).findFirst().orElseThrow().id());
        assertThat(store.history()).anySatisfy(e -> assertThat(e.coder()).isEqualTo("importer"));
        }
        assertThat(summary.added()).isEqualTo(2);
        assertThat(summary.present()).isEqualTo(1);
        assertThat(summary.cancelled()).isFalse();
        assertThat(summary.failed()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(empty);
            assertThat(f.problem()).contains("empty.txt").contains("empty");
        });
        assertThat(progress).hasSize(4).allMatch(p -> p.contains("/4 "))
                .anyMatch(p -> p.endsWith("empty.txt")).anyMatch(p -> p.endsWith("copy.txt"));
    }

    @Test
    void aStopBeforeTheFirstFileImportsNothing(@TempDir Path dir) throws Exception {
        Path a = Files.copy(Fixtures.file(Fixtures.LUZHOU), dir.resolve("a.txt"));
        Path b = Files.copy(Fixtures.file(Fixtures.HONGZE_2023), dir.resolve("b.txt"));
        try (ReportStore store = H2ReportStore.open(dir.resolve("stop.mv.db"))) {
            ImportSummary summary = new CollectionImport(store, () -> null).run(
                    List.of(new ImportItem(a), new ImportItem(b)), (done, total, name) -> { }, () -> true);
            assertThat(summary.cancelled()).isTrue();
            assertThat(summary.added()).isZero();
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void theBundledSamplesAreTheIndexedReports() throws Exception {
        List<String> names = BundledSamples.names();
        assertThat(names).hasSize(7).contains(Fixtures.LUZHOU, "hongze-2024.txt");
        List<Path> copies = BundledSamples.copyToTemp();
        // Imported under readable names (body and year), not the seeds' hashed resource names.
        assertThat(copies).extracting(p -> p.getFileName().toString()).containsExactly("luzhou-2012.txt",
                "mianyang-2017.txt", "baotou-2013.txt", "dongchang-2016.txt", "huainan-2009.txt", "hongze-2023.txt",
                "hongze-2024.txt");
        assertThat(Files.readString(copies.get(0))).isEqualTo(Files.readString(Fixtures.file(names.get(0))));
    }
}
