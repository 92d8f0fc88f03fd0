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

    public DocumentPane(DocumentViewModel textModel, ReviewSession session, MenuItem assignAction) {
        this.m = session.messages();
        this.model = new PageViewModel(session);
        this.text = new DocumentView(textModel, session, assignAction);
        this.pages = new PageView(model, m);
        getStyleClass().add("document-pane");
        both.setId("documentBoth");
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
        return items;
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
                both.setDividerPositions(0.5);
                setCenter(both);
            }
        }
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
