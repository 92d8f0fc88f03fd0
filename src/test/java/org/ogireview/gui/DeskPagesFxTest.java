package org.ogireview.gui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.document.DocumentMode;
import org.ogireview.gui.document.PageViewModel;
import org.ogireview.gui.form.FormIds;
import org.ogireview.gui.importing.ImportItem;
import org.ogireview.ingest.PageRect;
import org.ogireview.ingest.PageRegions;
import org.ogireview.ingest.PdfSketch;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.Figure;
import org.ogireview.store.ReportSummary;
import org.ogireview.testing.TestFiles;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The printed pages in the real window: a PDF report imported, the pages switched on, a field selected in the form
 * boxed on its page, another figure clicked on the page selected in the form; and a PDF without a usable text
 * layer opening on its pages with the reason it must be coded by hand.
 */
class DeskPagesFxTest extends DeskFxHarness {

    private static final String ROW = "applications.received@natural_person";
    private static final String TOTAL = "applications.received";

    @Test
    void aFieldSelectedInTheFormIsBoxedOnItsPageAndAClickOnThePageSelectsAField() throws Exception {
        openDesk(dir.resolve("pages.mv.db"));
        Path pdf = TestFiles.samplePdfs().get(1);
        importAndWait(pdf);
        assertThat(lookup("#modePage").queryAs(ToggleButton.class).isDisabled()).isFalse();

        clickOn("#modePage");
        PageViewModel pages = desk.documentPane().pages();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pages.pageProperty().get() != null);
        assertThat(pages.shownModeProperty().get()).isEqualTo(DocumentMode.PAGE);
        assertThat(lookup("#pageNumber").queryAs(Label.class).getText()).isEqualTo("Page 1 of 5");

        // select a cell of the application table in the form: the page turns to it and boxes it
        interact(() -> desk.formView().reveal(ROW));
        clickOn("#" + FormIds.editor(ROW));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pages.pageProperty().get() != null
                && pages.pageProperty().get().index() == 2 && lookup("#pageSelection").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#pageNumber").queryAs(Label.class).getText()).isEqualTo("Page 3 of 5");
        PageRegions regions = PageRegions.of(new ReportIngester().ingest(pdf).boxes());
        PageRect expected = regions.rectsOf(figure(ROW).start(), figure(ROW).end()).get(0);
        Rectangle box = lookup("#pageSelection").queryAs(Rectangle.class);
        double zoom = pages.zoomProperty().get();
        assertThat(box.isVisible()).isTrue();
        // the frame surrounds the digits: 1.5 pt and a further 3 px clear of them, its stroke drawn outside
        double gap = org.ogireview.gui.document.PageView.SELECTED_GAP;
        assertThat(box.getX()).isCloseTo((expected.x() - 1.5) * zoom - gap, within(0.01));
        assertThat(box.getY()).isCloseTo((expected.y() - 1.5) * zoom - gap, within(0.01));
        assertThat(box.getX() + box.getWidth()).isGreaterThan(expected.right() * zoom + gap);
        assertThat(box.getStrokeType()).isEqualTo(javafx.scene.shape.StrokeType.OUTSIDE);
        // drawn as desk.css says (.page-figure-selected), not with the light defaults set in code
        assertThat(box.getStroke()).isEqualTo(javafx.scene.paint.Color.web("#c2410c"));
        assertThat(box.getStrokeWidth()).isEqualTo(2.2);
        Rectangle other = lookup(".page-figure").queryAllAs(Rectangle.class).iterator().next();
        assertThat(other.getFill()).isEqualTo(javafx.scene.paint.Color.rgb(255, 214, 102, 0.16));
        assertThat(other.getStroke()).isEqualTo(javafx.scene.paint.Color.rgb(217, 119, 6, 0.45));
        assertThat(visibleOnScreen(box)).isTrue();
        assertThat(lookup("#pageImage").queryAs(ImageView.class).getImage()).isNotNull();

