package org.ogireview.check;

import org.ogireview.model.Finding;

import org.junit.jupiter.api.Test;
import org.ogireview.testing.TestFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule over every real report's verified figures: the contradictions the reports really contain, no more. */
class CheckerTest {

    private final Checker checker = new Checker();

    private static ReportFacts seedWithText(String name) throws IOException {
        return Facts.seed(name).withText(Files.readString(TestFiles.bundledReport(name), StandardCharsets.UTF_8));
    }

    @Test
    void theRealReportsContradictThemselvesExactlyWhereTheyDo() throws IOException {
        Map<String, List<String>> failed = new TreeMap<>();
        for (String seed : List.of("000_6c56c39d01f2e555.txt", "001_cad39cc556105118.txt",
                "002_bbf8da712e3e6082.txt", "003_c1df64b726b009ca.txt", "004_504f2814b7c8e9b7.txt")) {
            failed.put(seed, Findings.failed(checker.check(seedWithText(seed))).stream().map(Finding::rule).toList());
        }
        for (String sample : List.of("hongze-2023.txt", "hongze-2024.txt")) {
            failed.put(sample, Findings.failed(checker.check(Facts.sample(sample))).stream().map(Finding::rule)
                    .toList());
        }
        assertThat(failed).containsExactlyInAnyOrderEntriesOf(Map.of(
                "000_6c56c39d01f2e555.txt", List.of("growth.parts"),
                "001_cad39cc556105118.txt", List.of(),
                "002_bbf8da712e3e6082.txt", List.of(),
                "003_c1df64b726b009ca.txt", List.of(),
                "004_504f2814b7c8e9b7.txt", List.of(),
                "hongze-2023.txt", List.of("parts.review", "parts.litigation_after_review"),
                "hongze-2024.txt", List.of()));
    }

    @Test
    void everyFindingSaysSomethingInBothLanguages() throws IOException {
        List<Finding> all = new java.util.ArrayList<>(checker.check(seedWithText("000_6c56c39d01f2e555.txt")));
        all.addAll(checker.check(Facts.sample("hongze-2023.txt")));
        all.addAll(checker.checkAcrossYears(List.of(Facts.sample("hongze-2023.txt"), Facts.sample("hongze-2024.txt"))));
        assertThat(all).isNotEmpty().allSatisfy(f -> {
            assertThat(f.messageZh()).isNotBlank();
            assertThat(f.messageEn()).isNotBlank();
            assertThat(f.failed()).as(f.rule()).isEqualTo(f.failed() && f.ran());
        });
    }

    @Test
    void ruleAndFieldsNameOneFindingOfAReport() throws IOException {
        // a coder's check mark finds its finding again by rule and fields
        for (ReportFacts r : List.of(seedWithText("000_6c56c39d01f2e555.txt"), Facts.sample("hongze-2024.txt"))) {
            assertThat(checker.check(r)).extracting(f -> f.rule() + " " + f.fieldList()).doesNotHaveDuplicates();
        }
    }

    @Test
    void ruleIdsAreListed() {
        assertThat(checker.ruleIds()).contains("parts.proactive_categories", "pct.stated", "apps.table.balance",
                "growth.parts", "stated_twice", "sanity.year", "years.carry_over", "years.in_force", "years.growth");
    }
}
