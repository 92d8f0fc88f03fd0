package org.ogireview.gui.document;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ogireview.gui.common.OpenReport;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.model.Figure;

import java.util.List;
import java.util.Optional;

/**
 * The report text as the coder reads it: the text, its paragraph styles (table rows drawn as a framed grid), and
 * the style runs marking every figure's source and the selected one. The view only copies these into the area.
 */
public final class DocumentViewModel {

    private final ReviewSession session;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<List<List<String>>> paragraphStyles =
            new ReadOnlyObjectWrapper<>(this, "paragraphStyles", List.of());
    private final ReadOnlyObjectWrapper<List<StyleRun>> styles =
            new ReadOnlyObjectWrapper<>(this, "styles", List.of());
    /** The span to bring into view: the selected figure's source, or null when it has none. */
    private final ReadOnlyObjectWrapper<Span> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private long shownReport = -1;
    /** Joins the hard line breaks of text copied from a PDF (see {@link Reflow}); offsets stay the same. */
    private final javafx.beans.property.BooleanProperty reflow =
            new javafx.beans.property.SimpleBooleanProperty(this, "reflow", false);
    /** The find bar's phrase; its hits are marked in the text. */
    private final javafx.beans.property.StringProperty findPhrase =
            new javafx.beans.property.SimpleStringProperty(this, "findPhrase", "");
    private final ReadOnlyObjectWrapper<List<int[]>> hits = new ReadOnlyObjectWrapper<>(this, "hits", List.of());
    private final javafx.beans.property.ReadOnlyIntegerWrapper currentHit =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "currentHit", -1);
    /** The hit to bring into view (the current one), null when none. */
    private final ReadOnlyObjectWrapper<Span> hitFocus = new ReadOnlyObjectWrapper<>(this, "hitFocus");
    /** The report text's size, 1 = the stylesheet's (Ctrl+plus / Ctrl+minus). */
    private final javafx.beans.property.DoubleProperty textZoom =
            new javafx.beans.property.SimpleDoubleProperty(this, "textZoom", 1);

    public DocumentViewModel(ReviewSession session) {
        this.session = session;
        session.currentProperty().addListener((obs, old, now) -> show(now));
        session.selectedKeyProperty().addListener((obs, old, now) -> restyle());
        session.checkFieldsProperty().addListener((obs, old, now) -> restyle());
        reflow.addListener((obs, old, now) -> {
            shownReport = -1;
            show(session.current());
        });
        findPhrase.addListener((obs, old, now) -> find());
        show(session.current());
    }

    public javafx.beans.property.BooleanProperty reflowProperty() {
        return reflow;
    }

    public javafx.beans.property.StringProperty findPhraseProperty() {
        return findPhrase;
    }

    public ReadOnlyObjectProperty<List<int[]>> hitsProperty() {
        return hits.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyIntegerProperty currentHitProperty() {
        return currentHit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Span> hitFocusProperty() {
        return hitFocus.getReadOnlyProperty();
    }

    public javafx.beans.property.DoubleProperty textZoomProperty() {
        return textZoom;
    }

    public void zoomIn() {
        textZoom.set(Math.min(2.5, Math.round((textZoom.get() + 0.1) * 10) / 10.0));
    }

    public void zoomOut() {
        textZoom.set(Math.max(0.6, Math.round((textZoom.get() - 0.1) * 10) / 10.0));
    }

    public void zoomReset() {
        textZoom.set(1);
    }

    /** Goes to the next hit (wrapping); false when there is none. */
    public boolean findNext() {
        return step(1);
    }

    public boolean findPrevious() {
        return step(-1);
    }

    private boolean step(int by) {
        List<int[]> all = hits.get();
        if (all.isEmpty()) {
            return false;
        }
        currentHit.set(currentHit.get() < 0 ? (by > 0 ? 0 : all.size() - 1)
                : Math.floorMod(currentHit.get() + by, all.size()));
        restyle();
        int[] h = all.get(currentHit.get());
        hitFocus.set(null);
        hitFocus.set(new Span(h[0], h[1]));
        return true;
    }

    private void find() {
        hits.set(ReportFind.hits(text.get(), findPhrase.get()));
        currentHit.set(-1);
        hitFocus.set(null);
        if (!hits.get().isEmpty()) {
            step(1);
        } else {
            restyle();
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<List<String>>> paragraphStylesProperty() {
        return paragraphStyles.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<StyleRun>> stylesProperty() {
        return styles.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Span> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** A click in the text: selects the figure whose source covers the offset. */
    public Optional<Figure> clickAt(int offset) {
        OpenReport open = session.current();
        if (open == null) {
            return Optional.empty();
        }
        Optional<Figure> hit = open.figureAt(offset);
        hit.ifPresent(f -> session.selectedKeyProperty().set(f.key()));
        return hit;
    }

    /** The number in a selected stretch of the text. */
    public Optional<SelectedValue> numberIn(int start, int end) {
        return SelectedValue.number(text.get(), start, end);
    }

    /** The words of a selected stretch of the text, for a text field. */
    public Optional<SelectedValue> textIn(int start, int end) {
        return SelectedValue.text(text.get(), start, end);
    }

    private void show(OpenReport open) {
        long id = open == null ? -1 : open.id();
        if (id != shownReport || open == null) {
            String shown = open == null ? "" : DocumentLayout.displayText(open.report().text());
            if (reflow.get()) {
                shown = Reflow.apply(shown);
            }
            // Styles first: the view applies them when the text changes, so they must fit the new text already.
            shownReport = id;
            styles.set(List.of(new StyleRun(shown.length(), List.of())));
            paragraphStyles.set(DocumentLayout.paragraphStyles(shown));
            text.set(shown);
            find();
        }
        restyle();
    }

    private void restyle() {
        OpenReport open = session.current();
        if (open == null) {
            styles.set(List.of(new StyleRun(0, List.of())));
            focus.set(null);
            return;
        }
        String key = session.selectedKeyProperty().get();
        // The chosen check's numbers stay marked while the coder is on one of them.
        List<String> inCheck = session.checkFieldsProperty().get();
        java.util.Set<String> marked = key != null && inCheck != null && inCheck.contains(key)
                ? java.util.Set.copyOf(inCheck) : java.util.Set.of();
        styles.set(DocumentLayout.textStyles(text.get(), open.figures(), key, marked, hits.get(),
                currentHit.get()));
        Figure selected = key == null ? null : open.figure(key).orElse(null);
        focus.set(selected != null && selected.hasSource() && selected.end() <= text.get().length()
                ? new Span(selected.start(), selected.end()) : null);
    }

    /** A stretch of the text, [start, end). */
    public record Span(int start, int end) {
    }
}
