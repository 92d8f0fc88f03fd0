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
            b.append("  ·  ").append(m.get("document.needsManual")).append(' ').append(r.needsManual());
        }
        return b.toString();
    }
}
