package org.ogireview.gui.collection.findings;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ogireview.gui.common.DeskStyle;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.ReviewSession;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * View ▸ Findings across reports: the collection's findings in one sortable, filterable list beside the desk (a
 * window of its own, so the coder can keep it open while the desk shows the report). Double-click or Enter opens
 * the report at the finding's figures; "Mark as published…" asks for a note as the checks panel does; "Audit
 * memo…" writes the memo of the chosen findings (all shown when none is chosen); "Look for unusual values" runs the
 * collection-level check again.
 */
public final class FindingsWindow extends Stage {

    private final FindingsViewModel model;
    private final ReviewSession session;
    private final Messages m;
    private final TableView<FindingItem> table = new TableView<>();

    public FindingsWindow(Window owner, ReviewSession session, Executor worker) {
        this.session = session;
        this.m = session.messages();
        this.model = new FindingsViewModel(session, worker, Platform::runLater);
        initOwner(owner);
        setTitle(m.get("findings.title"));

        table.setId("findingsTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(m.get("findings.empty")));
        SortedList<FindingItem> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<FindingItem, String> rule = column("findings.col.rule", i -> i.row().finding().rule(), 215);
        TableColumn<FindingItem, String> body = column("findings.col.body", i -> i.row().bodyOrRegion(), 150);
        TableColumn<FindingItem, Integer> year = new TableColumn<>(m.get("findings.col.year"));
        year.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().row().year()));
        year.setPrefWidth(56);
        TableColumn<FindingItem, String> fields = column("findings.col.fields", i -> i.row().finding().fieldList(),
                150);
        TableColumn<FindingItem, String> message = column("findings.col.message", i -> i.message(m.chinese()), 430);
        TableColumn<FindingItem, String> state = column("findings.col.state", i -> i.row().open()
                ? m.get("findings.state.open") : m.get("findings.state.published"), 90);
        state.setMinWidth(80);
        table.getColumns().setAll(List.of(rule, body, year, fields, state, message));
        // the message takes what the others leave: it is the column people read
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<FindingItem> row = new TableRow<>() {
                @Override
                protected void updateItem(FindingItem item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null ? null : new Tooltip(tip(item)));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                model.open(selected());
                e.consume();
            }
        });

        TextField text = new TextField();
        text.setId("findingsText");
        text.setPromptText(m.get("findings.text.prompt"));
        text.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        CheckBox settled = new CheckBox(m.get("findings.withSettled"));
        settled.setId("findingsSettled");
        settled.selectedProperty().bindBidirectional(model.withSettledProperty());
        HBox filters = new HBox(6, box("findingsRule", model.ruleChoices(), model.ruleProperty(), 240),
                box("findingsBody", model.bodyChoices(), model.bodyProperty(), 150),
                box("findingsYear", model.yearChoices(), model.yearProperty(), 100),
                box("findingsDivision", model.divisionChoices(), model.divisionProperty(), 150), text, settled);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(6));

        Button open = button("findingsOpen", "findings.open", () -> model.open(selected()));
        Button mark = button("findingsMark", "findings.mark", this::mark);
        Button memo = button("findingsMemo", "findings.memo", this::memo);
        Button unusual = button("findingsUnusual", "findings.unusual", model::lookForUnusualValues);
        unusual.setTooltip(new Tooltip(m.get("findings.unusual.tip")));
        Button refresh = button("findingsRefresh", "findings.refresh", model::reload);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        mark.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        memo.disableProperty().bind(model.busyProperty());
        unusual.disableProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("findingsStatus");
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(6, open, mark, memo, gap, status, unusual, refresh);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(6));

        BorderPane root = new BorderPane(table, filters, null, actions, null);
        root.setId("findingsRoot");
        Scene scene = new Scene(root, 1180, 620);
        DeskStyle.apply(scene);
        setScene(scene);
        model.shown().addListener((ListChangeListener<FindingItem>) c -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        model.reload();
    }

    public FindingsViewModel model() {
        return model;
    }

    public TableView<FindingItem> table() {
        return table;
    }

    private FindingItem selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void mark() {
        FindingItem item = selected();
        if (item == null) {
            return;
        }
        session.dialogs().askText(m.get("checks.asPublished"), m.get("checks.note"),
                item.row().mark() == null ? "" : item.row().mark().note())
                .ifPresent(note -> model.markAsPublished(item, note));
    }

    private void memo() {
        List<FindingItem> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        List<FindingItem> items = chosen.size() > 1 ? chosen : List.copyOf(table.getItems());
        session.dialogs().chooseSaveFile(m.get("findings.memo"), session.preferences().exportFolder().orElse(null),
                        "audit-memo-" + LocalDate.now() + ".html", List.of(new FileChooser.ExtensionFilter("HTML",
                                "*.html")))
                .ifPresent(target -> model.writeMemo(items, target, t -> { }));
    }

    private String tip(FindingItem item) {
        StringBuilder b = new StringBuilder(item.message(m.chinese()));
        b.append("\n").append(item.row().fileName());
        if (item.row().mark() != null && item.row().mark().asPublished()) {
            b.append("\n").append(m.format("findings.tip.note", item.row().mark().note(), item.row().mark().coder()));
        }
        return b.toString();
    }

    private TableColumn<FindingItem, String> column(String key, Function<FindingItem, String> value, double width) {
        TableColumn<FindingItem, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
            }
        });
        return c;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A filter box over the model's choices, kept in step with its property both ways. */
    private static <T> ComboBox<FindingsViewModel.Choice<T>> box(String id,
            ObservableList<FindingsViewModel.Choice<T>> choices, ObjectProperty<T> value, double width) {
        ComboBox<FindingsViewModel.Choice<T>> box = new ComboBox<>(choices);
        box.setId(id);
        box.setPrefWidth(width);
        box.valueProperty().addListener((o, a, c) -> {
            if (c != null) {
                value.set(c.value());
            }
        });
        Runnable follow = () -> choices.stream().filter(c -> java.util.Objects.equals(c.value(), value.get()))
                .findFirst().ifPresent(c -> {
                    if (box.getValue() != c) {
                        box.setValue(c);
                    }
                });
        choices.addListener((ListChangeListener<FindingsViewModel.Choice<T>>) c -> follow.run());
        value.addListener((o, a, b) -> follow.run());
        return box;
    }
}
