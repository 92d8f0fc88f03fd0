package org.ogireview.gui.collection.findings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireview.export.AuditMemo;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.model.Division;
import org.ogireview.model.Divisions;
import org.ogireview.model.UserText;
import org.ogireview.store.CollectionFindings;
import org.ogireview.importing.UnusualValuePass;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The findings of the whole collection: every failed finding stored by the latest run of the checks, filtered by
 * rule, body, year, division and text; each opens its report in the desk at its figures, and can be marked "as
 * published" from here as from the checks panel. The store is read on the worker (never on the FX thread) and the
 * result handed back through {@code fx}; tests pass direct executors, so no toolkit is needed.
 */
public final class FindingsViewModel {

    /** A choice in a filter box: its value (null = any) and what the box shows. */
    public record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ReviewSession session;
    private final Executor worker;
    private final Executor fx;

    private final List<FindingItem> all = new ArrayList<>();
    private final ObservableList<FindingItem> shown = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> rules = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> bodies = FXCollections.observableArrayList();
    private final ObservableList<Choice<Integer>> years = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> divisions = FXCollections.observableArrayList();

    private final ObjectProperty<String> rule = new SimpleObjectProperty<>(this, "rule");
    private final ObjectProperty<Long> body = new SimpleObjectProperty<>(this, "body");
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ObjectProperty<String> division = new SimpleObjectProperty<>(this, "division");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty withSettled = new SimpleBooleanProperty(this, "withSettled");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public FindingsViewModel(ReviewSession session, Executor worker, Executor fx) {
        this.session = session;
        this.worker = worker;
        this.fx = fx;
        for (javafx.beans.Observable o : List.of(rule, body, year, division, text, withSettled)) {
            o.addListener(x -> applyFilter());
        }
    }

    public ObservableList<FindingItem> shown() {
        return shown;
    }

    public ObservableList<Choice<String>> ruleChoices() {
        return rules;
    }

    public ObservableList<Choice<Long>> bodyChoices() {
        return bodies;
    }

    public ObservableList<Choice<Integer>> yearChoices() {
        return years;
    }

    public ObservableList<Choice<String>> divisionChoices() {
        return divisions;
    }

    public ObjectProperty<String> ruleProperty() {
        return rule;
    }

