package org.ogireview.gui.document;

import org.junit.jupiter.api.Test;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.InMemoryReportStore;
import org.ogireview.gui.testing.SessionFixture;
import org.ogireview.model.Figure;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Find in the report (hits marked, next / previous), text zoom, and reflowing the hard breaks of PDF text. */
class FindZoomReflowTest {

    @Test
    void aPhraseIsFoundInEitherScriptAndItsHitsAreMarkedAndStepped() throws Exception {
        InMemoryReportStore store = new InMemoryReportStore();
        long id = Fixtures.luzhou(store);
        SessionFixture fx = new SessionFixture(store).withCoder("t");
        DocumentViewModel doc = new DocumentViewModel(fx.session);
        fx.session.open(id);
        String text = doc.textProperty().get();

        doc.findPhraseProperty().set("信息公开"); // typed in Simplified; the report prints 信息公開
        List<int[]> hits = doc.hitsProperty().get();
        assertThat(hits).hasSizeGreaterThan(2);
        assertThat(text.substring(hits.get(0)[0], hits.get(0)[1])).isEqualTo("信息公開");
        assertThat(doc.currentHitProperty().get()).isZero();
        assertThat(DocumentLayoutTest.stylesAt(doc.stylesProperty().get(), hits.get(0)[0])).contains("find-current");
        assertThat(DocumentLayoutTest.stylesAt(doc.stylesProperty().get(), hits.get(1)[0])).contains("find-hit");
        assertThat(doc.hitFocusProperty().get().start()).isEqualTo(hits.get(0)[0]);

        assertThat(doc.findNext()).isTrue();
        assertThat(doc.currentHitProperty().get()).isEqualTo(1);
        assertThat(doc.hitFocusProperty().get().start()).isEqualTo(hits.get(1)[0]);
        assertThat(doc.findPrevious()).isTrue();
        assertThat(doc.findPrevious()).isTrue();
        assertThat(doc.currentHitProperty().get()).as("wraps to the last").isEqualTo(hits.size() - 1);

        doc.findPhraseProperty().set("no such words here");
        assertThat(doc.hitsProperty().get()).isEmpty();
        assertThat(doc.findNext()).isFalse();
        assertThat(doc.stylesProperty().get()).noneMatch(r -> r.styles().contains("find-hit"));
    }

    @Test
    void textZoomStepsAndStaysWithinBounds() {
        DocumentViewModel doc = new DocumentViewModel(new SessionFixture(new InMemoryReportStore()).session);
        doc.zoomIn();
        doc.zoomIn();
        assertThat(doc.textZoomProperty().get()).isEqualTo(1.2);
        for (int i = 0; i < 30; i++) {
            doc.zoomOut();
        }
        assertThat(doc.textZoomProperty().get()).isEqualTo(0.6);
        doc.zoomReset();
        assertThat(doc.textZoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void reflowJoinsRunOnLinesAndKeepsEveryOffset() throws Exception {
        String pdfText = "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和\n国政府信息公开条例》编制。\n"
                + "一、总体情况\n信息内容 | 本年制发件数\n规章 | 0\n2024年，本区主动公开\n政府信息2428条。";
        String joined = Reflow.apply(pdfText);
        assertThat(joined).hasSameSizeAs(pdfText);
        assertThat(joined.split("\n")).containsExactly(
                "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和\u200B国政府信息公开条例》编制。",
                "一、总体情况", "信息内容 | 本年制发件数", "规章 | 0", "2024年，本区主动公开\u200B政府信息2428条。");

        InMemoryReportStore store = new InMemoryReportStore();
        long id = Fixtures.hongze(store);
        SessionFixture fx = new SessionFixture(store).withCoder("t");
        DocumentViewModel doc = new DocumentViewModel(fx.session);
        fx.session.open(id);
        String before = doc.textProperty().get();
        doc.reflowProperty().set(true);
        String after = doc.textProperty().get();
        assertThat(after).hasSameSizeAs(before).isNotEqualTo(before);
        for (Figure f : fx.session.current().figures()) {
            if (f.hasSource()) {
                assertThat(Reflow.strip(after.substring(f.start(), f.end())).replace("\n", ""))
                        .as(f.key()).isEqualTo(before.substring(f.start(), f.end()).replace("\n", ""));
            }
        }
        // a number selected in the joined text still reads, and a text field gets no invisible characters
        int at = after.indexOf("洪泽区");
        assertThat(SelectedValue.text(after, at, at + 3).orElseThrow().value()).isEqualTo("洪泽区");
        doc.reflowProperty().set(false);
        assertThat(doc.textProperty().get()).isEqualTo(before);
    }
}
