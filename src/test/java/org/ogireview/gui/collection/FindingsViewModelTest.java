package org.ogireview.gui.collection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.gui.collection.findings.FindingItem;
import org.ogireview.gui.collection.findings.FindingsFilter;
import org.ogireview.gui.collection.findings.FindingsViewModel;
import org.ogireview.gui.testing.SessionFixture;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.CountyCollection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings list's model without a window or the FX toolkit: the store is read on the worker (here a queue the
 * test runs), filters narrow the list, the choices offer what the findings hold, unusual values are looked for on
 * demand, and the memo of the shown findings is written.
 */
class FindingsViewModelTest {

    @TempDir
    Path dir;

    /** Work handed to the worker waits here until the test runs it: proof that nothing ran on the caller. */
    private final List<Runnable> queued = new ArrayList<>();
    private final Executor worker = queued::add;

    private void runWorker() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }

    @Test
    void readsOnTheWorkerFiltersAndLooksForUnusualValuesOnDemand() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("c.mv.db"))) {
            CountyCollection.importInto(store, Files.createDirectories(dir.resolve("in")));
            long jinhu = CountyCollection.reportOf(store, "金湖县");
            CountyCollection.setReceived(store, jinhu, 4700);
            SessionFixture fixture = new SessionFixture(store).withCoder("li");
            FindingsViewModel model = new FindingsViewModel(fixture.session, worker, Runnable::run);

            model.reload();
            assertThat(model.busyProperty().get()).isTrue();
            assertThat(model.shown()).isEmpty(); // nothing read on the calling thread
            runWorker();
            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.shown()).hasSize(22); // 11 counties × (reconsideration, suits after it)
            assertThat(model.ruleChoices()).extracting(FindingsViewModel.Choice::label)
                    .containsExactly("Any rule", "parts.litigation_after_review (11)", "parts.review (11)");
            assertThat(model.yearChoices()).extracting(FindingsViewModel.Choice::value).containsExactly(null, 2023);
            // divisions: the province, its two cities, eleven counties
            assertThat(model.divisionChoices()).hasSize(1 + 1 + 2 + 11);
            assertThat(model.divisionChoices().get(1).label()).isEqualTo("江苏省 (22)");

            model.divisionProperty().set("321000"); // 扬州市: 宝应县, 仪征市, 高邮市, 江都区
            assertThat(model.shown()).hasSize(8).allSatisfy(i -> assertThat(i.divisions()).contains("321000"));
            model.textProperty().set("仪征");
            assertThat(model.shown()).hasSize(2);
            model.textProperty().set("");
            model.divisionProperty().set(null);

            // on demand: the collection is compared, the finding listed as its own kind
            model.lookForUnusualValues();
            runWorker();
            runWorker();
            assertThat(model.ruleChoices()).extracting(FindingsViewModel.Choice::value)
                    .contains(FindingsFilter.UNUSUAL, "unusual.peers");
            assertThat(model.statusProperty().get()).isEqualTo("Unusual values: 1 of 11 reports. 23 shown; 23 open "
                    + "of 23 findings in the collection");
            model.ruleProperty().set(FindingsFilter.UNUSUAL);
            assertThat(model.shown()).singleElement().satisfies(i -> {
                assertThat(i.row().reportId()).isEqualTo(jinhu);
                assertThat(i.message(false)).contains("4700").contains("far above");
            });

            // opened at its figures, marked as published with a note
            FindingItem item = model.shown().get(0);
            assertThat(model.markAsPublished(item, "  原文如此  ")).isTrue();
            runWorker();
            assertThat(fixture.session.current().id()).isEqualTo(jinhu);
            assertThat(fixture.session.selectedKeyProperty().get()).isEqualTo("applications.received");
            assertThat(store.checkMarks(jinhu)).singleElement().satisfies(m -> {
                assertThat(m.note()).isEqualTo("原文如此");
                assertThat(m.coder()).isEqualTo("li");
            });
            assertThat(model.shown()).isEmpty();
            model.withSettledProperty().set(true);
            assertThat(model.shown()).singleElement().satisfies(i -> assertThat(i.row().open()).isFalse());

            // the memo of what is shown
            Path memo = dir.resolve("memo.html");
            List<Path> written = new ArrayList<>();
            model.writeMemo(List.copyOf(model.shown()), memo, written::add);
            assertThat(memo).doesNotExist();
            runWorker();
            assertThat(written).containsExactly(memo);
            assertThat(Files.readString(memo, StandardCharsets.UTF_8)).contains("金湖县人民政府").contains("4700")
                    .contains("原文如此").contains("the findings chosen in the findings list");
        }
    }
}
