package org.ogireview.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.coding.CodingSample;
import org.ogireview.store.CodingStore;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.testing.TestFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code double-code} with the list filters of {@code export} (issue 13: "a report, a filtered list, or a random
 * sample of a given share, reproducible with a seed"), on the seeds, the two sample table reports and the PDF of
 * hongze-2023 (a further file of that report), imported by the {@code import} command. Each test marks a fresh copy
 * of that database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoubleCodeFilterCommandTest extends CliTestBase {

    @TempDir
    static Path dir;

    private Path template;
    private int copies;
    /** hongze-2023's dataset file (the one imported first: .txt or .pdf) and its further file. */
    private String hongze2023;
    private String hongze2023Copy;

    @Override
    int run(String... args) {
        out.reset();
        err.reset();
        return super.run(args);
    }

    @BeforeAll
    void importSeedsSamplesAndAPdfCopy() throws Exception {
        Path reports = bundledReports(dir);
        Files.copy(TestFiles.samplePdfs().get(0), reports.resolve("hongze-2023.pdf"));
        template = dir.resolve("template");
        assertThat(run("import", "--db", template.toString(), reports.toString())).as(err()).isZero();
        assertThat(out()).contains("8 imported");
        try (H2ReportStore store = H2ReportStore.open(template)) {
            DatasetKeys keys = org.ogireview.importing.DatasetLinks.keys(store);
            Map<String, Long> ids = ids(store);
            boolean pdfIsCopy = keys.isCopy(ids.get("hongze-2023.pdf"));
            assertThat(keys.isCopy(ids.get("hongze-2023.txt"))).isNotEqualTo(pdfIsCopy); // one report, two files
            hongze2023 = pdfIsCopy ? "hongze-2023.txt" : "hongze-2023.pdf";
            hongze2023Copy = pdfIsCopy ? "hongze-2023.pdf" : "hongze-2023.txt";
        }
    }

    /** A fresh copy of the imported database. */
    private Path database() throws Exception {
        Path db = dir.resolve("db" + (++copies));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("template.")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName().toString().replaceFirst("^template", "db" + copies)));
            }
        }
        return db;
    }

    private String[] args(Path db, String... more) {
        return Stream.concat(Stream.of("double-code", "--db", db.toString(), "--coders", "li,wang", "--by", "zhao"),
                Stream.of(more)).toArray(String[]::new);
    }

    /** Report ids by file name. */
    private static Map<String, Long> ids(Path db) throws Exception {
        try (H2ReportStore store = H2ReportStore.open(db)) {
            return ids(store);
        }
    }

    private static Map<String, Long> ids(H2ReportStore store) throws Exception {
        return store.list().stream().collect(Collectors.toMap(ReportSummary::fileName, ReportSummary::id));
    }

    /** The marked reports' file names, with how each was marked. */
    private static Map<String, String> marked(Path db) throws Exception {
        try (H2ReportStore store = H2ReportStore.open(db)) {
            Map<Long, String> names = store.list().stream()
                    .collect(Collectors.toMap(ReportSummary::id, ReportSummary::fileName));
            Map<String, String> out = new TreeMap<>();
            new CodingStore(store.database()).assignments().values().forEach(a -> {
                assertThat(a.firstCoder() + "," + a.secondCoder() + " by " + a.assignedBy()).isEqualTo("li,wang by zhao");
                out.put(names.get(a.reportId()), a.how());
            });
            return out;
        }
    }

    private static Set<String> seedNames() {
        return TestFiles.seeds().stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aBodyMarksItsReportsButNotTheFurtherFileOfOne() throws Exception {
        Path db = database();
        assertThat(run(args(db, "--body", "洪泽区"))).as(err()).isZero();
        assertThat(out()).contains("the filters (body 洪泽区) choose 2 of 7 reports").contains("marked 2 reports");
        assertThat(marked(db)).containsOnlyKeys(hongze2023, "hongze-2024.txt").containsValues("list");
    }

    @Test
    void divisionYearAndReportIdsCombine() throws Exception {
        Path db = database();
        assertThat(run(args(db, "--division", "3208", "--year", "2024"))).as(err()).isZero();
        assertThat(marked(db)).containsOnlyKeys("hongze-2024.txt").containsValue("report");

        Path other = database();
        Map<String, Long> ids = ids(other);
        // naming the further file picks its report; a seed named beside it comes too
        assertThat(run(args(other, "--reports", ids.get(hongze2023Copy) + "," + ids.get("001_cad39cc556105118.txt"))))
                .as(err()).isZero();
        assertThat(marked(other)).containsOnlyKeys(hongze2023, "001_cad39cc556105118.txt");
    }

    @Test
    void aShareOfTheFilteredListIsDrawnFromItAndTheSameSeedDrawsTheSameReports() throws Exception {
        Path db = database();
        // the narrative seeds are the reports up to 2018: half of five is three
        assertThat(run(args(db, "--year", "-2018", "--state", "new", "--share", "0.5", "--seed", "7")))
                .as(err()).isZero();
        assertThat(out()).contains("choose 5 of 7 reports").contains("marked 3 reports");
        Map<String, String> first = marked(db);
        assertThat(first).hasSize(3).containsValues("sample share=0.5000 seed=7");
        assertThat(seedNames()).containsAll(first.keySet());
        // exactly the draw of the seed over the five seeds' ids, not over the whole database
        Map<String, Long> ids = ids(db);
        List<Long> seedIds = seedNames().stream().map(ids::get).toList();
        Map<Long, String> names = ids.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        assertThat(first.keySet()).containsExactlyInAnyOrderElementsOf(
                CodingSample.draw(seedIds, 0.5, 7).stream().map(names::get).toList());

        Path again = database();
        assertThat(run(args(again, "--year", "-2018", "--share", "0.5", "--seed", "7"))).as(err()).isZero();
        assertThat(marked(again)).isEqualTo(first);

        // some other seed draws other reports (ten seeds cannot all draw the same three of five)
        boolean differs = false;
        for (int seed = 1; seed <= 10 && !differs; seed++) {
            Path other = database();
            assertThat(run(args(other, "--year", "-2018", "--share", "0.5", "--seed", Integer.toString(seed))))
                    .as(err()).isZero();
            differs = !marked(other).keySet().equals(first.keySet());
            assertThat(seedNames()).containsAll(marked(other).keySet());
        }
        assertThat(differs).isTrue();

        // a share of all reports never draws the further file
        Path all = database();
        assertThat(run(args(all, "--share", "1", "--seed", "3"))).as(err()).isZero();
        assertThat(marked(all)).hasSize(7).doesNotContainKey(hongze2023Copy);
    }

    @Test
    void anAmbiguousDivisionIsRefusedWithItsCandidatesAndNothingIsMarked() throws Exception {
        Path db = database();
        assertThat(run(args(db, "--division", "鼓楼区", "--share", "0.5"))).isEqualTo(2);
        assertThat(err()).contains("double-code: --division: 鼓楼区 names")
                .contains("320106") // 南京市鼓楼区
                .contains("350102") // 福州市鼓楼区
                .contains("give its code");
        assertThat(marked(db)).isEmpty();
    }

    @Test
    void contradictoryOrEmptyChoicesAreRefused() throws Exception {
        Path db = database();
        assertThat(run(args(db, "--all", "--body", "洪泽区"))).isEqualTo(2);
        assertThat(err()).contains("give one of --report, --all, the filters");
        assertThat(run(args(db, "--body", "洪泽区", "--seed", "7"))).isEqualTo(2);
        assertThat(err()).contains("--seed goes with --share");
        assertThat(run(args(db, "--year", "2024-2019"))).isEqualTo(2);
        assertThat(err()).contains("double-code: --year").contains("the years run backwards");
        assertThat(run(args(db, "--year", "2030", "--share", "0.2"))).isEqualTo(1);
        assertThat(err()).contains("nothing matches the filters");
        assertThat(run(args(db, "--body", "洪泽区", "--share", "0"))).isEqualTo(2);
        assertThat(err()).contains("--share is above 0");
        assertThat(marked(db)).isEmpty();
    }
}
