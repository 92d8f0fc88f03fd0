package org.ogireview.gui.form;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ogireview.gui.common.Listeners;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.ApplicantColumn;
import org.ogireview.model.FieldDef;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The form: one titled group per section, one line per field (label, typed editor, qualifier, status, confirm),
 * the application table as a grid for the standard-table formats, and below it all the selected field in detail.
 */
public final class FormView extends BorderPane {

    private final FormViewModel model;
    private final Messages m;
    private final VBox content = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Map<String, Control> editors = new HashMap<>();
    private final Map<String, List<Node>> rowNodes = new HashMap<>();
    private final Map<String, TitledPane> panes = new HashMap<>();
    private final java.util.Set<List<FieldViewModel>> observed =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final FieldDetailPane detail;
    private final Runnable addField;

    public FormView(FormViewModel model, Messages messages, Runnable addField) {
        this.model = model;
        this.m = messages;
        this.addField = addField;
        getStyleClass().add("form-view");
        setId("form");
        content.getStyleClass().add("form-content");
        content.setPadding(new Insets(8));
        scroll.setFitToWidth(true);
        scroll.setId("formScroll");
        detail = new FieldDetailPane(messages);
        setCenter(scroll);
        setBottom(detail);

        model.sections().addListener((ListChangeListener<FormSection>) c -> rebuild());
        model.selectedProperty().addListener((obs, old, now) -> select(old, now));
        rebuild();
    }

    /** The editor of a field, when the form shows it. */
    public Control editor(String key) {
        return editors.get(key);
    }

    private void rebuild() {
        editors.clear();
        rowNodes.clear();
        panes.clear();
        content.getChildren().clear();
        if (model.sections().isEmpty()) {
            Label none = new Label(m.get("form.none"));
            none.getStyleClass().add("placeholder");
            content.getChildren().add(none);
            detail.show(null);
            return;
        }
        for (FormSection section : model.sections()) {
            VBox body = new VBox(8);
            if (!section.fields().isEmpty()) {
                body.getChildren().add(fieldGrid(section));
            }
            if (section.id().equals("applications") && model.gridProperty().get() != null) {
                body.getChildren().add(0, applicationGrid(model.gridProperty().get()));
            }
            TitledPane pane = new TitledPane(section.title(), body);
            pane.setId(FormIds.section(section.id()));
            pane.getStyleClass().add("form-section");
            panes.put(section.id(), pane);
            content.getChildren().add(pane);
        }
        Button add = new Button(m.get("form.addField"));
        add.setId("addField");
        add.setOnAction(e -> addField.run());
        HBox footer = new HBox(add);
        footer.setPadding(new Insets(4, 0, 8, 0));
        content.getChildren().add(footer);
        select(null, model.selectedProperty().get());
    }

