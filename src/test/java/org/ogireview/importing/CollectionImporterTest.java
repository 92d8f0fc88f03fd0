package org.ogireview.importing;

import org.ogireview.store.H2ReportStore;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.testing.TestFiles;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CollectionImporterTest {

    @TempDir
    Path dir;

    /** The seven bundled reports in two nested folders, plus things a real folder of downloads holds. */
    private Path collection() throws Exception {
        Path root = dir.resolve("reports");
        Path seeds = Files.createDirectories(root.resolve("narrative/2012-2016"));
        Path tables = Files.createDirectories(root.resolve("tables"));
        for (Path p : TestFiles.seeds()) {
            Files.copy(p, seeds.resolve(p.getFileName()));
        }
        for (Path p : TestFiles.sampleTexts()) {
            Files.copy(p, tables.resolve(p.getFileName()));
        }
        Files.write(tables.resolve("empty.txt"), new byte[0]);
        Files.writeString(root.resolve("broken.pdf"), "%PDF-1.7\nthis is not really a PDF");
        Files.writeString(root.resolve("notes.docx"), "not a report");
        Files.writeString(root.resolve(".hidden.txt"), "a file the desktop left behind");
        return root;
    }

    @Test
    void importsAFolderAndListsTheFilesThatFailed() throws Exception {
        Path root = collection();
        List<CollectionImporter.Progress> progress = Collections.synchronizedList(new ArrayList<>());
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("db"))) {
            ImportSummary summary = new CollectionImporter(store).coder("li").listener(progress::add)
                    .run(List.of(root));

            assertThat(summary.imported()).isEqualTo(7);
            assertThat(summary.failed()).isEqualTo(2);
            assertThat(summary.skipped()).isEqualTo(1);
            assertThat(summary.cancelled()).isFalse();
            assertThat(store.count()).isEqualTo(7);
            assertThat(summary.failures()).extracting(f -> f.file().getFileName().toString())
                    .containsExactlyInAnyOrder("empty.txt", "broken.pdf");
            FileOutcome empty = summary.failures().stream()
                    .filter(f -> f.file().getFileName().toString().equals("empty.txt")).findFirst().orElseThrow();
            assertThat(empty.message()).contains("empty").doesNotContain("empty.txt");
            assertThat(summary.files()).noneMatch(f -> f.file().getFileName().toString().equals(".hidden.txt"));

            // each imported report is complete: its figures, its original bytes, an import entry by the coder
            for (FileOutcome f : summary.files()) {
                if (f.status() == FileOutcome.Status.IMPORTED) {
                    assertThat(store.figures(f.reportId())).hasSize(f.figures());
                    assertThat(store.original(f.reportId()).orElseThrow()).isEqualTo(Files.readAllBytes(f.file()));
                    assertThat(store.report(f.reportId()).sourcePath()).isEqualTo(f.file().toString());
                    assertThat(store.history(f.reportId())).singleElement()
                            .satisfies(e -> assertThat(e.coder()).isEqualTo("li"));
                }
            }
            // progress: once per file, counting up to the total, naming the file
            assertThat(progress).hasSize(9);
            assertThat(progress).extracting(CollectionImporter.Progress::done)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(progress).allSatisfy(p -> assertThat(p.total()).isEqualTo(9));
            assertThat(progress).extracting(p -> p.current().getFileName().toString())
                    .contains("hongze-2023.txt", "empty.txt");

            // the same folder again adds nothing and says so
            ImportSummary again = new CollectionImporter(store).run(List.of(root));
            assertThat(again.imported()).isZero();
            assertThat(again.alreadyPresent()).isEqualTo(7);
            assertThat(store.count()).isEqualTo(7);
        }
    }

    @Test
    void sameContentUnderTwoNamesIsStoredOnce() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("copy of a.txt");
        Files.copy(TestFiles.bundledReport("hongze-2024.txt"), a);
        Files.copy(a, b);
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("db"))) {
            ImportSummary s = new CollectionImporter(store).batchSize(8).run(List.of(a, b));
            assertThat(s.imported()).isEqualTo(1);
            assertThat(s.alreadyPresent()).isEqualTo(1);
            assertThat(store.count()).isEqualTo(1);
            // the file list follows the window's language; the command line keeps the English words
            FileOutcome copy = s.files().stream().filter(f -> f.status() == FileOutcome.Status.ALREADY_PRESENT)
                    .findFirst().orElseThrow();
            assertThat(copy.message()).isEqualTo("same content as report " + copy.reportId());
            assertThat(copy.message(java.util.Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("与报告 " + copy.reportId() + " 内容相同");
        }
    }

    @Test
    void cancelMidwayKeepsWhatFinished() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("many"));
        String text = Files.readString(TestFiles.bundledReport("hongze-2023.txt"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(folder.resolve(String.format("r%02d.txt", i)), text + "\n附：第" + i + "份\n");
        }
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("db"))) {
            CollectionImporter importer = new CollectionImporter(store).threads(1).batchSize(1);
            importer.listener(p -> {
                if (p.done() == 3) {
                    importer.cancel();
                }
            });
            ImportSummary s = importer.run(List.of(folder));
            assertThat(s.cancelled()).isTrue();
            assertThat(s.imported()).isBetween(3, 29);
            assertThat(s.notReached()).isEqualTo(30 - s.imported());
            assertThat(store.count()).isEqualTo(s.imported());
            for (FileOutcome f : s.files()) {
                if (f.status() == FileOutcome.Status.IMPORTED) {
                    assertThat(store.figures(f.reportId())).hasSize(f.figures());
                } else {
                    assertThat(f.status()).isEqualTo(FileOutcome.Status.CANCELLED);
                    assertThat(store.idBySha256(org.ogireview.ingest.ReportIngester.sha256(
                            Files.readAllBytes(f.file())))).isEmpty();
                }
            }
            // what was left out comes in on the next run
            ImportSummary rest = new CollectionImporter(store).run(List.of(folder));
            assertThat(rest.imported()).isEqualTo(30 - s.imported());
            assertThat(store.count()).isEqualTo(30);
        }
    }

    @Test
    void interruptingTheImportingThreadKeepsTheDatabaseUsable() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("many"));
        String text = Files.readString(TestFiles.bundledReport("002_bbf8da712e3e6082.txt"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(folder.resolve("r" + i + ".txt"), text + "\n" + i);
        }
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("db"))) {
            CollectionImporter importer = new CollectionImporter(store).batchSize(2);
            Thread caller = Thread.currentThread();
            importer.listener(p -> {
                if (p.done() == 5) {
                    caller.interrupt(); // what cancelling a background task does
                }
            });
            ImportSummary s = importer.run(List.of(folder));
            assertThat(Thread.interrupted()).isTrue(); // the interrupt is handed back, and cleared here
            assertThat(s.cancelled()).isTrue();
            assertThat(store.count()).isEqualTo(s.imported());
            assertThat(store.list()).hasSize(s.imported());
        }
    }

    @Test
    void charsetOverrideDecodesAGb18030File() throws Exception {
        String text = Files.readString(TestFiles.bundledReport("hongze-2024.txt"));
        Path gb = dir.resolve("hongze-gb18030.txt");
        Charset gb18030 = Charset.forName("GB18030");
        Files.write(gb, text.getBytes(gb18030));
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("db"))) {
            ImportSummary s = new CollectionImporter(store).charsetOverrides(Map.of(gb, gb18030)).run(List.of(gb));
            assertThat(s.imported()).isEqualTo(1);
            long id = s.files().get(0).reportId();
            assertThat(store.report(id).text()).contains("洪泽区");
            assertThat(Charset.forName(store.report(id).charset())).isEqualTo(gb18030);
        }
    }

    @Test
    void summaryIsWrittenAsCsv() throws Exception {
        Path root = collection();
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("db"))) {
            ImportSummary s = new CollectionImporter(store).run(List.of(root, dir.resolve("missing.txt")));
            assertThat(s.failed()).isEqualTo(3);
            StringWriter out = new StringWriter();
            s.writeCsv(out);
            List<String[]> rows;
            try (CSVReader r = new CSVReader(new StringReader(out.toString()))) {
                rows = r.readAll();
            }
            assertThat(rows.get(0)).containsExactly(ImportSummary.CSV_HEADER);
            assertThat(rows).hasSize(1 + s.files().size());
            assertThat(rows).anySatisfy(r -> {
                assertThat(r[0]).endsWith("missing.txt");
                assertThat(r[1]).isEqualTo("failed");
                assertThat(r[4]).contains("no such file");
            });
            assertThat(rows).anySatisfy(r -> {
                assertThat(r[0]).endsWith("hongze-2023.txt");
                assertThat(r[1]).isEqualTo("imported");
                assertThat(Long.parseLong(r[2])).isPositive();
            });
            assertThat(rows).anySatisfy(r -> assertThat(r[1]).isEqualTo("skipped"));
            assertThat(s.describe()).contains("7 imported").contains("3 failed");
        }
        assertThat(StandardCharsets.UTF_8).isNotNull();
    }
}
