package org.ogireview.gui.document;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.OpenReport;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.model.Report;

import java.util.Collection;
import java.util.List;

/**
 * The original report's text, read-only and wrapped, with every extracted figure marked. Clicking a marked number
 * selects its field; selecting the field scrolls here and marks its source. Its title goes in the title bar of the
 * {@link DocumentPane} around it.
 */
public final class DocumentView extends BorderPane {

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final DocumentViewModel model;
    private final Label title = new Label();

    public DocumentView(DocumentViewModel model, ReviewSession session, MenuItem assignAction) {
        this.model = model;
        Messages m = session.messages();
        getStyleClass().add("document-view");
        area.setId("reportText");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("report-text");
        // Padding on the area itself upsets VirtualizedScrollPane's layout; the stylesheet pads the paragraphs.

        MenuItem assign = new MenuItem(assignAction.getText());
        assign.setOnAction(assignAction.getOnAction());
        assign.setAccelerator(assignAction.getAccelerator());
        area.setContextMenu(new ContextMenu(assign));

        title.setId("documentTitle");
        title.getStyleClass().add("document-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setText(m.get("document.none"));
        session.currentProperty().addListener((obs, old, now) -> title.setText(titleOf(now, m)));
        // A long title is cut in a narrow pane: the tooltip holds it whole.
        javafx.scene.control.Tooltip titleTip = new javafx.scene.control.Tooltip();
        titleTip.textProperty().bind(title.textProperty());
        titleTip.setWrapText(true);
        titleTip.setMaxWidth(600);
        title.setTooltip(titleTip);

        model.textProperty().addListener((obs, old, now) -> showText(now));
        model.stylesProperty().addListener((obs, old, now) -> applyStyles(now));
        model.focusProperty().addListener((obs, old, now) -> {
            if (now != null) {
                reveal(now);
            }
        });
        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && area.getSelection().getLength() == 0) {
                model.clickAt(area.getCaretPosition());
            }
        });
        showText(model.textProperty().get());
        applyStyles(model.stylesProperty().get());

        setCenter(new VirtualizedScrollPane<>(area));
        setBottom(findBar(m));
        setTop(notes);
        notes.setId("importNotes");
        notes.getStyleClass().add("import-notes");
        notes.setWrapText(true);
        notes.setMaxWidth(Double.MAX_VALUE);
        showNotes(session.currentProperty().get(), m);
        session.currentProperty().addListener((obs, old, now) -> showNotes(now, m));

        // Text zoom: the paragraphs' Text nodes take the area's font size (the stylesheet gives the base).
        Runnable zoom = () -> area.setStyle("-fx-font-size: " + Math.round(BASE_FONT * model.textZoomProperty().get()
                * 10) / 10.0 + "px;");
        model.textZoomProperty().addListener((obs, old, now) -> zoom.run());
        zoom.run();
        model.hitFocusProperty().addListener((obs, old, now) -> {
            if (now != null) {
                reveal(now);
            }
        });
    }

    private final Label notes = new Label();

    /**
     * What the import said about the file (an unreadable page, a weak charset guess), in the window's language: the
     * notes are stored as message keys, so a language switch (which builds the view again) words them anew.
     */
    private void showNotes(OpenReport open, Messages m) {
        java.util.List<org.ogireview.model.UserText> said = open == null ? java.util.List.of() : open.report().notes();
        org.ogireview.model.UserText all = org.ogireview.model.UserText.joined(said);
        notes.setText(all == null ? "" : m.format("document.importNotes", all.in(m.locale())));
        notes.setVisible(all != null);
        notes.setManaged(all != null);
    }

    /** The report text's font size at zoom 1. */
    static final double BASE_FONT = 14.5;

    private final javafx.scene.control.TextField findField = new javafx.scene.control.TextField();
    private javafx.scene.layout.HBox findBox;

    /** Ctrl+F: shows the find bar with the selected text (if any) as the phrase, ready to type. */
    public void openFind() {
        findBox.setVisible(true);
        findBox.setManaged(true);
        String selected = area.getSelectedText();
        if (selected != null && !selected.isBlank() && selected.length() < 60 && !selected.contains("\n")) {
            findField.setText(selected.strip());
        }
        findField.requestFocus();
        findField.selectAll();
    }

    /** Esc in the find bar: hides it and drops the marks. */
    public void closeFind() {
        findField.setText("");
        findBox.setVisible(false);
        findBox.setManaged(false);
        area.requestFocus();
    }

    private javafx.scene.layout.HBox findBar(Messages m) {
        findField.setId("findField");
        findField.setPromptText(m.get("find.prompt"));
        javafx.scene.layout.HBox.setHgrow(findField, javafx.scene.layout.Priority.ALWAYS);
        model.findPhraseProperty().bindBidirectional(findField.textProperty());
        javafx.scene.control.Button previous = new javafx.scene.control.Button("↑");
        previous.setId("findPrevious");
        previous.setTooltip(new javafx.scene.control.Tooltip(m.get("find.previous")));
        previous.setOnAction(e -> model.findPrevious());
        javafx.scene.control.Button next = new javafx.scene.control.Button("↓");
        next.setId("findNext");
        next.setTooltip(new javafx.scene.control.Tooltip(m.get("find.next")));
        next.setOnAction(e -> model.findNext());
        Label count = new Label();
        count.setId("findCount");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int n = model.hitsProperty().get().size();
            if (model.findPhraseProperty().get() == null || model.findPhraseProperty().get().isBlank()) {
                return "";
            }
            return n == 0 ? m.get("find.none") : m.format("find.count", model.currentHitProperty().get() + 1, n);
        }, model.hitsProperty(), model.currentHitProperty(), model.findPhraseProperty()));
        javafx.scene.control.Button close = new javafx.scene.control.Button("×");
        close.setId("findClose");
        close.setTooltip(new javafx.scene.control.Tooltip(m.get("find.close")));
        close.setOnAction(e -> closeFind());
        for (javafx.scene.control.Button b : List.of(previous, next, close)) {
            b.setFocusTraversable(false);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        findField.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case ENTER -> {
                    if (e.isShiftDown()) {
                        model.findPrevious();
                    } else {
                        model.findNext();
                    }
                    e.consume();
                }
                case ESCAPE -> {
                    closeFind();
                    e.consume();
                }
                default -> { }
            }
        });
        findBox = new javafx.scene.layout.HBox(4, findField, count, previous, next, close);
        findBox.setId("findBar");
        findBox.getStyleClass().add("find-bar");
        findBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        findBox.setPadding(new javafx.geometry.Insets(4, 6, 4, 6));
        // Shown by Ctrl+F, and whenever a phrase is set (the list's text search opened this report).
        boolean shown = !model.findPhraseProperty().get().isBlank();
        findBox.setVisible(shown);
        findBox.setManaged(shown);
        model.findPhraseProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank() && !findBox.isVisible()) {
                findBox.setVisible(true);
                findBox.setManaged(true);
            }
        });
        return findBox;
    }

    public DocumentViewModel model() {
        return model;
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /** The report's name, year and format, for the pane's title bar ({@link DocumentPane} places it). */
    public Label title() {
        return title;
    }

    private void showText(String text) {
        area.replaceText(text == null ? "" : text);
        List<List<String>> paragraphs = model.paragraphStylesProperty().get();
        int count = Math.min(paragraphs.size(), area.getParagraphs().size());
        for (int i = 0; i < count; i++) {
            if (!paragraphs.get(i).isEmpty()) {
                area.setParagraphStyle(i, paragraphs.get(i));
            }
        }
        applyStyles(model.stylesProperty().get());
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    private void applyStyles(List<StyleRun> runs) {
        int length = area.getLength();
        int total = runs.stream().mapToInt(StyleRun::length).sum();
        if (runs.isEmpty() || total != length || length == 0) {
            // The styles of another text (the new one is on its way): applying them would throw.
            return;
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (StyleRun run : runs) {
            b.add(run.styles(), run.length());
        }
        StyleSpans<Collection<String>> spans = b.create();
        area.setStyleSpans(0, spans);
    }

    /** Brings a figure's source into view, in the middle of the area, with the caret on it. */
    private void reveal(DocumentViewModel.Span span) {
        if (span.end() > area.getLength()) {
            return;
        }
        int paragraph = area.offsetToPosition(span.start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                .getMajor();
        area.moveTo(span.start());
        area.showParagraphAtCenter(paragraph);
    }

    private static String titleOf(OpenReport open, Messages m) {
        if (open == null) {
            return m.get("document.none");
        }
        Report r = open.report();
        StringBuilder b = new StringBuilder();
        if (r.region() != null) {
            b.append(r.region()).append("  ");
        }
        if (r.year() != null) {
            b.append(r.year()).append("  ");
        }
        b.append(r.fileName());
        if (r.format() != null) {
            b.append("  ·  ").append(m.get("format." + r.format().code()));
        }
        if (r.needsManual() != null) {
            b.append("  ·  ").append(m.get("document.needsManual")).append(' ')
                    .append(r.needsManual().in(m.locale()));
        }
        return b.toString();
    }
}
