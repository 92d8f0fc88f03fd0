package org.ogireview.gui.form;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireview.gui.common.OpenReport;
import org.ogireview.gui.common.ReviewSession;
import org.ogireview.model.ApplicantColumn;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.FieldType;
import org.ogireview.model.Figure;
import org.ogireview.model.OwnField;
import org.ogireview.model.OwnKeys;
import org.ogireview.model.ReportFormat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The form beside the report: the catalogue's fields for the report's format, grouped by section, each with its
 * stored figure or empty; figures of derived keys the report states ({@code .pct}); and for the standard-table
 * formats the application table as a grid. Rebuilt when another report opens or the format changes; otherwise
 * each field just follows its stored figure, so the focused editor is never replaced.
 */
public final class FormViewModel {

    public static final List<String> SECTIONS = List.of("meta", "proactive", "applications", "fees", "review",
            "other");

    private final ReviewSession session;
    private final FieldCatalog catalog;
    private final ObservableList<FormSection> sections = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ApplicationGrid> grid = new ReadOnlyObjectWrapper<>(this, "grid");
    private final ReadOnlyObjectWrapper<FieldViewModel> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final Map<String, FieldViewModel> fields = new LinkedHashMap<>();
    private long builtFor = -1;
    private ReportFormat builtFormat;
    /** The open report's report-specific fields (own.* keys): their labels as the report writes them. */
    private Map<String, OwnField> ownFields = Map.of();

    public FormViewModel(ReviewSession session, FieldCatalog catalog) {
        this.session = session;
        this.catalog = catalog;
        session.currentProperty().addListener((obs, old, now) -> follow(now));
        session.selectedKeyProperty().addListener((obs, old, now) -> selected.set(now == null ? null : fields.get(now)));
        follow(session.current());
    }

    public ObservableList<FormSection> sections() {
        return sections;
    }

    /** The application table as a grid; null for narrative reports. */
    public ReadOnlyObjectProperty<ApplicationGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FieldViewModel> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Optional<FieldViewModel> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    public List<FieldViewModel> allFields() {
        return List.copyOf(fields.values());
    }

    /**
     * Stores every editor whose text or qualifier differs from its figure. The desk calls it before another report
     * opens and before the window closes, when an editor may still hold a value it has not lost focus over.
     */
    public void commitPending() {
        for (FieldViewModel vm : List.copyOf(fields.values())) {
            if (vm.pending()) {
                vm.commit();
            }
        }
    }

    /** Makes a field the selected one: the document scrolls to its source. */
    public void select(String key) {
        session.selectedKeyProperty().set(key);
    }

