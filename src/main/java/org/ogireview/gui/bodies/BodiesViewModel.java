package org.ogireview.gui.bodies;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireview.importing.BodyLinker;
import org.ogireview.importing.DatasetLinks;
import org.ogireview.model.Body;
import org.ogireview.model.Division;
import org.ogireview.model.Divisions;
import org.ogireview.store.BodyRegistry;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoreException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The bodies window's state: every body with its division and years, the selected one, and the coder's changes
 * (confirm, rename, set the division, merge, split), each saved at once and written to the audit log by
 * {@link BodyRegistry}. A change that fails leaves the list as the database holds it and says why.
 */
public final class BodiesViewModel {

    /** One report of a body, as the split picker lists it. */
    public record ReportLine(long id, Integer year, String fileName) {
        @Override
        public String toString() {
            return (year == null ? "—" : year.toString()) + "  ·  " + fileName + "  (#" + id + ")";
        }
    }

    private final BodyRegistry registry;
    private final BodyLinker linker = new BodyLinker();
    private final ReportStore store;
    private final Supplier<Optional<String>> coder;
    private final ObservableList<Body> bodies = FXCollections.observableArrayList();
    private final ObjectProperty<Body> selected = new SimpleObjectProperty<>(this, "selected");

    /** @param store where the reports' years and file names are read for the split picker */
    public BodiesViewModel(BodyRegistry registry, ReportStore store, Supplier<Optional<String>> coder) {
        this.registry = registry;
        this.store = store;
        this.coder = coder;
    }

    /**
     * The reports of the selected body, by year: one line per dataset report, its further files (the .pdf of a
     * .txt) named on its line, since they go where it goes.
     */
    public List<ReportLine> reportsOfSelected() throws StoreException {
        Body b = require();
        Map<Long, ReportSummary> byId = new HashMap<>();
        for (ReportSummary r : store.list()) {
            byId.put(r.id(), r);
        }
        DatasetKeys keys = DatasetLinks.keys(store);
        List<ReportLine> out = new ArrayList<>();
        for (long id : registry.reportsOf(b.id())) {
            ReportSummary r = byId.get(id);
            if (r == null || keys.isCopy(id)) {
                continue;
            }
            DatasetKeys.Row k = keys.get(id);
            String files = k == null || k.sourceFiles().isEmpty() ? r.fileName() : String.join(" + ", k.sourceFiles());
            out.add(new ReportLine(id, r.year(), files));
        }
        return out;
    }

    /** The chosen dataset reports and their further files, which go with them. */
    private List<Long> withCopies(List<Long> chosen, long bodyId) throws StoreException {
        DatasetKeys keys = DatasetLinks.keys(store);
        List<Long> out = new ArrayList<>(chosen);
        for (long id : registry.reportsOf(bodyId)) {
            DatasetKeys.Row k = keys.get(id);
            if (k != null && k.duplicateOf() != null && chosen.contains(k.duplicateOf()) && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    public ObservableList<Body> bodies() {
        return bodies;
    }

    public ObjectProperty<Body> selectedProperty() {
        return selected;
    }

    /**
     * Links reports not yet linked, then reads the bodies again, keeping the selection where it can. The app's own
     * links are not logged (decision 0211), so looking at the bodies never asks for the coder's name.
     */
    public void reload() throws StoreException {
        linker.linkNewReports(registry);
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

    /** Sets the selected body's division (null clears it). */
    public void setDivision(Division division) throws StoreException {
        registry.setDivision(require().id(), division == null ? null : division.code(), coderName());
        reload();
    }

    public void mergeInto(long into) throws StoreException {
        Body b = require();
        registry.merge(b.id(), into, coderName());
        reload();
        selected.set(bodies.stream().filter(x -> x.id() == into).findFirst().orElse(null));
    }

    /** Moves the chosen reports of the selected body to a new body of that name, which is then selected. */
    public long split(List<Long> reports, String name) throws StoreException {
        Body b = require();
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("no report of " + b.name() + " chosen");
        }
        List<Long> moving = withCopies(reports, b.id());
        if (moving.size() >= registry.reportsOf(b.id()).size()) {
            throw new IllegalArgumentException("a split leaves some reports where they are");
        }
        long created = registry.split(b.id(), moving, name, coderName());
        reload();
        selected.set(bodies.stream().filter(x -> x.id() == created).findFirst().orElse(null));
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
