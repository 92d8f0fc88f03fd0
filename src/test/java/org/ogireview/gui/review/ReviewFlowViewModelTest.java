package org.ogireview.gui.review;

import org.junit.jupiter.api.Test;
import org.ogireview.gui.checks.ChecksViewModel;
import org.ogireview.gui.document.DocumentLayout;
import org.ogireview.gui.document.DocumentViewModel;
import org.ogireview.gui.form.FieldViewModel;
import org.ogireview.gui.form.FormViewModel;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.InMemoryReportStore;
import org.ogireview.gui.testing.SessionFixture;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.ReviewState;
import org.ogireview.store.ReportSummary;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The keyboard review's moves on a real seed: confirm and next, confirm all passing, failed checks, reports. */
class ReviewFlowViewModelTest {

    private final InMemoryReportStore store = new InMemoryReportStore();
    private final SessionFixture fx = new SessionFixture(store).withCoder("t");
    private final FormViewModel form = new FormViewModel(fx.session, FieldCatalog.standard());
    private final ChecksViewModel checks = new ChecksViewModel(fx.session);

    private ReviewFlowViewModel flow(List<ReportSummary> order) {
        return new ReviewFlowViewModel(fx.session, form, () -> order);
    }

    @Test
    void confirmAndNextWalksTheAutoFiguresInFormOrderUntilTheReportIsVerified() throws Exception {
        long id = Fixtures.luzhou(store);
        fx.session.open(id);
        ReviewFlowViewModel flow = flow(store.list());
        List<FieldViewModel> autoInOrder = form.formOrder().stream()
                .filter(f -> !f.absent() && f.status() == FigureStatus.AUTO).toList();
        assertThat(autoInOrder).hasSizeGreaterThan(5);

        // nothing selected: the first auto figure of the form
        assertThat(flow.nextNeedingAttention()).contains(autoInOrder.get(0));
        assertThat(flow.confirmAndNext()).contains(autoInOrder.get(1));
        assertThat(autoInOrder.get(0).status()).isEqualTo(FigureStatus.CONFIRMED);
        assertThat(store.list()).singleElement().extracting(ReportSummary::state).isEqualTo(ReviewState.IN_PROGRESS);

        int guard = 0;
        while (flow.remaining() > 0 && guard++ < 500) {
            if (flow.openFindingOfSelected().isPresent()) {
                assertThat(fx.session.markAsPublished(flow.openFindingOfSelected().get(), "so printed")).isTrue();
                flow.nextNeedingAttention();
            } else {
                flow.confirmAndNext();
            }
        }
        assertThat(flow.remaining()).isZero();
        assertThat(flow.nextNeedingAttention()).isEmpty();
        assertThat(store.list()).singleElement().extracting(ReportSummary::state).isEqualTo(ReviewState.VERIFIED);
    }

    @Test
    void confirmAllPassingLeavesTheFiguresOfAFailedCheckForTheCoder() throws Exception {
        long id = Fixtures.luzhou(store);
        fx.session.open(id);
        FieldViewModel granted = form.field("applications.granted").orElseThrow();
        granted.textProperty().set("30");
        assertThat(granted.commit()).isTrue();
        ChecksViewModel.Item item = checks.items().stream()
                .filter(i -> i.finding().fields().contains("applications.granted")).findFirst().orElseThrow();
        List<String> doubted = item.finding().fields();

        // the form marks every field of the open failed check, with the check's message
        for (String key : doubted) {
            form.field(key).ifPresent(f -> assertThat(f.failedCheckProperty().get())
                    .contains(item.finding().messageEn()));
        }
        assertThat(form.field("proactive.overview").orElseThrow().failedCheckProperty().get()).isNull();

        ReviewFlowViewModel flow = flow(store.list());
        int confirmed = flow.confirmAllPassing();
        assertThat(confirmed).isGreaterThan(0);
        for (FieldViewModel f : form.allFields()) {
            if (!f.absent() && f.status() == FigureStatus.AUTO) {
                assertThat(fx.session.current().findings()).as(f.key())
                        .anyMatch(x -> x.failed() && x.fields().contains(f.key()));
            }
        }
        // F8 goes to a field of the failed check; marking it "as published" clears the field's mark
        FieldViewModel next = flow.nextNeedingAttention().orElseThrow();
        assertThat(fx.session.current().findings()).anyMatch(x -> x.failed() && x.fields().contains(next.key()));
        form.select("applications.granted");
        assertThat(flow.openFindingOfSelected()).isPresent();
        while (flow.openFindingOfSelected().isPresent()) {
            fx.session.markAsPublished(flow.openFindingOfSelected().get(), "page 3");
        }
        assertThat(granted.failedCheckProperty().get()).isNull();
    }

    @Test
    void choosingACheckMarksAllItsNumbersInTheText() throws Exception {
        long id = Fixtures.luzhou(store);
        fx.session.open(id);
        DocumentViewModel document = new DocumentViewModel(fx.session);
        form.field("applications.granted").orElseThrow().textProperty().set("30");
        form.field("applications.granted").orElseThrow().commit();
        ChecksViewModel.Item item = checks.items().stream()
                .filter(i -> i.finding().fields().contains("applications.granted")).findFirst().orElseThrow();
        checks.select(item);
        assertThat(fx.session.selectedKeyProperty().get()).isEqualTo(item.finding().fields().get(0));
        long marked = document.stylesProperty().get().stream()
                .filter(r -> r.styles().contains(DocumentLayout.IN_CHECK)).count();
        long withSource = item.finding().fields().stream().map(k -> fx.session.current().figure(k))
                .filter(f -> f.isPresent() && f.get().hasSource()).count();
        assertThat(withSource).isGreaterThan(1);
        assertThat(marked).isGreaterThanOrEqualTo(withSource);
    }

    @Test
    void nextAndPreviousReportFollowTheListAndWrap() throws Exception {
        long a = Fixtures.luzhou(store);
        long b = Fixtures.hongze(store);
        List<ReportSummary> order = store.list();
        ReviewFlowViewModel flow = flow(order);
        fx.session.open(order.get(0).id());
        assertThat(flow.openSibling(1)).map(ReportSummary::id).contains(order.get(1).id());
        assertThat(flow.openSibling(1)).map(ReportSummary::id).contains(order.get(0).id());
        assertThat(flow.openSibling(-1)).map(ReportSummary::id).contains(order.get(1).id());
        assertThat(List.of(a, b)).contains(fx.session.current().id());
    }
}
