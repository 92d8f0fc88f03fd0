package org.ogireview.gui.document;

import javafx.geometry.Pos;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.ReviewSession;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The centre of the desk: a title bar (the report's name, and for a PDF the Text / Page / Both switch) over the
 * report's text, its printed pages, or both side by side. The View menu holds the same switch with shortcuts.
 */
public final class DocumentPane extends BorderPane {

    private static final Map<DocumentMode, KeyCode> KEYS = Map.of(DocumentMode.TEXT, KeyCode.DIGIT1,
            DocumentMode.PAGE, KeyCode.DIGIT2, DocumentMode.BOTH, KeyCode.DIGIT3);

    private final DocumentView text;
    private final PageView pages;
    private final PageViewModel model;
    private final Messages m;
    private final SplitPane both = new SplitPane();
    private final Map<DocumentMode, ToggleButton> switches = new EnumMap<>(DocumentMode.class);

    public DocumentPane(DocumentViewModel textModel, PageViewModel pageModel, ReviewSession session,
                        MenuItem assignAction) {
        this.m = session.messages();
        this.model = pageModel;
        this.text = new DocumentView(textModel, session, assignAction);
        this.pages = new PageView(model, m);
        getStyleClass().add("document-pane");
        both.setId("documentBoth");
        // Side by side only when each half keeps a readable width; else the text above the page.
        widthProperty().addListener((obs, old, now) -> orientBoth(false));
        setTop(titleBar());
        model.shownModeProperty().addListener((obs, old, now) -> arrange(now));
        arrange(model.shownModeProperty().get());
    }

    public DocumentView textView() {
        return text;
    }

    public PageViewModel pages() {
        return model;
    }

    /** The View menu's items for the switch: Ctrl+1 text, Ctrl+2 pages, Ctrl+3 both. */
    public List<MenuItem> viewMenuItems() {
        ToggleGroup group = new ToggleGroup();
        List<MenuItem> items = new java.util.ArrayList<>();
        for (DocumentMode mode : DocumentMode.values()) {
            RadioMenuItem item = new RadioMenuItem(menuText(mode));
            item.setId("menuDocument" + label(mode));
            item.setToggleGroup(group);
            item.setAccelerator(new KeyCodeCombination(KEYS.get(mode), KeyCombination.SHORTCUT_DOWN));
            item.disableProperty().bind(model.availableProperty().not());
            item.setSelected(model.shownModeProperty().get() == mode);
            model.shownModeProperty().addListener((obs, old, now) -> item.setSelected(now == mode));
            item.setOnAction(e -> {
                model.choose(mode);
                item.setSelected(model.shownModeProperty().get() == mode);
            });
            items.add(item);
        }
        items.add(new javafx.scene.control.SeparatorMenuItem());
        items.addAll(textMenuItems());
        return items;
    }

    /** Find in the report (Ctrl+F), text zoom (Ctrl+plus / minus / 0) and the reflow switch. */
    private List<MenuItem> textMenuItems() {
        DocumentViewModel doc = text.model();
        MenuItem find = new MenuItem(m.get("menu.view.find"));
        find.setId("menuFind");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> {
            if (model.shownModeProperty().get() == DocumentMode.PAGE) {
                model.choose(DocumentMode.BOTH); // the hits are marked in the text
            }
            text.openFind();
        });
        MenuItem zoomIn = new MenuItem(m.get("menu.view.textZoomIn"));
        zoomIn.setId("menuTextZoomIn");
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> doc.zoomIn());
        MenuItem zoomOut = new MenuItem(m.get("menu.view.textZoomOut"));
        zoomOut.setId("menuTextZoomOut");
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> doc.zoomOut());
        MenuItem zoomReset = new MenuItem(m.get("menu.view.textZoomReset"));
        zoomReset.setId("menuTextZoomReset");
        zoomReset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        zoomReset.setOnAction(e -> doc.zoomReset());
        javafx.scene.control.CheckMenuItem reflow = new javafx.scene.control.CheckMenuItem(m.get("menu.view.reflow"));
        reflow.setId("menuReflow");
        reflow.selectedProperty().bindBidirectional(doc.reflowProperty());
        // Ctrl+plus is Ctrl+Shift+= on most keyboards, and the keypad's + and − work too.
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.ADD)) {
                doc.zoomIn();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.SUBTRACT) {
                doc.zoomOut();
                e.consume();
            }
        });
        return List.of(find, zoomIn, zoomOut, zoomReset, reflow);
    }

    private HBox titleBar() {
        ToggleGroup group = new ToggleGroup();
        HBox switchBox = new HBox();
        switchBox.getStyleClass().add("mode-switch");
        switchBox.setAlignment(Pos.CENTER_RIGHT);
        for (DocumentMode mode : DocumentMode.values()) {
            ToggleButton b = new ToggleButton(buttonText(mode));
            b.setId("mode" + label(mode));
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long title is cut, never the switch
            b.setTooltip(new Tooltip(m.get("document.mode.tooltip")));
            // a click on the pressed button keeps it pressed: one arrangement is always chosen
            b.setOnAction(e -> model.choose(mode));
            switches.put(mode, b);
            switchBox.getChildren().add(b);
        }
        switchBox.disableProperty().bind(model.availableProperty().not());
        model.shownModeProperty().addListener((obs, old, now) -> pressSwitch(now));
        pressSwitch(model.shownModeProperty().get());

        HBox.setHgrow(text.title(), Priority.ALWAYS);
        text.title().setMinWidth(0);
        HBox bar = new HBox(8, text.title(), switchBox);
        bar.setId("documentTitleBar");
        bar.getStyleClass().add("document-title-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void pressSwitch(DocumentMode mode) {
        switches.forEach((each, button) -> button.setSelected(each == mode));
    }

    private void arrange(DocumentMode mode) {
        setCenter(null);
        both.getItems().clear();
        switch (mode) {
            case TEXT -> setCenter(text);
            case PAGE -> setCenter(pages);
            case BOTH -> {
                both.getItems().setAll(text, pages);
                orientBoth(true);
                setCenter(both);
            }
        }
    }

    /** Below this width the Both view puts the text above the page instead of beside it. */
    static final double SIDE_BY_SIDE_FROM = 760;

    /** @param force place the divider again even when the orientation stays (the view was just chosen) */
    private void orientBoth(boolean force) {
        if (getCenter() != both && !force) {
            return;
        }
        javafx.geometry.Orientation wanted = getWidth() >= SIDE_BY_SIDE_FROM || getWidth() == 0
                ? javafx.geometry.Orientation.HORIZONTAL : javafx.geometry.Orientation.VERTICAL;
        if (!force && both.getOrientation() == wanted) {
            return; // the coder's divider stays where it was dragged
        }
        both.setOrientation(wanted);
        // The page's toolbar has a minimum width; the text must never be squeezed to a strip beside it.
        text.setMinWidth(wanted == javafx.geometry.Orientation.HORIZONTAL ? 260 : 0);
        text.setMinHeight(wanted == javafx.geometry.Orientation.VERTICAL ? 120 : 0);
        both.setDividerPositions(wanted == javafx.geometry.Orientation.HORIZONTAL ? 0.5 : 0.45);
    }

    /** The Both view's split (text first, page second), for tests and the screenshot option. */
    public SplitPane bothSplit() {
        return both;
    }

    private String buttonText(DocumentMode mode) {
        return switch (mode) {
            case TEXT -> m.get("document.mode.text");
            case PAGE -> m.get("document.mode.page");
            case BOTH -> m.get("document.mode.both");
        };
    }

    private String menuText(DocumentMode mode) {
        return switch (mode) {
            case TEXT -> m.get("menu.view.documentText");
            case PAGE -> m.get("menu.view.documentPage");
            case BOTH -> m.get("menu.view.documentBoth");
        };
    }

    private static String label(DocumentMode mode) {
        return mode.name().charAt(0) + mode.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
