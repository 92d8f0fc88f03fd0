package org.ogireview.export;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.TestFiles;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** export --layout stata on the seeds and the sample texts: names Stata takes, a do-file that labels them all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StataExportTest {

    @TempDir
    static Path dir;

    private H2ReportStore store;
    private Path out;
    private List<String[]> csv;
    private String doFile;

    @BeforeAll
    void export() throws Exception {
        List<Path> files = new ArrayList<>(TestFiles.seeds());
        files.addAll(TestFiles.sampleTexts());
        store = H2ReportStore.open(dir.resolve("db"));
        new CollectionImporter(store).coder("li").run(files);
        out = Files.createDirectories(dir.resolve("stata"));
        long rows = new StataExport(store).write(out);
        assertThat(rows).isEqualTo(7);
        csv = read(out.resolve(StataExport.CSV));
        doFile = Files.readString(out.resolve(StataExport.DO), StandardCharsets.UTF_8);
    }

    @AfterAll
    void close() {
        store.close();
    }

    private static List<String[]> read(Path p) throws Exception {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(r)) {
            return reader.readAll();
        }
    }

    @Test
    void everyNameFollowsStatasRules() {
        String[] header = csv.get(0);
        assertThat(header[0]).isEqualTo("report_id"); // no byte-order mark in front of the first name
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            assertThat(name.length()).as(name).isLessThanOrEqualTo(32);
            assertThat(name).as(name).matches("[A-Za-z][A-Za-z0-9_]*");
            assertThat(StataNames.RESERVED).doesNotContain(name);
            assertThat(seen.add(name)).as("unique: " + name).isTrue();
        }
        // the names that were over 32 characters or collided when cut
        assertThat(seen).contains("app_othhdl_ovd_amend_np", "app_denied_secret", "app_denied_secret_s",
                "app_granted_pct", "app_granted_ng");
    }

    @Test
    void theDoFileIsValidAndLabelsEveryColumnInBothLanguages() {
        StataDoFileCheck check = StataDoFileCheck.of(doFile);
        assertThat(check.problems).isEmpty();
        assertThat(check.csv).isEqualTo(StataExport.CSV);
        List<String> header = List.of(csv.get(0));
        assertThat(check.labels.keySet()).containsExactly("zh", "en");
        assertThat(check.labels.get("zh").keySet()).containsExactlyInAnyOrderElementsOf(header);
        assertThat(check.labels.get("en").keySet()).containsExactlyInAnyOrderElementsOf(header);
        assertThat(header).containsAll(check.namesUsed());
        assertThat(check.labels.get("zh")).containsEntry("body_name", "机关名称");
        assertThat(check.labels.get("en").get("app_granted_ng")).contains("Public-interest");
        // string columns of the import are the text key columns
        for (int col : check.stringCols) {
            assertThat(header.get(col - 1)).isIn("body_name", "body_kind", "division_code", "division_level",
                    "division_name", "region", "published_on", "source_files", "same_body_year");
        }
    }

    @Test
    void blankAndNotStatedMapToExtendedMissingForEveryFigure() {
        StataDoFileCheck check = StataDoFileCheck.of(doFile);
        List<String> header = List.of(csv.get(0));
        for (String name : header) {
            if (header.contains(name + StataExport.STATUS)) {
                assertThat(check.extendedMissing.get(name)).as(name).containsExactlyInAnyOrder(".a", ".b");
                assertThat(check.valueLabels.get("zh")).containsEntry(name + StataExport.STATUS, "status_zh")
                        .containsEntry(name + StataExport.QUALIFIER, "qualifier_zh");
            }
        }
        assertThat(check.valueLabels.get("en")).containsEntry("format", "format_en");
    }

    @Test
    void statusAndQualifierSurviveAsCodes() {
        List<String> header = List.of(csv.get(0));
        int qualified = 0;
        for (String[] row : csv.subList(1, csv.size())) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).endsWith(StataExport.QUALIFIER) && row[i].matches("[123]")) {
                    String value = row[header.indexOf(header.get(i).substring(0, header.get(i).length() - 2))];
                    assertThat(value).isNotEmpty();
                    qualified++;
                }
                if (header.get(i).endsWith(StataExport.STATUS) && !row[i].isEmpty()) {
                    assertThat(row[i]).matches("[1-5]");
                }
            }
        }
        assertThat(qualified).as("approximate figures (余, 约) kept as qualified").isPositive();
    }

    @Test
    void theCodebookHasARowPerColumnInTheSameOrder() throws Exception {
        List<String[]> book = read(out.resolve(StataExport.CODEBOOK_CSV));
        List<String> header = List.of(csv.get(0));
        assertThat(book).hasSize(header.size() + 1);
        for (int i = 0; i < header.size(); i++) {
            assertThat(book.get(i + 1)[1]).isEqualTo(header.get(i));
        }
        String md = Files.readString(out.resolve(StataExport.CODEBOOK_MD), StandardCharsets.UTF_8);
        assertThat(md).contains("| applications_granted_ngo | app_granted_ng | applications.granted@ngo |");
    }
}