        // click the row's total, printed on the same line of the table: its field is selected in the form
        PageRect total = regions.rectsOf(figure(TOTAL).start(), figure(TOTAL).end()).get(0);
        Node canvas = lookup("#pageCanvas").query();
        Point2D onScreen = canvas.localToScreen(total.centerX() * zoom, total.centerY() * zoom);
        assertThat(lookup("#pageScroll").queryAs(ScrollPane.class).localToScreen(
                lookup("#pageScroll").queryAs(ScrollPane.class).getLayoutBounds()).contains(onScreen)).isTrue();
        clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desk.model().session().selectedKeyProperty().get()).isEqualTo(TOTAL);
        assertThat(desk.model().form().selectedProperty().get().key()).isEqualTo(TOTAL);

        // zoomed in, the page is far larger than the pane: a field lower in the table is scrolled into view
        for (int i = 0; i < 3; i++) {
            clickOn("#pageZoomIn");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pages.fitWidthProperty().get()).isFalse();
        String lower = "applications.unable.not_held@natural_person";
        interact(() -> desk.formView().reveal(lower));
        clickOn("#" + FormIds.editor(lower));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pages.selectedBoxesProperty().get().size() == 1
                && lookup("#pageSelection").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle lowerBox = lookup("#pageSelection").queryAs(Rectangle.class);
        assertThat(lowerBox.getY()).isCloseTo((regions.rectsOf(figure(lower).start(), figure(lower).end()).get(0).y()
                - 1.5) * pages.zoomProperty().get() - org.ogireview.gui.document.PageView.SELECTED_GAP, within(0.01));
        assertThat(lookup("#pageScroll").queryAs(ScrollPane.class).getVvalue()).isGreaterThan(0);
        assertThat(visibleOnScreen(lowerBox)).isTrue();

        // both side by side, remembered for the next start
        clickOn("#modeBoth");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#reportText").tryQuery()).isPresent();
        assertThat(lookup("#pageView").tryQuery()).isPresent();
        assertThat(new DeskPreferences(prefsNode).documentMode()).isEqualTo("both");
    }

    @Test
    void aPdfWithAGarbledTextLayerOpensOnItsPagesWithTheReason() throws Exception {
        Path garbled = PdfSketch.garbledPdf(dir.resolve("garbled.pdf"));
        openDesk(dir.resolve("garbled.mv.db"));
        importAndWait(garbled);
        ReportSummary summary = store.list().stream().filter(r -> r.fileName().equals("garbled.pdf")).findFirst()
                .orElseThrow();
        interact(() -> desk.model().session().open(summary.id()));
        PageViewModel pages = desk.documentPane().pages();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pages.pageProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pages.shownModeProperty().get()).isEqualTo(DocumentMode.PAGE);
        assertThat(lookup("#modePage").queryAs(ToggleButton.class).isSelected()).isTrue();
        Label reason = lookup("#pageReason").queryAs(Label.class);
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).startsWith("Code by hand: ").contains("garbled");
        assertThat(lookup("#pageImage").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(lookup("#pageNumber").queryAs(Label.class).getText()).isEqualTo("Page 1 of 2");
        assertThat(lookup("#pageMessage").queryAs(Label.class).isVisible()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    private void importAndWait(Path file) throws Exception {
        interact(() -> desk.model().importFiles(List.of(new ImportItem(file)), null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !desk.model().busyProperty().get() && desk.model().session().current() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Figure figure(String key) {
        return desk.model().session().current().figure(key).orElseThrow();
    }

    /** True when the node's box lies inside the page pane's viewport on screen. */
    private boolean visibleOnScreen(Node node) {
        ScrollPane scroll = lookup("#pageScroll").queryAs(ScrollPane.class);
        Bounds view = scroll.localToScreen(scroll.getLayoutBounds());
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return view.contains(b.getCenterX(), b.getCenterY());
    }
}