    public ObjectProperty<Long> bodyProperty() {
        return body;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<String> divisionProperty() {
        return division;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty withSettledProperty() {
        return withSettled;
    }

    /** True while the store is read or written on the worker. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How many are shown of how many, or what the last action did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public FindingsFilter filter() {
        return new FindingsFilter(rule.get(), body.get(), year.get(), division.get(), text.get(),
                withSettled.get());
    }

    /** Reads the findings again (on the worker); the filters stay as set. */
    public void reload() {
        reload(null);
    }

    private void reload(String then) {
        busy.set(true);
        status.set(session.messages().get("findings.loading"));
        worker.execute(() -> {
            try {
                List<CollectionFindings.Row> rows = CollectionFindings.read(session.store());
                Divisions known = Divisions.standard();
                List<FindingItem> items = rows.stream().map(r -> FindingItem.of(r, known)).toList();
                fx.execute(() -> {
                    all.clear();
                    all.addAll(items);
                    choices(known);
                    busy.set(false);
                    applyFilter();
                    if (then != null) {
                        status.set(then + " " + status.get());
                    }
                });
            } catch (Exception e) {
                fx.execute(() -> failed(e));
            }
        });
    }

    /**
     * Opens the finding's report in the desk with its figures marked and its first figure selected, as a click on
     * the finding in the checks panel does. False when the report could not be opened (the user was told).
     */
    public boolean open(FindingItem item) {
        if (!session.open(item.row().reportId())) {
            return false;
        }
        List<String> fields = item.row().finding().fields();
        if (!fields.isEmpty()) {
            session.checkFieldsProperty().set(fields);
            session.selectedKeyProperty().set(fields.get(0));
        }
        return true;
    }

    /**
     * The coder's word, as in the checks panel: the report itself says so (or, for an unusual value, it is
     * explained), with a note. Opens the report at the finding first, so the coder sees what is marked and the
     * desk's counts follow. False when nothing was saved.
     */
    public boolean markAsPublished(FindingItem item, String note) {
        if (!open(item)) {
            return false;
        }
        if (!session.markAsPublished(item.row().finding(), note == null ? "" : note.strip())) {
            return false;
        }
        reload();
        return true;
    }

    /** Runs the collection-level check (unusual values) on the worker, then reads the findings again. */
    public void lookForUnusualValues() {
        busy.set(true);
        status.set(session.messages().get("findings.unusual.running"));
        worker.execute(() -> {
            try {
                UnusualValuePass.Result r = UnusualValuePass.run(session.store());
                fx.execute(() -> {
                    session.reload(); // the open report's checks panel shows what changed
                    reload(session.messages().format("findings.unusual.done", r.reports(), r.flagged()));
                });
            } catch (Exception e) {
                fx.execute(() -> failed(e));
            }
        });
    }

    /** Writes the audit memo of these findings (the chosen ones, else all shown) on the worker. */
    public void writeMemo(List<FindingItem> items, Path target, Consumer<Path> done) {
        List<CollectionFindings.Row> rows = items.stream().map(FindingItem::row).toList();
        busy.set(true);
        worker.execute(() -> {
            try {
                int n = AuditMemo.write(session.store(), rows, AuditMemo.selectedScope(session.messages().locale()),
                        session.messages().locale(), target, new org.ogireview.export.MemoSources(
                                org.ogireview.ingest.PrintedPages::of, org.ogireview.check.RuleText::of));
                fx.execute(() -> {
                    busy.set(false);
                    status.set(session.messages().format("findings.memo.done", n, target.toString()));
                    done.accept(target);
                });
            } catch (Exception e) {
                fx.execute(() -> failed(e));
            }
        });
    }

    private void failed(Exception e) {
        busy.set(false);
        String why = UserText.of(e, session.messages().locale());
        status.set(why);
        session.dialogs().showError(session.messages().get("findings.error.title"), why, e);
    }

    private void applyFilter() {
        FindingsFilter f = filter();
        shown.setAll(all.stream().filter(f::keeps).toList());
        status.set(session.messages().format("findings.count", shown.size(), all.stream().filter(i -> i.row().open())
                .count(), all.size()));
    }

    /** The filter boxes offer what the findings hold, each with its count; a choice that vanished falls back to any. */
    private void choices(Divisions known) {
        var m = session.messages();
        Map<String, Integer> ruleCounts = new TreeMap<>();
        Map<Long, String> bodyNames = new TreeMap<>();
        Map<Integer, Integer> yearCounts = new TreeMap<>(Comparator.reverseOrder());
        Map<String, Integer> divisionCounts = new TreeMap<>();
        int unusual = 0;
        for (FindingItem i : all) {
            ruleCounts.merge(i.ruleBase(), 1, Integer::sum);
            unusual += i.unusual() ? 1 : 0;
            if (i.row().bodyId() != null) {
                bodyNames.putIfAbsent(i.row().bodyId(), i.row().bodyOrRegion());
            }
            if (i.row().year() != null) {
                yearCounts.merge(i.row().year(), 1, Integer::sum);
            }
            for (String d : i.divisions()) {
                divisionCounts.merge(d, 1, Integer::sum);
            }
        }
        List<Choice<String>> r = new ArrayList<>();
        r.add(new Choice<>(null, m.get("findings.any.rule")));
        if (unusual > 0) {
            r.add(new Choice<>(FindingsFilter.UNUSUAL, m.format("findings.rule.unusual", unusual)));
        }
        ruleCounts.forEach((k, n) -> r.add(new Choice<>(k, k + " (" + n + ")")));
        rules.setAll(r);
        List<Choice<Long>> b = new ArrayList<>();
        b.add(new Choice<>(null, m.get("findings.any.body")));
        bodyNames.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> b.add(new Choice<>(e.getKey(), e.getValue())));
        bodies.setAll(b);
        List<Choice<Integer>> y = new ArrayList<>();
        y.add(new Choice<>(null, m.get("findings.any.year")));
        yearCounts.forEach((k, n) -> y.add(new Choice<>(k, k + " (" + n + ")")));
        years.setAll(y);
        List<Choice<String>> d = new ArrayList<>();
        d.add(new Choice<>(null, m.get("findings.any.division")));
        divisionCounts.forEach((code, n) -> {
            Division div = known.byCode(code).orElse(null);
            int depth = div == null ? 0 : known.path(div).size() - 1;
            d.add(new Choice<>(code, "\u2003".repeat(depth) + (div == null ? code : div.name()) + " (" + n + ")"));
        });
        divisions.setAll(d);
        if (rule.get() != null && r.stream().noneMatch(c -> rule.get().equals(c.value()))) {
            rule.set(null);
        }
        if (body.get() != null && !bodyNames.containsKey(body.get())) {
            body.set(null);
        }
        if (year.get() != null && !yearCounts.containsKey(year.get())) {
            year.set(null);
        }
        if (division.get() != null && !divisionCounts.containsKey(division.get())) {
            division.set(null);
        }
    }
}
