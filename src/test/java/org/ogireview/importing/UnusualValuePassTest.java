package org.ogireview.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.Finding;
import org.ogireview.store.BodyRegistry;
import org.ogireview.store.CollectionFindings;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoreException;
import org.ogireview.model.Body;
import org.ogireview.model.CheckMark;
import org.ogireview.model.ReviewState;
import org.ogireview.testing.CountyCollection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The collection-level check run over a database: stored with each report's findings, counted, dismissed, gone. */
class UnusualValuePassTest {

    @TempDir
    Path dir;

    private static List<Finding> unusual(ReportStore store, long id) throws StoreException {
        return store.findings(id).stream().filter(f -> f.rule().startsWith("unusual.")).toList();
    }

    private static ReportSummary summary(ReportStore store, long id) throws StoreException {
        return store.list().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Test
    void anOutlierAmongElevenCountiesIsStoredCountedDismissedAndGoneOnceCorrected() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("c.mv.db"))) {
            CountyCollection.importInto(store, Files.createDirectories(dir.resolve("in")));
            List<Body> bodies = new BodyRegistry(store.database()).bodies();
            assertThat(bodies).hasSize(11).allSatisfy(b -> assertThat(b.divisionLevel())
                    .hasToString("COUNTY"));

            // an ordinary spread of 12 … 120: nothing unusual
            UnusualValuePass.Result calm = UnusualValuePass.run(store);
            assertThat(calm.reports()).isEqualTo(11);
            assertThat(calm.flagged()).isZero();

            long jinhu = CountyCollection.reportOf(store, "金湖县");
            int openBefore = summary(store, jinhu).openChecks();
            CountyCollection.setReceived(store, jinhu, 4700); // a misread 47, say
            UnusualValuePass.Result found = UnusualValuePass.run(store);
            assertThat(found.flagged()).isEqualTo(1);
            assertThat(found.rewritten()).isEqualTo(1);
            List<Finding> f = unusual(store, jinhu);
            assertThat(f).extracting(Finding::rule).containsExactly("unusual.peers@applications.received");
            assertThat(f.get(0).messageZh()).contains("4700").contains("远高于");
            // stored with the report's other findings, which stay
            assertThat(store.findings(jinhu)).extracting(Finding::rule).contains("parts.review");
            assertThat(summary(store, jinhu).openChecks()).isEqualTo(openBefore + 1);
            assertThat(CollectionFindings.read(store)).anyMatch(r -> r.reportId() == jinhu
                    && r.finding().rule().startsWith("unusual.") && r.bodyName().contains("金湖县"));

            // running again changes nothing
            assertThat(UnusualValuePass.run(store).rewritten()).isZero();

            // dismissed with a note like any finding
            store.saveCheckMark(new CheckMark(jinhu, f.get(0).rule(), f.get(0).fieldList(), true,
                    "原文确为 4700 件（信访转入）", "li", Instant.now()));
            assertThat(summary(store, jinhu).openChecks()).isEqualTo(openBefore);

            // corrected: the finding goes at the next pass
            CountyCollection.setReceived(store, jinhu, 47);
            UnusualValuePass.Result after = UnusualValuePass.run(store);
            assertThat(after.flagged()).isZero();
            assertThat(unusual(store, jinhu)).isEmpty();
            assertThat(summary(store, jinhu).state()).isNotEqualTo(ReviewState.VERIFIED);
        }
    }

    @Test
    void afterAnImportTheCollectionIsLookedAtAgain() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("i.mv.db"))) {
            CountyCollection.importInto(store, Files.createDirectories(dir.resolve("in")));
            long jinhu = CountyCollection.reportOf(store, "金湖县");
            CountyCollection.setReceived(store, jinhu, 4700);
            assertThat(unusual(store, jinhu)).isEmpty(); // an edit alone does not rerun the collection

            // a new report (a twelfth county) is imported: the pass runs after its body is linked
            Path more = Files.createDirectories(dir.resolve("more"));
            String text = Files.readString(org.ogireview.testing.TestFiles.bundledReport("hongze-2023.txt"))
                    .replace("淮安市洪泽区", "淮安市涟水县").replace("洪泽区", "邗江区").replace("洪\n泽区", "邗江区")
                    .replace("淮安市涟水县", "扬州市邗江区");
            Files.writeString(more.resolve("hanjiang-2023.txt"), text);
            new CollectionImporter(store).coder("li").run(List.of(more.resolve("hanjiang-2023.txt")));

            assertThat(unusual(store, jinhu)).extracting(Finding::rule)
                    .containsExactly("unusual.peers@applications.received");
        }
    }
}
