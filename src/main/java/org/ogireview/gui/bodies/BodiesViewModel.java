package org.ogireview.gui.bodies;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireview.model.Body;
import org.ogireview.model.Divisions;
import org.ogireview.store.BodyRegistry;
import org.ogireview.store.StoreException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The bodies window's state: every body with its division and years, the selected one, and the coder's changes
 * (confirm, rename, set the division, merge, split), each saved at once and written to the audit log by
 * {@link BodyRegistry}. A change that fails leaves the list as the database holds it and says why.
 */
public final class BodiesViewModel {

    private final BodyRegistry registry;
    private final Supplier<Optional<String>> coder;
    private final ObservableList<Body> bodies = FXCollections.observableArrayList();
    private final ObjectProperty<Body> selected = new SimpleObjectProperty<>(this, "selected");

    public BodiesViewModel(BodyRegistry registry, Supplier<Optional<String>> coder) {
        this.registry = registry;
        this.coder = coder;
    }

    public ObservableList<Body> bodies() {
        return bodies;
    }

    public ObjectProperty<Body> selectedProperty() {
        return selected;
    }

    /** Links reports not yet linked, then reads the bodies again, keeping the selection where it can. */
    public void reload() throws StoreException {
        registry.linkNewReports(coder.get().orElse("app"));
        Long keep = selected.get() == null ? null : selected.get().id();
        bodies.setAll(registry.bodies());
        selected.set(keep == null ? null : bodies.stream().filter(b -> b.id() == keep).findFirst().orElse(null));
    }

    /** The division as the list shows it: 江苏省 淮安市 洪泽区 (320813), or the candidates of an ambiguous name. */
    public static String division(Body b) {
        if (b.divisionCode() == null) {
            return b.candidates().isEmpty() ? "" : "? " + String.join(" ", b.candidates());
        }
        Divisions d = Divisions.standard();
        return d.byCode(b.divisionCode()).map(x -> {
            List<String> names = new ArrayList<>();
            d.path(x).forEach(p -> names.add(p.name()));
            return String.join(" ", names) + " (" + x.code() + ")";
        }).orElse(b.divisionCode());
    }

    public void confirm() throws StoreException {
        Body b = require();
        registry.confirm(b.id(), coderName());
        reload();
    }

    public void rename(String name) throws StoreException {
        registry.rename(require().id(), name, coderName());
        reload();
    }

    public void setDivision(String code) throws StoreException {
        registry.setDivision(require().id(), code.isBlank() ? null : code.strip(), coderName());
        reload();
    }

    public void mergeInto(long into) throws StoreException {
        Body b = require();
        registry.merge(b.id(), into, coderName());
        reload();
        selected.set(bodies.stream().filter(x -> x.id() == into).findFirst().orElse(null));
    }

    /** Moves the reports of the given years to a new body of that name. */
    public long split(List<Integer> years, String name) throws StoreException {
        Body b = require();
        List<Long> reports = new ArrayList<>();
        for (long id : registry.reportsOf(b.id())) {
            reports.add(id);
        }
        List<Long> chosen = registry.reportsOfYears(b.id(), years);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no report of " + b.name() + " in " + years);
        }
        if (chosen.size() == reports.size()) {
            throw new IllegalArgumentException("a split leaves some reports where they are");
        }
        long created = registry.split(b.id(), chosen, name, coderName());
        reload();
        return created;
    }

    private Body require() {
        Body b = selected.get();
        if (b == null) {
            throw new IllegalStateException("select a body first");
        }
        return b;
    }

    private String coderName() {
        return coder.get().orElseThrow(() -> new IllegalStateException("no coder name given"));
    }
}
