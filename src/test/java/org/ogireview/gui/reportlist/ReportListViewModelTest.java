package org.ogireview.gui.reportlist;

import org.junit.jupiter.api.Test;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.gui.form.FormViewModel;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.InMemoryReportStore;
import org.ogireview.gui.testing.SessionFixture;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.ReviewState;
import org.ogireview.store.ReportSummary;

import static org.assertj.core.api.Assertions.assertThat;

class ReportListViewModelTest {

    @Test
    void filtersByEveryWordAndFollowsEdits() throws Exception {
        InMemoryReportStore store = new InMemoryReportStore();
        long luzhou = Fixtures.luzhou(store);
        Fixtures.hongze(store);
        SessionFixture fx = new SessionFixture(store).withCoder("t");
        ReportListViewModel list = new ReportListViewModel(fx.session);
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
}
