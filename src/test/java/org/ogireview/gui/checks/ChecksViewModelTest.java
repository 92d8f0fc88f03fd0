package org.ogireview.gui.checks;

import org.junit.jupiter.api.Test;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.gui.form.FormViewModel;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.InMemoryReportStore;
import org.ogireview.gui.testing.SessionFixture;
import org.ogireview.model.FieldCatalog;
import org.ogireview.store.ReportSummary;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksViewModelTest {

    @Test
    void aContradictionAppearsWithAnEditAndIsSettledAsPublished() throws Exception {
        InMemoryReportStore store = new InMemoryReportStore();
        long luzhou = Fixtures.luzhou(store);
        SessionFixture fx = new SessionFixture(store).withCoder("t");
        ChecksViewModel checks = new ChecksViewModel(fx.session);
        FormViewModel form = new FormViewModel(fx.session, FieldCatalog.standard());
        fx.session.open(luzhou);
        int before = checks.items().size();

        // more applications granted than received: the report would contradict itself
        FieldViewModel granted = form.field("applications.granted").orElseThrow();
        granted.textProperty().set("30");
        assertThat(granted.commit()).isTrue();
        assertThat(checks.items()).hasSizeGreaterThan(before);
        ChecksViewModel.Item item = checks.items().stream()
                .filter(i -> i.finding().fields().contains("applications.granted")).findFirst().orElseThrow();
        assertThat(item.settled()).isFalse();
        assertThat(item.finding().messageEn()).contains("30");
        int open = checks.openProperty().get();
        assertThat(open).isGreaterThan(0);
        assertThat(store.list()).extracting(ReportSummary::openChecks).containsExactly(open);

        checks.select(item);
        assertThat(fx.session.selectedKeyProperty().get()).isEqualTo(item.finding().fields().get(0));

        assertThat(checks.markAsPublished(item, "table on page 3 says 30")).isTrue();
        assertThat(checks.openProperty().get()).isEqualTo(open - 1);
        assertThat(checks.items()).filteredOn(i -> i.finding().rule().equals(item.finding().rule())
                && i.finding().fieldList().equals(item.finding().fieldList()))
                .singleElement().satisfies(i -> assertThat(i.mark().note()).isEqualTo("table on page 3 says 30"));

        // the correction resolves it: the finding goes away
        granted.textProperty().set("20");
        granted.commit();
        assertThat(checks.items()).noneMatch(i -> i.finding().rule().equals(item.finding().rule())
                && i.finding().fieldList().equals(item.finding().fieldList()));
    }
}
