package org.ogireview.store;

import org.ogireview.extract.SearchText;
import org.ogireview.importing.NewReports;
import org.ogireview.importing.ReportSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.Finding;
import org.ogireview.model.Severity;
import org.ogireview.model.CheckMark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The list's full-text search and its failing-check data, on the bundled reports in a real H2 file. */
class TextSearchTest {

    private static final String LUZHOU = "000_6c56c39d01f2e555.txt";
    private static final String HONGZE = "hongze-2023.txt";

    @TempDir
    Path dir;

    private static Map<String, Long> importAll(H2ReportStore store) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        for (String name : H2ReportStoreTest.BUNDLED) {
            GoldFigures.Loaded r = GoldFigures.load(name);
            ids.put(name, store.add(NewReports.of(r.document(), r.extraction(), null, r.bytes())).reportId());
        }
        return ids;
    }

    /** What the search must answer: every report whose folded text holds the folded phrase, read one by one. */
    private static Set<Long> byHand(H2ReportStore store, String phrase) throws StoreException {
        Set<Long> out = new HashSet<>();
        for (ReportSummary r : store.list()) {
            if (SearchText.contains(store.report(r.id()).text(), phrase)) {
                out.add(r.id());
            }
        }
        return out;
    }

    @Test
    void traditionalAndSimplifiedFindTheSameReportsAndSpacesDoNotMatter() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("search"))) {
            Map<String, Long> ids = importAll(store);
            String luzhouText = store.report(ids.get(LUZHOU)).text();
            assertThat(luzhouText).contains("瀘州").doesNotContain("泸州");

            // the Luzhou report is in Traditional characters: the Simplified phrase finds it, and the other way round
            assertThat(ReportSearch.find(store, "泸州")).containsExactly(ids.get(LUZHOU));
            assertThat(ReportSearch.find(store, "瀘州")).containsExactly(ids.get(LUZHOU));
            assertThat(ReportSearch.find(store, "淮安市洪泽区")).contains(ids.get(HONGZE)).doesNotContain(ids.get(LUZHOU));
            assertThat(ReportSearch.find(store, "淮安市 洪澤區")).isEqualTo(ReportSearch.find(store, "淮安市洪泽区"));
            for (String phrase : List.of("主动公开", "主動公開政府信息", "行政复议", "政府信息公开工作年度报告", "2023")) {
                assertThat(ReportSearch.find(store, phrase)).as(phrase).isEqualTo(byHand(store, phrase)).isNotEmpty();
            }
            assertThat(ReportSearch.find(store, "没有哪份报告写过这句话")).isEmpty();
            assertThat(ReportSearch.find(store, "  ")).hasSize(H2ReportStoreTest.BUNDLED.size());
        }
    }

    @Test
    void theStoreComparesFoldedPhrasesOnlyAndKeepsTheTextThePipelineFolded() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("folded"))) {
            Map<String, Long> ids = importAll(store);
            // the stored copy is the pipeline's folding: Simplified, no spaces; the store folds no phrase itself
            assertThat(store.searchFolded(SearchText.fold("瀘州"))).containsExactly(ids.get(LUZHOU));
            assertThat(store.searchFolded("瀘州")).isEmpty();
            assertThat(store.foldMissing(s -> {
                throw new AssertionError("every report has its folded copy");
            })).isZero();
        }
    }

    @Test
    void reportsStoredBeforeTheSearchTableAreFoldedOnTheFirstSearch() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("older"))) {
            Map<String, Long> ids = importAll(store);
            try (Connection c = store.database().connection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM report_search WHERE report_id = " + ids.get(LUZHOU));
            }
            assertThat(ReportSearch.find(store, "瀘州")).containsExactly(ids.get(LUZHOU));
        }
    }

    @Test
    void aLongTextIsCutIntoPartsThatOverlap() {
        String text = "甲".repeat(TextIndex.PART - 3) + "政府信息公开" + "乙".repeat(TextIndex.PART);
        List<String> parts = TextIndex.parts(text);
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0)).hasSize(TextIndex.PART).doesNotContain("政府信息公开");
        assertThat(parts.get(1)).contains("政府信息公开");
        assertThat(String.join("", parts.get(0), parts.get(1).substring(TextIndex.OVERLAP),
                parts.get(2).substring(TextIndex.OVERLAP))).isEqualTo(text);
        assertThat(TextIndex.parts("")).containsExactly("");
    }

    @Test
    void failingChecksAreListedPerRuleWithoutTheOnesMarkedAsPublished() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("failing"))) {
            Map<String, Long> ids = importAll(store);
            long luzhou = ids.get(LUZHOU);
            long hongze = ids.get(HONGZE);
            Finding balance = new Finding("apps.balance", Severity.ERROR, List.of("applications.received"), true,
                    true, "不符", "differs");
            Finding sum = new Finding("proactive.sum", Severity.WARNING, List.of("proactive.total"), true, true,
                    "不符", "differs");
            Finding passed = new Finding("review.sum", Severity.ERROR, List.of("review.total"), true, false, "通过",
                    "passed");
            store.saveFindings(luzhou, List.of(balance, sum, passed));
            store.saveFindings(hongze, List.of(balance, passed));
            assertThat(store.openFailures()).containsOnly(Map.entry("apps.balance", Set.of(luzhou, hongze)),
                    Map.entry("proactive.sum", Set.of(luzhou)));

            store.saveCheckMark(new CheckMark(luzhou, "apps.balance", "applications.received", true, "原文如此",
                    "li", Instant.parse("2026-01-02T03:04:05Z")));
            assertThat(store.openFailures()).containsOnly(Map.entry("apps.balance", Set.of(hongze)),
                    Map.entry("proactive.sum", Set.of(luzhou)));
            assertThat(store.openFailures(luzhou)).containsExactly("proactive.sum");
            assertThat(store.openFailures(hongze)).containsExactly("apps.balance");
        }
    }
}
