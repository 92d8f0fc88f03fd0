package org.ogireview.gui.document;

import org.junit.jupiter.api.Test;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.InMemoryReportStore;
import org.ogireview.gui.testing.SessionFixture;
import org.ogireview.model.Figure;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentViewModelTest {

    @Test
    void showsTheTextMarksFiguresAndFollowsTheSelection() throws Exception {
        InMemoryReportStore store = new InMemoryReportStore();
        long id = Fixtures.luzhou(store);
        SessionFixture fx = new SessionFixture(store).withCoder("t");
        DocumentViewModel doc = new DocumentViewModel(fx.session);
        assertThat(doc.textProperty().get()).isEmpty();

        fx.session.open(id);
        String text = doc.textProperty().get();
        assertThat(text).startsWith("瀘州市2012年政府信息公開工作年度報告");
        assertThat(doc.stylesProperty().get().stream().mapToInt(StyleRun::length).sum()).isEqualTo(text.length());
        int total = text.indexOf("61540");
        assertThat(DocumentLayoutTest.stylesAt(doc.stylesProperty().get(), total)).contains("figure")
                .doesNotContain("figure-selected");
        assertThat(doc.focusProperty().get()).isNull();

        fx.session.selectedKeyProperty().set("proactive.total");
        assertThat(DocumentLayoutTest.stylesAt(doc.stylesProperty().get(), total)).contains("figure-selected");
        assertThat(doc.focusProperty().get()).isEqualTo(new DocumentViewModel.Span(total, total + 5));

        // a click on another marked number selects its figure
        int overview = text.indexOf("11244");
        assertThat(doc.clickAt(overview + 2)).map(Figure::key).contains("proactive.overview");
        assertThat(fx.session.selectedKeyProperty().get()).isEqualTo("proactive.overview");
        assertThat(doc.clickAt(text.indexOf("一、概述"))).isEmpty();
        assertThat(fx.session.selectedKeyProperty().get()).isEqualTo("proactive.overview");

        // a field with no source in the text: nothing to scroll to
        fx.session.selectedKeyProperty().set("applications.online");
        assertThat(doc.focusProperty().get()).isNull();

        assertThat(doc.numberIn(total, total + 6)).map(SelectedValue::value).contains("61540");
    }
}
