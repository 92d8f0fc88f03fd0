package org.ogireview.gui.form;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.gui.document.SelectedValue;
import org.ogireview.model.FieldDef;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

import java.util.Objects;

/**
 * One field of the form: the stored figure (null while the report does not state it), the text in its editor and
 * its qualifier. {@link #commit()} turns what the coder typed into a stored change; nothing typed is dropped
 * silently: an invalid value stays in the editor with an error message.
 */
public final class FieldViewModel {

    private final FieldDef def;
    private final ReviewSession session;
    private final ReadOnlyObjectWrapper<Figure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Qualifier> qualifier = new SimpleObjectProperty<>(this, "qualifier", Qualifier.EXACT);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper failedCheck = new ReadOnlyStringWrapper(this, "failedCheck");

    public FieldViewModel(FieldDef def, ReviewSession session, Figure figure) {
        this.def = def;
        this.session = session;
        show(figure);
    }

    public FieldDef def() {
        return def;
    }

    public String key() {
        return def.key();
    }

    public ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public Figure figure() {
        return figure.get();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Qualifier> qualifierProperty() {
        return qualifier;
    }

    /** The problem with the typed value, in the desk's language; null when there is none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * The messages of the failed checks this field is part of and the coder has not marked "as published", one a
     * line in the desk's language; null when it is in none.
     */
    public ReadOnlyStringProperty failedCheckProperty() {
        return failedCheck.getReadOnlyProperty();
    }

    /** Set by the form after every run of the checks. */
    void showFailedCheck(String messages) {
        failedCheck.set(messages == null || messages.isBlank() ? null : messages);
    }

    /** The stored figure's status; NOT_STATED while the field has no figure at all. */
    public FigureStatus status() {
        Figure f = figure.get();
        return f == null ? FigureStatus.NOT_STATED : f.status();
    }

    /** True while the report has no figure for this field (the coder has not added or marked it). */
    public boolean absent() {
        return figure.get() == null;
    }

    /** True when the editor holds something not stored yet. */
    public boolean pending() {
        Figure f = figure.get();
        String stored = f == null ? "" : f.value();
        Qualifier q = f == null ? Qualifier.EXACT : f.qualifier();
        return !stored.equals(text.get() == null ? "" : text.get()) || q != qualifier.get();
    }

    /** Shows a stored figure (after a load, a save or an undo); the editor follows. */
    void show(Figure f) {
        figure.set(f);
        text.set(f == null ? "" : f.value());
        qualifier.set(f == null ? Qualifier.EXACT : f.qualifier());
        error.set(null);
    }

    /** Called when the figure in the store may have changed: redraws only when it did, so focus is kept. */
    void update(Figure f) {
        if (!Objects.equals(f, figure.get())) {
            show(f);
        }
    }

    /**
     * Stores what the editor holds (typed value and qualifier). A cleared editor marks the figure "not stated";
     * the blank qualifier stores an empty value with status blank-in-source.
     *
     * @return false when the typed value is invalid or the save was refused
     */
    public boolean commit() {
        ValueFormat.Parsed parsed = ValueFormat.parse(def.type(), text.get());
        if (!parsed.ok()) {
            error.set(session.messages().get(parsed.errorKey()));
            return false;
        }
        error.set(null);
        String value = parsed.value();
        Qualifier q = qualifier.get() == null ? Qualifier.EXACT : qualifier.get();
        Figure before = figure.get();
        if (q == Qualifier.BLANK_IN_SOURCE) {
            value = "";
        }
        if (before == null && value.isEmpty() && q != Qualifier.BLANK_IN_SOURCE) {
            text.set("");
            return true;
        }
        if (before != null && before.value().equals(value) && before.qualifier() == q) {
            text.set(value);
            return true;
        }
        Figure base = before != null ? before : added(def.key());
        Figure after;
        String action;
        if (q == Qualifier.BLANK_IN_SOURCE) {
            after = base.withValue("", Qualifier.BLANK_IN_SOURCE);
            action = "blank";
        } else if (value.isEmpty()) {
            after = new Figure(base.key(), "", Qualifier.EXACT, FigureStatus.NOT_STATED, base.start(), base.end(),
                    base.snippet(), base.confidence(), base.extractedValue(), base.extractedQualifier());
            action = "not_stated";
        } else {
            after = base.withValue(value, q);
            action = "edit";
        }
        return apply(before, after, action);
    }

    /** The coder agrees with the extractor's figure as it is (a reviewed figure needs no confirming). */
    public boolean confirm() {
        Figure before = figure.get();
        if (before == null) {
            return false;
        }
        if (!text.get().equals(before.value()) || qualifier.get() != before.qualifier()) {
            // The editor holds an uncommitted change: confirming means storing it.
            return commit();
        }
        if (before.status() != FigureStatus.AUTO) {
            return false;
        }
        return apply(before, before.withStatus(before.qualifier() == Qualifier.BLANK_IN_SOURCE
                ? FigureStatus.BLANK_IN_SOURCE : FigureStatus.CONFIRMED), "confirm");
    }

    /** The report does not state this figure: stored so the field counts as reviewed. */
    public boolean markNotStated() {
        text.set("");
        qualifier.set(Qualifier.EXACT);
        Figure before = figure.get();
        if (before != null && before.status() == FigureStatus.NOT_STATED) {
            return false;
        }
        Figure base = before != null ? before : added(def.key());
        Figure after = new Figure(base.key(), "", Qualifier.EXACT, FigureStatus.NOT_STATED, base.start(),
                base.end(), base.snippet(), base.confidence(), base.extractedValue(), base.extractedQualifier());
        return apply(before, after, "not_stated");
    }

    /** The publisher left the number out. */
    public boolean markBlank() {
        qualifier.set(Qualifier.BLANK_IN_SOURCE);
        return commit();
    }

    /**
     * Takes what the coder selected in the report (a number for a numeric field, the words for a text or date
     * field), and its span as the figure's source.
     */
    public boolean assign(SelectedValue number) {
        ValueFormat.Parsed parsed = ValueFormat.parse(def.type(), number.value());
        if (!parsed.ok()) {
            error.set(session.messages().get(parsed.errorKey()));
            return false;
        }
        Figure before = figure.get();
        Figure base = before != null ? before : added(def.key());
        boolean same = before != null && before.value().equals(parsed.value())
                && before.qualifier() == number.qualifier();
        Figure after = (same ? base.withStatus(FigureStatus.CONFIRMED) : base.withValue(parsed.value(),
                number.qualifier())).withSource(number.start(), number.end(), number.snippet());
        return apply(before, after, "source");
    }

    private boolean apply(Figure before, Figure after, String action) {
        if (session.save(before, after, action)) {
            show(after);
            return true;
        }
        // Not stored (no coder name, or the database refused and the user was told). The typed value stays in
        // the editor so nothing the coder typed is lost; the next commit tries again.
        error.set(session.messages().get("value.error.notSaved"));
        return false;
    }

    /** A figure the coder adds: no source in the text, nothing proposed by the extractor. */
    private static Figure added(String key) {
        return new Figure(key, "", Qualifier.EXACT, FigureStatus.NOT_STATED, -1, -1, "", 0, "", Qualifier.EXACT);
    }
}
