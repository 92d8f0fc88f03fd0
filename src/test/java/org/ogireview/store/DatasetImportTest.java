package org.ogireview.store;

import org.ogireview.importing.ImportSummary;

import org.ogireview.importing.CollectionImporter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.Body;
import org.ogireview.model.BodyKind;
import org.ogireview.testing.TestFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds and the samples (hongze-2023 as .txt and .pdf, hongze-2024 as .txt and .pdf, huaian-2024.pdf) imported
 * into one database: one dataset report per report, the Hongze district one body across years.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetImportTest {

    @TempDir
    static Path dir;

    private H2ReportStore store;

    @BeforeAll
    void importSeedsAndSamples() throws Exception {
        Path root = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>(TestFiles.seeds());
        files.addAll(TestFiles.sampleTexts());
        files.addAll(TestFiles.samplePdfs());
        files.add(TestFiles.resource("/samples/huaian-2024.pdf"));
        for (Path p : files) {
            Files.copy(p, root.resolve(p.getFileName()));
        }
        store = H2ReportStore.open(dir.resolve("db"));
        ImportSummary s = new CollectionImporter(store).coder("li").run(List.of(root));
        assertThat(s.imported()).isEqualTo(10);
    }

    @AfterAll
    void close() {
        store.close();
    }

    /** file name -> {report id, body id, duplicate_of (0 for none)} */
    private Map<String, long[]> rows() throws Exception {
        return store.database().read("test", c -> {
            Map<String, long[]> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT file_name, id, body_id, duplicate_of FROM reports");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }
            }
            return out;
        });
    }

    @Test
    void hongzeIsOneBodyAcrossYearsWithItsDivisionCode() throws Exception {
        Map<String, long[]> r = rows();
        long body = r.get("hongze-2023.txt")[1];
        assertThat(r.get("hongze-2024.txt")[1]).isEqualTo(body);
        assertThat(r.get("hongze-2023.pdf")[1]).isEqualTo(body);
        Body hongze = new BodyRegistry(store.database()).body(body).orElseThrow();
        assertThat(hongze.divisionCode()).isEqualTo("320813");
        assertThat(hongze.kind()).isEqualTo(BodyKind.GOVERNMENT);
        assertThat(hongze.years()).containsExactly(2023, 2024);
        assertThat(r.get("huaian-2024.pdf")[1]).isNotEqualTo(body);
    }

    @Test
    void theSameReportAsTextAndPdfIsOneReportWithTwoFiles() throws Exception {
        Map<String, long[]> r = rows();
        long txt2023 = r.get("hongze-2023.txt")[0];
        long pdf2023 = r.get("hongze-2023.pdf")[0];
        // the earlier stored file is the dataset report, the other one of its files (the import order is parallel)
        long primary = Math.min(txt2023, pdf2023);
        assertThat(r.get("hongze-2023.txt")[2] + r.get("hongze-2023.pdf")[2]).isEqualTo(primary);
        long p2024 = Math.min(r.get("hongze-2024.txt")[0], r.get("hongze-2024.pdf")[0]);
        assertThat(r.get("hongze-2024.txt")[2] + r.get("hongze-2024.pdf")[2]).isEqualTo(p2024);
        List<String> files = store.database().read("test", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT file_name FROM report_files WHERE report_id = ? ORDER BY file_report_id")) {
                ps.setLong(1, primary);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
        assertThat(files).containsExactlyInAnyOrder("hongze-2023.txt", "hongze-2023.pdf");
        long datasetRows = r.values().stream().filter(x -> x[2] == 0).count();
        assertThat(datasetRows).isEqualTo(8); // five seeds, hongze 2023 and 2024, huaian 2024
    }

    @Test
    void seedBodiesResolveToTheirDivisions() throws Exception {
        Map<String, String> byName = new TreeMap<>();
        for (Body b : new BodyRegistry(store.database()).bodies()) {
            byName.put(b.name(), b.divisionCode());
        }
        assertThat(byName).containsEntry("泸州市人民政府", "510500").containsEntry("淮安市人民政府", "320800")
                .containsEntry("洪泽区人民政府", "320813");
    }

    @Test
    void wideHasOneRowPerReportAndTheSameColumnsAsTheSeedsAlone() throws Exception {
        Path wide = dir.resolve("wide.csv");
        new org.ogireview.export.CsvExporter(store).export(org.ogireview.export.ExportLayout.WIDE, wide, false);
        List<String[]> rows = read(wide);
        assertThat(rows).hasSize(1 + 8);
        List<String> header = List.of(rows.get(0));
        String[] hongze2023 = rows.stream().filter(x -> x[header.indexOf("year")].equals("2023")
                && x[header.indexOf("division_code")].equals("320813")).findFirst().orElseThrow();
        assertThat(hongze2023[header.indexOf("n_files")]).isEqualTo("2");
        assertThat(hongze2023[header.indexOf("source_files")].split(" \\| "))
                .containsExactlyInAnyOrder("hongze-2023.txt", "hongze-2023.pdf");

        Path seedsOnly = Files.createDirectories(dir.resolve("seeds-only"));
        try (H2ReportStore seeds = H2ReportStore.open(seedsOnly.resolve("db"))) {
            new CollectionImporter(seeds).coder("li").run(TestFiles.seeds());
            Path seedsWide = seedsOnly.resolve("wide.csv");
            new org.ogireview.export.CsvExporter(seeds).export(org.ogireview.export.ExportLayout.WIDE, seedsWide,
                    false);
            assertThat(read(seedsWide).get(0)).containsExactly(rows.get(0));
        }
    }

    private static List<String[]> read(Path p) throws Exception {
        try (java.io.Reader r = Files.newBufferedReader(p, java.nio.charset.StandardCharsets.UTF_8);
             com.opencsv.CSVReader reader = new com.opencsv.CSVReader(r)) {
            return reader.readAll();
        }
    }
}
