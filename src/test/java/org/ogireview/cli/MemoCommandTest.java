package org.ogireview.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.CheckMark;
import org.ogireview.store.CollectionFindings;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.TestFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code memo}: the audit memo of a database holding the samples (shared/samples: 洪泽区 2023 and 2024 as text and
 * PDF, 淮安市 2024 as PDF) lists 洪泽区 2023's reconsideration total, printed 0 against 10 upheld and 1 corrected,
 * with the row it is printed in and the PDF's page.
 */
class MemoCommandTest extends CliTestBase {

    @TempDir
    Path dir;

    private Path samplesDatabase() throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        for (Path p : TestFiles.sampleTexts()) {
            Files.copy(p, samples.resolve(p.getFileName()));
        }
        for (Path p : List.of(TestFiles.resource("/samples/hongze-2023.pdf"),
                TestFiles.resource("/samples/hongze-2024.pdf"), TestFiles.resource("/samples/huaian-2024.pdf"))) {
            Files.copy(p, samples.resolve(p.getFileName()));
        }
        Path db = dir.resolve("samples.mv.db");
        assertThat(run("import", "--db", db.toString(), samples.toString())).isZero();
        return db;
    }

    /** The finding's block in the memo: the one whose rule code is the given rule. */
    private static Element finding(Document memo, String rule) {
        return memo.select("div.finding").stream()
                .filter(d -> d.select("p.rule code").text().equals(rule)).findFirst().orElseThrow();
    }

    private static Element figureRow(Element finding, String key) {
        return finding.select("tr").stream().filter(tr -> tr.select("td code").text().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void theMemoListsHongze2023sReconsiderationTotalWithItsRowAndPage() throws Exception {
        Path db = samplesDatabase();
        Path memo = dir.resolve("memo.html");

        assertThat(run("memo", "--db", db.toString(), "--body", "洪泽", "--year", "2023", "--out",
                memo.toString())).as(err()).isZero();
        assertThat(out()).contains("memo.html: 2 finding(s)");

        Document html = Jsoup.parse(Files.readString(memo, StandardCharsets.UTF_8));
        assertThat(html.select("section.report h2").eachText()).containsExactly("洪泽区人民政府 · 2023 年度报告");
        Element review = finding(html, "parts.review");
        assertThat(review.select("h3").text()).contains("结果维持 10").contains("结果纠正 1").contains("= 11")
                .contains("总计 0");
        assertThat(review.select("p.rule").text()).contains("行政复议：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计");

        Element total = figureRow(review, "review.total");
        assertThat(total.select("td.v").first().ownText()).isEqualTo("0");
        // the row as the report prints it, the total's own 0 marked (the fifth number: 维持 纠正 其他 尚未审结 总计)
        assertThat(total.select("q").text()).startsWith("10 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5");
        assertThat(total.select("q").html()).startsWith("10 | 1 | 0 | 0 | <mark>0</mark> |");
        assertThat(total.select("span.cell").text()).contains("行政复议 | 总计 | 0");
        // the .txt is the dataset report; its PDF (the same report, another file) gives the printed page
        assertThat(total.select("td").last().text()).isEqualTo("第 4 页（hongze-2023.pdf）");
        assertThat(figureRow(review, "review.upheld").select("td.v").first().ownText()).isEqualTo("10");
        assertThat(figureRow(review, "review.corrected").select("td.v").first().ownText()).isEqualTo("1");
        assertThat(review.select("p.open").text()).startsWith("尚未审核");
    }

    @Test
    void theReviewersNoteIsPrintedEscapedAndNothingIsFetchedFromElsewhere() throws Exception {
        Path db = samplesDatabase();
        try (H2ReportStore store = H2ReportStore.open(db)) {
            CollectionFindings.Row row = CollectionFindings.read(store).stream()
                    .filter(r -> r.finding().rule().equals("parts.review") && r.year() == 2023).findFirst()
                    .orElseThrow();
            store.saveCheckMark(new CheckMark(row.reportId(), row.finding().rule(), row.finding().fieldList(), true,
                    "原表如此 <script>alert('x')</script> & 已电话核实", "li", Instant.parse("2026-12-01T08:00:00Z")));
        }
        Path memo = dir.resolve("memo-en.html");
        assertThat(run("memo", "--db", db.toString(), "--lang", "en", "--out", memo.toString())).isZero();

        String text = Files.readString(memo, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=")
                .doesNotContain("@import").doesNotContain("url(");
        assertThat(text).contains("原表如此 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 已电话核实");
        Document html = Jsoup.parse(text);
        Element review = finding(html, "parts.review");
        assertThat(review.select("p.note").text()).startsWith("Reviewer: the report says so (as published).")
                .contains("(li, 2026-12-01)");
        assertThat(review.select("p.rule").text()).contains("upheld + corrected + other results + pending");
        assertThat(html.select("div.finding")).hasSize(2); // the samples' only two: 洪泽 2023's review and suits
    }

    @Test
    void badArgumentsAreUsageErrorsAndAMissingDatabaseIsNamed() {
        assertThat(run("memo", "--db", dir.resolve("x").toString())).isEqualTo(2);
        assertThat(err()).contains("--out");
        assertThat(run("memo", "--db", dir.resolve("none").toString(), "--out", dir.resolve("m.html").toString()))
                .isEqualTo(1);
        assertThat(err()).contains("there is no database at").contains("none.mv.db");
        assertThat(run("memo", "--year", "last", "--out", "m.html")).isEqualTo(2);
    }
}
