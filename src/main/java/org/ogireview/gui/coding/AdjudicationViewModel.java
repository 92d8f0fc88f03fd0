package org.ogireview.gui.coding;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireview.coding.Disagreement;
import org.ogireview.coding.DoubleCoding;
import org.ogireview.coding.DoubleCoding.Choice;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.store.StoreException;

import java.util.List;
import java.util.function.Supplier;

/**
 * The adjudication queue: every figure two coders coded differently, decided or not. A decision takes the first or
 * the second coder's value or a third one, with the note typed so far; the selection then moves to the next
 * undecided disagreement, so the adjudicator settles one after another with one key each.
 */
public final class AdjudicationViewModel {

    private final DoubleCoding coding;
    private final Supplier<String> adjudicator;
    private final ObservableList<Disagreement> items = FXCollections.observableArrayList();
    private final ObjectProperty<Disagreement> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");

    public AdjudicationViewModel(DoubleCoding coding, Supplier<String> adjudicator) {
        this.coding = coding;
        this.adjudicator = adjudicator;
    }

    public ObservableList<Disagreement> items() {
        return items;
    }

    public ObjectProperty<Disagreement> selectedProperty() {
        return selected;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public long undecided() {
        return items.stream().filter(d -> !d.decided()).count();
    }

    public void reload() throws StoreException {
        items.setAll(coding.disagreements());
        if (selected.get() == null || items.stream().noneMatch(d -> same(d, selected.get()))) {
            selected.set(items.stream().filter(d -> !d.decided()).findFirst()
                    .orElse(items.isEmpty() ? null : items.get(0)));
        }
    }

    /** Takes the first or second coder's figure for the selected disagreement. */
    public void decide(Choice choice) throws StoreException {
        decide(choice, null);
    }

    /** A value neither coder gave (qualifier exact); the first coder's span is kept as where it was read. */
    public void decideThird(String value) throws StoreException {
        Disagreement d = selected.get();
        Figure base = d.first() != null ? d.first() : d.second();
        Figure third = new Figure(d.key(), value.strip(), Qualifier.EXACT, FigureStatus.CORRECTED,
                base == null ? -1 : base.start(), base == null ? -1 : base.end(), base == null ? "" : base.snippet(),
                1.0, "", Qualifier.EXACT);
        decide(Choice.THIRD, third);
    }

    private void decide(Choice choice, Figure third) throws StoreException {
        Disagreement d = selected.get();
        if (d == null) {
            return;
        }
        coding.adjudicate(d, adjudicator.get(), choice, third, note.get());
        note.set("");
        int at = indexOf(d);
        List<Disagreement> fresh = coding.disagreements();
        items.setAll(fresh);
        Disagreement next = null;
        for (int i = 1; i <= fresh.size() && next == null; i++) {
            Disagreement candidate = fresh.get((at + i) % fresh.size());
            if (!candidate.decided()) {
                next = candidate;
            }
        }
        selected.set(next != null ? next : fresh.stream().filter(x -> same(x, d)).findFirst().orElse(null));
    }

    private int indexOf(Disagreement d) {
        for (int i = 0; i < items.size(); i++) {
            if (same(items.get(i), d)) {
                return i;
            }
        }
        return 0;
    }

    private static boolean same(Disagreement a, Disagreement b) {
        return a.reportId() == b.reportId() && a.key().equals(b.key());
    }

    /** "30000 (more_than)" or "—" for a figure a coder does not have. */
    public static String show(Figure f) {
        if (f == null) {
            return "—";
        }
        String q = f.qualifier().code();
        String v = f.value().isEmpty() ? "(" + f.status().code() + ")" : f.value();
        return v + (q.isEmpty() || q.equals(f.status().code()) ? "" : " (" + q + ")")
                + (f.status() == FigureStatus.AUTO ? " · auto" : "");
    }
}