    private GridPane fieldGrid(FormSection section) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("field-grid");
        grid.setHgap(4);
        grid.setVgap(2);
        // Fixed widths after the label, so editors line up from one section to the next. Narrow enough that the
        // whole line (label, value, qualifier, status, confirm) fits the form at 1280×800 without scrolling
        // sideways; the label wraps instead.
        ColumnConstraints label = new ColumnConstraints(FormWidths.LABEL_MIN, 190, Double.MAX_VALUE);
        label.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, fixed(FormWidths.EDITOR), fixed(FormWidths.QUALIFIER),
                fixed(FormWidths.STATUS), fixed(26), fixed(26));
        int row = 0;
        if (observed.add(section.fields())) {
            // A field the coder adds appears in place: the form is laid out again once the change is done.
            section.fields().addListener((ListChangeListener<FieldViewModel>) c -> Platform.runLater(this::rebuild));
        }
        for (FieldViewModel field : section.fields()) {
            Runnable select = () -> model.select(field.key());
            VBox labels = labels(field.def());
            labels.setOnMouseClicked(e -> select.run());
            Control editor = FieldEditor.create(field, m, select);
            editors.put(field.key(), editor);
            Label source = sourceLine(field);
            HBox.setHgrow(source, Priority.ALWAYS);
            grid.add(labels, 0, row);
            editor.setMaxWidth(Double.MAX_VALUE);
            grid.add(editor, 1, row);
            javafx.scene.control.ComboBox<?> qualifier = QualifierChoice.create(field, m);
            qualifier.setMaxWidth(Double.MAX_VALUE);
            grid.add(qualifier, 2, row);
            Label badge = FieldActions.statusBadge(field, m);
            badge.setMaxWidth(Double.MAX_VALUE);
            grid.add(badge, 3, row);
            grid.add(FieldActions.confirmButton(field, m), 4, row);
            grid.add(FieldActions.more(field, m, select), 5, row);
            grid.add(source, 1, row + 1, 5, 1);
            GridPane.setValignment(labels, javafx.geometry.VPos.CENTER);
            rowNodes.put(field.key(), List.of(labels, source));
            row += 2;
        }
        return grid;
    }

    private static ColumnConstraints fixed(double width) {
        ColumnConstraints c = new ColumnConstraints(width, width, width);
        c.setFillWidth(true);
        return c;
    }

    /** The standard application table as printed: outcomes down, the seven applicant columns across. */
    private Node applicationGrid(ApplicationGrid table) {
        GridPane grid = new GridPane();
        grid.setId("applicationGrid");
        grid.getStyleClass().add("application-grid");
        grid.setHgap(3);
        grid.setVgap(3);
        ColumnConstraints label = new ColumnConstraints(96, 200, Double.MAX_VALUE);
        label.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(label);
        int col = 1;
        for (ApplicantColumn column : ApplicationGrid.columns()) {
            ColumnConstraints cc = new ColumnConstraints(40, 56, 90);
            cc.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(cc);
            Label head = new Label(column.labelZh());
            head.setWrapText(true);
            head.setTooltip(new Tooltip(column.labelEn()));
            head.getStyleClass().add("grid-head");
            head.setMaxWidth(Double.MAX_VALUE);
            head.setAlignment(Pos.CENTER);
            grid.add(head, col++, 0);
        }
        Label corner = new Label(m.get("grid.corner"));
        corner.getStyleClass().addAll("grid-head", "grid-corner");
        grid.add(corner, 0, 0);
        int row = 1;
        for (ApplicationGrid.Row r : table.rows()) {
            Label name = new Label(r.def().labelZh());
            name.getStyleClass().add("grid-row-label");
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            name.setTooltip(new Tooltip(r.def().labelEn() + "\n" + r.def().key()));
            name.setMaxWidth(Double.MAX_VALUE);
            name.setOnMouseClicked(e -> model.select(r.def().key()));
            grid.add(name, 0, row);
            col = 1;
            for (ApplicantColumn column : ApplicationGrid.columns()) {
                FieldViewModel cell = r.cell(column);
                Control editor = FieldEditor.create(cell, m, () -> model.select(cell.key()));
                editor.getStyleClass().add("grid-cell");
                if (column == ApplicantColumn.TOTAL) {
                    editor.getStyleClass().add("grid-total");
                }
                if (editor instanceof javafx.scene.control.TextField tf) {
                    tf.setPrefColumnCount(3);
                    tf.setMinWidth(40);
                }
                editor.setMaxWidth(Double.MAX_VALUE);
                editors.put(cell.key(), editor);
                rowNodes.put(cell.key(), List.of(name));
                grid.add(editor, col++, row);
            }
            row++;
        }
        Label caption = new Label(m.get("grid.caption"));
        caption.getStyleClass().add("grid-caption");
        caption.setWrapText(true);
        return new VBox(4, caption, grid);
    }

    private VBox labels(FieldDef def) {
        Label zh = new Label(def.labelZh());
        zh.getStyleClass().add("label-zh");
        zh.setWrapText(true);
        Label en = new Label(def.labelEn());
        en.getStyleClass().add("label-en");
        en.setWrapText(true);
        VBox box = new VBox(0, zh, en);
        box.getStyleClass().add("field-labels");
        Tooltip.install(box, new Tooltip(def.key() + (def.notes() == null || def.notes().isBlank() ? ""
                : "\n" + def.notes())));
        return box;
    }

    private Label sourceLine(FieldViewModel field) {
        Label source = new Label();
        source.setId(FormIds.source(field.key()));
        source.getStyleClass().add("source-line");
        Runnable update = () -> {
            String error = field.errorProperty().get();
            source.getStyleClass().remove("error-line");
            if (error != null) {
                source.getStyleClass().add("error-line");
                source.setText(error);
            } else {
                source.setText(FieldDetailPane.sourceText(field, m));
            }
            source.setTooltip(source.getText().isEmpty() ? null : new Tooltip(source.getText()));
            source.setManaged(!source.getText().isEmpty());
            source.setVisible(!source.getText().isEmpty());
        };
        Listeners.attach(source, field.figureProperty(), (obs, o, n) -> update.run());
        Listeners.attach(source, field.errorProperty(), (obs, o, n) -> update.run());
        update.run();
        return source;
    }

    private void select(FieldViewModel old, FieldViewModel now) {
        if (old != null) {
            rowNodes.getOrDefault(old.key(), List.of()).forEach(n -> n.getStyleClass().remove("selected-field"));
            Control e = editors.get(old.key());
            if (e != null) {
                e.getStyleClass().remove("selected-cell");
            }
        }
        detail.show(now);
        if (now == null) {
            return;
        }
        rowNodes.getOrDefault(now.key(), List.of()).forEach(n -> {
            if (!n.getStyleClass().contains("selected-field")) {
                n.getStyleClass().add("selected-field");
            }
        });
        Control editor = editors.get(now.key());
        if (editor == null) {
            return;
        }
        editor.getStyleClass().add("selected-cell");
        TitledPane pane = panes.get(FormViewModel.SECTIONS.contains(now.def().section()) ? now.def().section()
                : "other");
        if (pane != null && !pane.isExpanded()) {
            pane.setExpanded(true);
        }
        if (!editor.isFocused()) {
            // After the pulse that lays out the detail pane below, so the viewport's height is the final one.
            // Only if it is still the selected field by then: a fast Ctrl+Enter may have moved on meanwhile, and
            // focusing a field selects it, which would send the next keystroke back to a figure already done.
            Platform.runLater(() -> Platform.runLater(() -> {
                if (model.selectedProperty().get() == now && editor.getScene() != null) {
                    reveal(editor);
                    editor.requestFocus();
                }
            }));
        }
    }

    /** Scrolls the form to a field's editor, opening its section when closed. */
    public void reveal(String key) {
        Control editor = editors.get(key);
        if (editor != null) {
            panes.values().stream().filter(p -> isInside(editor, p) && !p.isExpanded())
                    .forEach(p -> p.setExpanded(true));
            reveal(editor);
        }
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls the form so the node is in view (ScrollPane has no such method). */
    private void reveal(Node node) {
        content.applyCss();
        content.layout();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || inContent == null) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double margin = Math.min(80, viewport / 6);
        if (inContent.getMinY() >= top + margin && inContent.getMaxY() <= top + viewport - margin) {
            return;
        }
        double target = inContent.getMinY() - viewport / 3;
        scroll.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }
}
