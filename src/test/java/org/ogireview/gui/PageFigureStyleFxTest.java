package org.ogireview.gui;

import javafx.css.StyleOrigin;
import javafx.css.StyleableProperty;
import javafx.beans.property.Property;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import org.junit.jupiter.api.Test;
import org.ogireview.gui.document.PageViewModel;
import org.ogireview.gui.form.FormIds;
import org.ogireview.gui.importing.ImportItem;
import org.ogireview.testing.TestFiles;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boxes over the figures of the printed page take their whole look from the stylesheet (page-view.css, the
 * page view's own), none of it from code: each property's computed value comes from a stylesheet, they keep that
 * look in a scene without the desk's stylesheet (never a Rectangle's black default), and a stylesheet added to the
 * scene restyles them.
 */
class PageFigureStyleFxTest extends DeskFxHarness {

    private static final String ROW = "applications.received@natural_person";

    @Test
    void theFigureBoxesAreStyledByTheStylesheetNotByCode() throws Exception {
        openDesk(dir.resolve("style.mv.db"));
        interact(() -> desk.model().importFiles(List.of(new ImportItem(TestFiles.samplePdfs().get(1))), null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !desk.model().busyProperty().get() && desk.model().session().current() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#modePage").queryAs(ToggleButton.class).isDisabled()).isFalse();
        clickOn("#modePage");
        PageViewModel pages = desk.documentPane().pages();
        interact(() -> desk.formView().reveal(ROW));
        clickOn("#" + FormIds.editor(ROW));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pages.pageProperty().get() != null
                && lookup("#pageSelection").tryQuery().isPresent() && lookup(".page-figure").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Rectangle selected = lookup("#pageSelection").queryAs(Rectangle.class);
        Rectangle figure = lookup(".page-figure").queryAllAs(Rectangle.class).iterator().next();
        for (Rectangle box : List.of(selected, figure)) {
            for (Property<?> p : List.of(box.fillProperty(), box.strokeProperty(), box.strokeWidthProperty(),
                    box.strokeTypeProperty())) {
                // USER would mean set in code, null never styled; USER_AGENT is the page view's stylesheet
                assertThat(origin(p)).as(box.getStyleClass() + " " + p.getName()).isNotNull()
                        .isNotEqualTo(StyleOrigin.USER).isNotEqualTo(StyleOrigin.INLINE);
            }
        }
        assertThat(figure.getFill()).isEqualTo(Color.rgb(255, 214, 102, 0.16));
        assertThat(figure.getStroke()).isEqualTo(Color.rgb(217, 119, 6, 0.45));
        assertThat(figure.getStrokeWidth()).isEqualTo(0.8);
        assertThat(figure.getStrokeType()).isEqualTo(StrokeType.CENTERED);
        assertThat(selected.getStroke()).isEqualTo(Color.web("#c2410c"));
        assertThat(selected.getStrokeWidth()).isEqualTo(2.2);
        assertThat(selected.getStrokeType()).isEqualTo(StrokeType.OUTSIDE);

        // without the desk's stylesheet the view still draws light boxes, not black blocks over the digits
        Scene scene = figure.getScene();
        List<String> deskSheets = List.copyOf(scene.getStylesheets());
        interact(() -> {
            scene.getStylesheets().clear();
            scene.getRoot().applyCss();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // (looked up again: a new layout draws the boxes anew)
        figure = lookup(".page-figure").queryAllAs(Rectangle.class).iterator().next();
        selected = lookup("#pageSelection").queryAs(Rectangle.class);
        assertThat(figure.getScene().getStylesheets()).isEmpty();
        assertThat(figure.getFill()).isEqualTo(Color.rgb(255, 214, 102, 0.16));
        assertThat(selected.getStrokeType()).isEqualTo(StrokeType.OUTSIDE);

        // and a stylesheet of the scene's (a theme) restyles them
        Path theme = Files.writeString(dir.resolve("theme.css"),
                ".page-figure { -fx-stroke: #1d4ed8; -fx-stroke-width: 1.6; }", StandardCharsets.UTF_8);
        interact(() -> {
            scene.getStylesheets().setAll(deskSheets);
            scene.getStylesheets().add(theme.toUri().toString());
            scene.getRoot().applyCss();
        });
        WaitForAsyncUtils.waitForFxEvents();
        figure = lookup(".page-figure").queryAllAs(Rectangle.class).iterator().next();
        assertThat(figure.getStroke()).isEqualTo(Color.web("#1d4ed8"));
        assertThat(figure.getStrokeWidth()).isEqualTo(1.6);
        assertThat(origin(figure.strokeProperty())).isEqualTo(StyleOrigin.AUTHOR);
        assertThat(figure.getFill()).isEqualTo(Color.rgb(255, 214, 102, 0.16)); // the rest as page-view.css says
    }

    private static StyleOrigin origin(Property<?> p) {
        return ((StyleableProperty<?>) p).getStyleOrigin();
    }
}
