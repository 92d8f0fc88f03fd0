package org.ogireview.gui.bodies;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.Body;
import org.ogireview.model.Divisions;
import org.ogireview.store.BodyRegistry;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportStore;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bodies of the collection: a table (id, name, kind, division, years, confirmed) and the coder's changes: confirm,
 * rename (a new name asked through the dialog service), a division chosen from the tree of divisions
 * ({@link DivisionPicker}), a merge into a body chosen from the list ({@link MergeTargetPicker}), a split by the
 * reports ticked ({@link SplitPicker}). Every change is saved and written to the audit log at once.
 */
public final class BodiesDialog extends Dialog<Void> {

    @FunctionalInterface
    private interface Change {
        void run() throws Exception;
    }

    private final BodiesViewModel model;
    private final DialogService dialogs;
    private final Messages m;
    private final DivisionSearch divisions = new DivisionSearch(Divisions.standard());

    public BodiesDialog(Window owner, BodiesViewModel model, DialogService dialogs, Messages m) {
        this.model = model;
        this.dialogs = dialogs;
        this.m = m;
        initOwner(owner);
        setTitle(m.get("bodies.title"));
        setHeaderText(m.get("bodies.header"));
        FxDialogService.style(this);
        getDialogPane().setId("bodiesDialog");
        setResizable(true);

        TableView<Body> table = new TableView<>(model.bodies());
        table.setId("bodiesTable");
        table.getColumns().add(column(m.get("bodies.col.id"), b -> Long.toString(b.id()), 50));
        table.getColumns().add(column(m.get("bodies.col.name"), Body::name, 200));
        table.getColumns().add(column(m.get("bodies.col.kind"), b -> m.chinese() ? b.kind().zh() : b.kind().en(),
                150));
        table.getColumns().add(column(m.get("bodies.col.division"), BodiesViewModel::division, 230));
        table.getColumns().add(column(m.get("bodies.col.years"),
                b -> b.years().stream().map(String::valueOf).collect(Collectors.joining(" ")), 110));
        table.getColumns().add(column(m.get("bodies.col.confirmed"), b -> b.confirmed() ? "✓" : "", 70));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button confirm = button("bodiesConfirm", m.get("bodies.confirm"), model::confirm);
        Button rename = button("bodiesRename", m.get("bodies.rename"), () -> dialogs.askText(m.get("bodies.rename"),
                m.get("bodies.rename.prompt"), model.selectedProperty().get().name()).ifPresent(this::rename));
        Button division = button("bodiesDivision", m.get("bodies.division"), () -> new DivisionPicker(
                getDialogPane().getScene().getWindow(), divisions, model.selectedProperty().get(), m)
                .showAndWait().ifPresent(d -> act(() -> model.setDivision(d))));
        Button merge = button("bodiesMerge", m.get("bodies.merge"), () -> new MergeTargetPicker(
                getDialogPane().getScene().getWindow(), model.selectedProperty().get(), model.bodies(), m)
                .showAndWait().ifPresent(into -> act(() -> model.mergeInto(into.id()))));
        Button split = button("bodiesSplit", m.get("bodies.split"), () -> new SplitPicker(
                getDialogPane().getScene().getWindow(), model.selectedProperty().get(), model.reportsOfSelected(), m)
                .showAndWait().ifPresent(c -> act(() -> model.split(c.reports(), c.name()))));
        for (Button b : List.of(confirm, rename, division, merge, split)) {
            b.disableProperty().bind(model.selectedProperty().isNull());
        }
        HBox buttons = new HBox(6, confirm, rename, division, merge, split);
        VBox box = new VBox(8, table, buttons);
        box.setPadding(new Insets(6, 4, 6, 4));
        box.setPrefSize(900, 480);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("button.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        act(model::reload);
    }

    /** Edit ▸ Bodies is offered when the store is the database (a stand-in store keeps no bodies). */
    public static boolean available(ReportStore store) {
        return store instanceof H2ReportStore;
    }

    /** Shows the bodies of the store's database; the coder's name is asked for when a change needs it. */
    public static void show(Window owner, ReportStore store, Supplier<Optional<String>> coder, DialogService dialogs,
                            Messages m) {
        if (store instanceof H2ReportStore h2) {
            new BodiesDialog(owner, new BodiesViewModel(new BodyRegistry(h2.database()), store, coder), dialogs, m)
                    .showAndWait();
        }
    }

    private static TableColumn<Body, String> column(String title, Function<Body, String> value, double width) {
        TableColumn<Body, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Button button(String id, String text, Change change) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> act(change));
        return b;
    }

    private void rename(String name) {
        act(() -> model.rename(name));
    }

    private void act(Change change) {
        try {
            change.run();
        } catch (Exception e) {
            dialogs.showError(m.get("bodies.problem"), org.ogireview.model.UserText.of(e).in(m.locale()));
        }
    }
}