    /** Catalogue keys (and their stated percentages) that the form does not show yet. */
    public List<FieldDef> addable() {
        List<FieldDef> out = new ArrayList<>();
        for (FieldDef def : catalog.fields()) {
            if (!fields.containsKey(def.key())) {
                out.add(def);
            }
            String pct = def.key() + FieldDef.PCT_SUFFIX;
            if (def.type() == FieldType.COUNT && !fields.containsKey(pct)) {
                catalog.find(pct).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Adds a field the report does not state to the form (nothing is stored until a value is entered). */
    public Optional<FieldViewModel> add(String key) {
        if (session.current() == null) {
            return Optional.empty();
        }
        FieldViewModel existing = fields.get(key);
        if (existing != null) {
            select(key);
            return Optional.of(existing);
        }
        Optional<FieldDef> def = resolve(key);
        if (def.isEmpty()) {
            return Optional.empty();
        }
        FieldViewModel vm = new FieldViewModel(def.get(), session, null);
        fields.put(key, vm);
        FormSection section = section(def.get().section());
        int at = indexAfterBase(section, def.get().baseKey());
        section.fields().add(at, vm);
        select(key);
        return Optional.of(vm);
    }

    private void follow(OpenReport open) {
        if (open == null) {
            fields.clear();
            sections.clear();
            grid.set(null);
            builtFor = -1;
            selected.set(null);
            return;
        }
        ReportFormat format = open.report().format() == null ? ReportFormat.NARRATIVE : open.report().format();
        boolean unknownFigure = open.figures().stream().anyMatch(f -> !fields.containsKey(f.key()));
        if (open.id() != builtFor || format != builtFormat || unknownFigure) {
            rebuild(open, format);
        } else {
            for (FieldViewModel vm : fields.values()) {
                vm.update(open.figure(vm.key()).orElse(null));
            }
        }
        markFailedChecks(open);
        String key = session.selectedKeyProperty().get();
        selected.set(key == null ? null : fields.get(key));
    }

    /** Tells every field which open failed checks it is part of, so the form can mark it. */
    private void markFailedChecks(OpenReport open) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        List<org.ogireview.model.CheckMark> marks = session.checkMarks();
        for (org.ogireview.model.Finding f : open.findings()) {
            if (!f.ran() || !f.failed()
                    || marks.stream().anyMatch(m -> org.ogireview.check.ReviewProgress.settles(m, f))) {
                continue;
            }
            String message = session.messages().chinese() ? f.messageZh() : f.messageEn();
            for (String key : f.fields()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
            }
        }
        for (FieldViewModel vm : fields.values()) {
            List<String> messages = byKey.get(vm.key());
            vm.showFailedCheck(messages == null ? null : String.join("\n", messages));
        }
    }

    /**
     * The fields in the order the form shows them: section by section, the application grid row by row (applicant
     * columns across) before the section's other fields. Keyboard review walks this order.
     */
    public List<FieldViewModel> formOrder() {
        List<FieldViewModel> out = new ArrayList<>();
        for (FormSection section : sections) {
            if (section.id().equals("applications") && grid.get() != null) {
                for (ApplicationGrid.Row row : grid.get().rows()) {
                    for (ApplicantColumn column : ApplicationGrid.columns()) {
                        FieldViewModel cell = row.cell(column);
                        if (cell != null) {
                            out.add(cell);
                        }
                    }
                }
            }
            out.addAll(section.fields());
        }
        return out;
    }

    private void rebuild(OpenReport open, ReportFormat format) {
        boolean sameReport = open.id() == builtFor;
        Set<String> keptAbsent = new LinkedHashSet<>();
        if (sameReport) {
            // Fields the coder added but has not filled in stay on the form across a format change.
            fields.values().stream().filter(FieldViewModel::absent).map(FieldViewModel::key).forEach(keptAbsent::add);
        }
        fields.clear();
        ownFields = OwnFormFields.of(session, open);
        Map<String, FormSection> bySection = new LinkedHashMap<>();
        for (String id : SECTIONS) {
            bySection.put(id, new FormSection(id, session.messages().get("section." + id)));
        }
        Map<String, Figure> figures = new LinkedHashMap<>();
        open.figures().forEach(f -> figures.put(f.key(), f));

        List<FieldDef> gridRows = format == ReportFormat.NARRATIVE ? List.of()
                : catalog.fieldsFor(format).stream().filter(d -> d.section().equals("applications")).toList();
        Set<String> gridKeys = new LinkedHashSet<>();
        List<ApplicationGrid.Row> rows = new ArrayList<>();
        for (FieldDef rowDef : gridRows) {
            Map<ApplicantColumn, FieldViewModel> cells = new EnumMap<>(ApplicantColumn.class);
            for (ApplicantColumn column : ApplicantColumn.values()) {
                String key = column.key(rowDef.key());
                FieldViewModel cell = new FieldViewModel(catalog.get(key), session, figures.get(key));
                cells.put(column, cell);
                fields.put(key, cell);
                gridKeys.add(key);
            }
            rows.add(new ApplicationGrid.Row(rowDef, cells));
        }

        List<String> listed = new ArrayList<>();
        for (FieldDef def : catalog.fieldsFor(format)) {
            if (!gridKeys.contains(def.key())) {
                listed.add(def.key());
            }
        }
        // Stated percentages and other derived keys go right after their base field; figures of fields the format
        // does not use still show (at the end of their section), so no stored figure is ever hidden.
        List<String> extra = new ArrayList<>();
        for (String key : figures.keySet()) {
            if (!gridKeys.contains(key) && !listed.contains(key)) {
                extra.add(key);
            }
        }
        extra.addAll(keptAbsent.stream().filter(k -> !gridKeys.contains(k) && !listed.contains(k)
                && !figures.containsKey(k)).toList());
        // report-specific figures in the order the report states them (the store lists them by key)
        extra.sort(java.util.Comparator.comparingInt((String k) -> OwnKeys.isOwn(k) && figures.containsKey(k)
                ? Math.max(0, figures.get(k).start()) : 0));
        for (String key : listed) {
            addRow(bySection, key, figures);
            for (String derived : extra) {
                if (FieldDef.baseKeyOf(derived).equals(key)) {
                    addRow(bySection, derived, figures);
                }
            }
        }
        for (String key : extra) {
            if (!fields.containsKey(key)) {
                addRow(bySection, key, figures);
            }
        }
        builtFor = open.id();
        builtFormat = format;
        grid.set(rows.isEmpty() ? null : new ApplicationGrid(rows));
        sections.setAll(bySection.values().stream()
                .filter(s -> !s.fields().isEmpty() || (s.id().equals("applications") && !rows.isEmpty())).toList());
    }

    private void addRow(Map<String, FormSection> bySection, String key, Map<String, Figure> figures) {
        Optional<FieldDef> def = resolve(key);
        if (def.isEmpty() || fields.containsKey(key)) {
            return;
        }
        FieldViewModel vm = new FieldViewModel(def.get(), session, figures.get(key));
        fields.put(key, vm);
        bySection.computeIfAbsent(sectionId(def.get().section()),
                id -> new FormSection(id, session.messages().get("section." + id))).fields().add(vm);
    }

    /** A catalogue field, or a report-specific one (own.*) under the report's own label. */
    private Optional<FieldDef> resolve(String key) {
        Optional<FieldDef> def = catalog.find(key);
        return def.isPresent() ? def : OwnFormFields.def(key, ownFields);
    }

    private FormSection section(String id) {
        String sid = sectionId(id);
        for (FormSection s : sections) {
            if (s.id().equals(sid)) {
                return s;
            }
        }
        FormSection created = new FormSection(sid, session.messages().get("section." + sid));
        int order = SECTIONS.indexOf(sid);
        int at = 0;
        while (at < sections.size() && SECTIONS.indexOf(sections.get(at).id()) < order) {
            at++;
        }
        sections.add(at, created);
        return created;
    }

    private static String sectionId(String section) {
        return SECTIONS.contains(section) ? section : "other";
    }

    private static int indexAfterBase(FormSection section, String baseKey) {
        int at = section.fields().size();
        for (int i = 0; i < section.fields().size(); i++) {
            if (FieldDef.baseKeyOf(section.fields().get(i).key()).equals(baseKey)) {
                at = i + 1;
            }
        }
        return at;
    }
}
