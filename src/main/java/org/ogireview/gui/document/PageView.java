package org.ogireview.gui.document;

import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.ogireview.gui.common.Messages;
import org.ogireview.ingest.PageRect;

import java.util.List;

/**
 * The report's printed page: the picture in a scroll pane, every figure's box faintly outlined and the selected
 * one drawn strongly over it, page and zoom buttons above. A click on a figure selects its field. Everything it
 * shows comes from the {@link PageViewModel}.
 */
public final class PageView extends BorderPane {

    /** Room around the page, so its edge and shadow show. */
    private static final double MARGIN = 12;
    /** A figure's box is drawn this much (points) larger than its ink, so the frame does not cover the digits. */
    private static final double FRAME = 1.5;
    /** The selected figure's frame: this many pixels more, its stroke drawn outside that. */
    public static final double SELECTED_GAP = 3;

    private final PageViewModel model;
    private final ImageView image = new ImageView();
    private final Pane overlay = new Pane();
    private final Pane canvas = new Pane(image, overlay);
    private final StackPane holder = new StackPane(canvas);
    private final ScrollPane scroll = new ScrollPane(holder);
    private final Label message = new Label();
    /** True while a reveal waits for the scroll pane to lay out the page at its new size. */
    private boolean revealPending;

    /** The figure boxes' look, styling this view and its children wherever it is shown (see page-view.css). */
    private static final String STYLESHEET = PageView.class.getResource("page-view.css").toExternalForm();

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    public PageView(PageViewModel model, Messages m) {
        this.model = model;
        getStyleClass().add("page-view");
        setId("pageView");

        image.setId("pageImage");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        overlay.setMouseTransparent(true);
        canvas.setId("pageCanvas");
        canvas.getStyleClass().add("page-canvas");
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                model.clickAt(e.getX() / model.zoomProperty().get(), e.getY() / model.zoomProperty().get());
            }
        });
        canvas.setOnMouseMoved(e -> canvas.setCursor(model.figureAt(e.getX() / model.zoomProperty().get(),
                e.getY() / model.zoomProperty().get()).isPresent() ? Cursor.HAND : Cursor.DEFAULT));
        holder.setPadding(new Insets(MARGIN));
        holder.setAlignment(Pos.TOP_CENTER);
        holder.getStyleClass().add("page-holder");
        scroll.setId("pageScroll");
        scroll.setPannable(false);
        scroll.getStyleClass().add("page-scroll");
        // The holder fills the viewport when the page is narrower (centring it) and grows past it when zoomed in.
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            holder.setMinWidth(now.getWidth());
            holder.setMinHeight(now.getHeight());
            model.viewportWidth(now.getWidth() - 2 * MARGIN);
        });

        holder.layoutBoundsProperty().addListener((obs, old, now) -> {
            if (revealPending) {
                // after the scroll pane's own listener, which sets its values from the old position
                javafx.application.Platform.runLater(this::scrollToReveal);
            }
        });

        message.setId("pageMessage");
        message.getStyleClass().add("page-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        StackPane centre = new StackPane(scroll, message);
        StackPane.setAlignment(message, Pos.TOP_CENTER);
        StackPane.setMargin(message, new Insets(40, 24, 0, 24));

        setTop(new VBox(notice("pageReason", "page-reason", model.reasonProperty(), m, "page.reason"),
                notice("pageNote", "page-note", model.noteProperty(), m, null), toolbar(m)));
        setCenter(centre);

        model.pageProperty().addListener((obs, old, now) -> showPage(now));
        model.zoomProperty().addListener((obs, old, now) -> {
            layoutPage();
            scrollToReveal();
        });
        model.figureBoxesProperty().addListener((obs, old, now) -> drawBoxes());
        model.selectedBoxesProperty().addListener((obs, old, now) -> drawBoxes());
        model.revealProperty().addListener((obs, old, now) -> scrollToReveal());
        showPage(model.pageProperty().get());
    }

    private static Label notice(String id, String style, javafx.beans.value.ObservableStringValue text, Messages m,
                                String format) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(Bindings.createStringBinding(() -> text.get() == null ? ""
                : format == null ? text.get() : m.format(format, text.get()), text));
        label.visibleProperty().bind(Bindings.isNotNull(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private HBox toolbar(Messages m) {
        Button previous = button("pagePrevious", "‹", m.get("page.previous"), model::previous);
        Button next = button("pageNext", "›", m.get("page.next"), model::next);
        previous.disableProperty().bind(model.pageIndexProperty().lessThanOrEqualTo(0));
        next.disableProperty().bind(model.pageIndexProperty().greaterThanOrEqualTo(
                model.pageCountProperty().subtract(1)));
        Label number = new Label();
        number.setId("pageNumber");
        number.getStyleClass().add("page-number");
        number.textProperty().bind(Bindings.createStringBinding(() -> model.pageCountProperty().get() == 0 ? ""
                        : m.format("page.of", model.pageIndexProperty().get() + 1, model.pageCountProperty().get()),
                model.pageIndexProperty(), model.pageCountProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button out = button("pageZoomOut", "−", m.get("page.zoomOut"), model::zoomOut);
        Button in = button("pageZoomIn", "+", m.get("page.zoomIn"), model::zoomIn);
        Button fit = button("pageFitWidth", m.get("page.fitWidth"), m.get("page.fitWidth"), model::fitToWidth);
        fit.disableProperty().bind(model.fitWidthProperty());
        Label zoom = new Label();
        zoom.setId("pageZoom");
        zoom.getStyleClass().add("page-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(model.zoomProperty().get() * 100) + " %", model.zoomProperty()));
        HBox bar = new HBox(4, previous, number, next, gap, out, zoom, in, fit);
        // in a narrow pane the gap gives way, never the page number or a button's text
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof Region r && n != gap) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.setId("pageBar");
        bar.getStyleClass().add("page-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.disableProperty().bind(model.pageCountProperty().isEqualTo(0));
        return bar;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void showPage(PageViewModel.RenderedPage page) {
        image.setImage(page == null ? null : SwingFXUtils.toFXImage(page.image(), null));
        if (page != null) {
            model.viewportWidth(scroll.getViewportBounds().getWidth() - 2 * MARGIN);
        }
        layoutPage();
        scrollToReveal();
    }

    /** Sizes the picture and its boxes to the zoom. */
    private void layoutPage() {
        PageViewModel.RenderedPage page = model.pageProperty().get();
        double z = model.zoomProperty().get();
        double w = page == null ? 0 : page.widthPoints() * z;
        double h = page == null ? 0 : page.heightPoints() * z;
        image.setFitWidth(w);
        image.setFitHeight(h);
        canvas.setMinSize(w, h);
        canvas.setPrefSize(w, h);
        canvas.setMaxSize(w, h);
        drawBoxes();
    }

    private void drawBoxes() {
        double z = model.zoomProperty().get();
        List<Rectangle> boxes = new java.util.ArrayList<>();
        if (model.pageProperty().get() != null) {
            for (PageRect r : model.figureBoxesProperty().get()) {
                boxes.add(box(r, z, "page-figure"));
            }
            for (PageRect r : model.selectedBoxesProperty().get()) {
                Rectangle selected = box(r, z, "page-figure-selected");
                // The frame stands around the digits, a few pixels clear of them at any zoom, never over them.
                selected.setX(selected.getX() - SELECTED_GAP);
                selected.setY(selected.getY() - SELECTED_GAP);
                selected.setWidth(selected.getWidth() + 2 * SELECTED_GAP);
                selected.setHeight(selected.getHeight() + 2 * SELECTED_GAP);
                if (boxes.stream().noneMatch(b -> "pageSelection".equals(b.getId()))) {
                    selected.setId("pageSelection");
                }
                boxes.add(selected);
            }
        }
        overlay.getChildren().setAll(boxes);
    }

    private static Rectangle box(PageRect r, double zoom, String style) {
        Rectangle box = new Rectangle((r.x() - FRAME) * zoom, (r.y() - FRAME) * zoom, (r.width() + 2 * FRAME) * zoom,
                (r.height() + 2 * FRAME) * zoom);
        // its look (fill, outline, stroke type) is the stylesheet's: page-view.css, which desk.css may override
        box.getStyleClass().add(style);
        return box;
    }

    /** Scrolls so the selected figure's box stands in the middle of the pane (when it is on the shown page). */
    private void scrollToReveal() {
        PageRect target = model.revealProperty().get();
        PageViewModel.RenderedPage page = model.pageProperty().get();
        if (target == null || page == null || target.page() != page.index()) {
            return;
        }
        // Worked out from the sizes set, not read from the nodes: the scroll pane lays them out only later.
        double z = model.zoomProperty().get();
        double viewW = scroll.getViewportBounds().getWidth();
        double viewH = scroll.getViewportBounds().getHeight();
        double pageW = page.widthPoints() * z;
        double contentW = Math.max(viewW, pageW + 2 * MARGIN);
        double contentH = Math.max(viewH, page.heightPoints() * z + 2 * MARGIN);
        double left = (contentW - pageW) / 2;
        double top = MARGIN;
        if (contentH > viewH) {
            scroll.setVvalue(clamp((top + target.centerY() * z - viewH / 2) / (contentH - viewH)));
        }
        if (contentW > viewW) {
            // Sideways only as far as needed to show the figure whole: the page's left edge (a table's row
            // labels) stays in view while it can, so the coder still sees which row the number is on.
            double margin = Math.min(40, viewW / 8);
            double right = left + target.right() * z + SELECTED_GAP + margin;
            double offset = right <= viewW ? 0 : Math.min(right - viewW, left + target.x() * z - margin);
            scroll.setHvalue(clamp(offset / (contentW - viewW)));
        }
        // The scroll pane re-clamps its values when it lays the resized page out: scroll again once it has.
        revealPending = Math.abs(holder.getHeight() - contentH) > 1 || Math.abs(holder.getWidth() - contentW) > 1;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
