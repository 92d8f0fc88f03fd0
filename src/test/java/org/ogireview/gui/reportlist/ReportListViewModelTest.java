package org.ogireview.gui.reportlist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.Finding;
import org.ogireview.model.Severity;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.gui.form.FormViewModel;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.InMemoryReportStore;
import org.ogireview.gui.testing.SessionFixture;
import org.ogireview.gui.testing.TestStores;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.ReviewState;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportSummary;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportListViewModelTest {

    @Test
    void filtersByEveryWordAndFollowsEdits() throws Exception {
        InMemoryReportStore store = new InMemoryReportStore();
        long luzhou = Fixtures.luzhou(store);
        Fixtures.hongze(store);
        SessionFixture fx = new SessionFixture(store).withCoder("t");
        ReportListViewModel list = new ReportListViewModel(fx.session, Runnable::run, Runnable::run);
        list.refresh();
        assertThat(list.reports()).hasSize(2);
        assertThat(list.total()).isEqualTo(2);

        list.filterProperty().set("泸州");
        assertThat(list.reports()).extracting(ReportSummary::region).containsExactly("泸州市");
        list.filterProperty().set("2023 table2021");
        assertThat(list.reports()).extracting(ReportSummary::fileName).containsExactly("hongze-2023.txt");
        list.filterProperty().set("2023 narrative");
        assertThat(list.reports()).isEmpty();
        list.filterProperty().set("HONGZE");
        assertThat(list.reports()).hasSize(1);
        list.filterProperty().set("  ");
        assertThat(list.reports()).hasSize(2);

        fx.session.open(luzhou);
        FormViewModel form = new FormViewModel(fx.session, FieldCatalog.standard());
        FieldViewModel total = form.field("proactive.total").orElseThrow();
        total.confirm();
        ReportSummary row = list.find(luzhou).orElseThrow();
        assertThat(row.reviewed()).isEqualTo(1);
        assertThat(row.figures()).isEqualTo(store.figures(luzhou).size());
        assertThat(row.state()).isEqualTo(ReviewState.IN_PROGRESS);
        assertThat(store.list()).filteredOn(r -> r.id() == luzhou).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(ReviewState.IN_PROGRESS));
    }

    @Test
    void yearStateFailingCheckAndTextSearchCombineAndClearTogether(@TempDir Path dir) throws Exception {
        try (ReportStore store = TestStores.open(dir.resolve("list"))) {
            long luzhou = Fixtures.luzhou(store);
            long hongze = Fixtures.hongze(store);
            store.saveFindings(luzhou, List.of(new Finding("apps.balance", Severity.ERROR,
                    List.of("applications.received"), true, true, "不符", "differs")));
            SessionFixture fx = new SessionFixture(store).withCoder("t");
            // the search runs at once here; in the window it runs on its own thread
            ReportListViewModel list = new ReportListViewModel(fx.session, Runnable::run, Runnable::run);
            list.refresh();
            assertThat(list.years()).extracting(Choice::label).containsExactly("All years", "2023", "2012");
            assertThat(list.failingChecks()).extracting(Choice::label)
                    .containsExactly("Checks: any result", "Any failing check (1)", "apps.balance (1)");

            list.yearProperty().set(new Choice<>(2023, "2023"));
            assertThat(ids(list)).containsExactly(hongze);
            list.yearProperty().set(list.years().get(0));
            list.failingCheckProperty().set(list.failingChecks().get(2));
            assertThat(ids(list)).containsExactly(luzhou);
            list.failingCheckProperty().set(list.failingChecks().get(0));

            // a coder's change makes Luzhou "in progress"; the checks run again and the list follows the store
            fx.session.open(luzhou);
            new FormViewModel(fx.session, FieldCatalog.standard()).field("proactive.total").orElseThrow().confirm();
            list.statusProperty().set(list.statuses().stream().filter(c -> c.value() == StatusChoice.IN_PROGRESS)
                    .findFirst().orElseThrow());
            assertThat(ids(list)).containsExactly(luzhou);
            List<String> failingNow = list.failingChecks().stream().skip(2).map(Choice::value).toList();
            assertThat(failingNow).containsExactlyInAnyOrderElementsOf(store.openFailures().keySet());

            // the text search: Simplified finds the Traditional report, and it combines with the state
            list.statusProperty().set(list.statuses().get(0));
            list.searchPhraseProperty().set("泸州");
            list.search();
            assertThat(list.searchingProperty().get()).isFalse();
            assertThat(list.textMatchesProperty().get()).containsExactly(luzhou);
            assertThat(ids(list)).containsExactly(luzhou);
            list.statusProperty().set(list.statuses().stream().filter(c -> c.value() == StatusChoice.NEW)
                    .findFirst().orElseThrow());
            assertThat(ids(list)).isEmpty();

            list.regionProperty().set("洪");
            list.filterProperty().set("hongze");
            list.clearFilters();
            assertThat(list.searchPhraseProperty().get()).isEmpty();
            assertThat(list.textMatchesProperty().get()).isNull();
            assertThat(list.currentFilter().isEmpty()).isTrue();
            assertThat(list.reports()).hasSize(2);
            assertThat(list.regionsMatching("瀘")).containsExactly("泸州市");
        }
    }

    private static List<Long> ids(ReportListViewModel list) {
        return list.reports().stream().map(ReportSummary::id).toList();
    }
}
