package org.ogireview.gui.coding;

import org.ogireview.model.UserText;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ogireview.coding.AgreementReport;
import org.ogireview.coding.AgreementTable;
import org.ogireview.coding.AgreementTable.Aspect;
import org.ogireview.coding.Estimate;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Agreement per field, section and overall, with 95% bootstrap intervals; Save CSV writes the command's file. */
public final class AgreementDialog extends Dialog<Void> {

    public AgreementDialog(Window owner, AgreementViewModel model, DialogService dialogs, Messages m) {
        initOwner(owner);
        setTitle(m.get("coding.agreement.title"));
        setHeaderText(m.get("coding.agreement.header"));
        FxDialogService.style(this);
        getDialogPane().setId("agreementDialog");
        setResizable(true);
        TableView<AgreementTable.Row> table = new TableView<>(model.rows());
        table.setId("agreementTable");
        table.getColumns().add(column(m.get("coding.col.field"), r -> r.scope().equals("field") ? r.key()
                : "[" + r.scope() + "] " + r.key(), 230));
        table.getColumns().add(column(m.get("coding.col.label"), AgreementTable.Row::label, 170));
        table.getColumns().add(column("n", r -> Integer.toString(r.n()), 50));
        table.getColumns().add(column(m.get("coding.col.agreement"), r -> percent(r.measures().get(Aspect.VALUE)
                .percent()), 80));
        table.getColumns().add(column(m.get("coding.col.alpha"), r -> interval(r.measures().get(Aspect.VALUE)
                .alpha()) + " " + r.valueMetric().code(), 190));
        table.getColumns().add(column(m.get("coding.col.kappa"), r -> interval(r.measures().get(Aspect.VALUE)
                .kappa()), 150));
        table.getColumns().add(column(m.get("coding.col.qualifier"), r -> interval(r.measures()
                .get(Aspect.QUALIFIER).alpha()), 150));
        table.getColumns().add(column(m.get("coding.col.status"), r -> interval(r.measures().get(Aspect.STATUS)
                .alpha()), 150));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label state = new Label(m.get("coding.agreement.computing"));
        state.setId("agreementState");
        Button save = new Button(m.get("coding.agreement.save"));
        save.setId("agreementSave");
        save.setOnAction(e -> dialogs.chooseSaveFile(m.get("coding.agreement.save"), null, "agreement.csv",
                List.of(new FileChooser.ExtensionFilter("CSV", "*.csv"))).ifPresent((Path p) -> {
                    try {
                        model.save(p);
                        state.setText(m.format("coding.agreement.saved", p));
                    } catch (Exception ex) {
                        dialogs.showError(m.get("coding.agreement.title"), UserText.of(ex, m.locale()), ex);
                    }
                }));
        VBox box = new VBox(8, table, save, state);
        box.setPadding(new Insets(6, 4, 6, 4));
        box.setPrefSize(1200, 560);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Thread worker = new Thread(() -> {
            try {
                List<AgreementTable.Row> rows = model.compute();
                Platform.runLater(() -> {
                    model.rows().setAll(rows);
                    state.setText(rows.isEmpty() ? m.get("coding.agreement.none") : "");
                });
            } catch (Exception ex) {
                Platform.runLater(() -> state.setText(UserText.of(ex, m.locale())));
            }
        }, "agreement");
        worker.setDaemon(true);
        worker.start();
    }

    private static String percent(Estimate e) {
        return e.defined() ? String.format(Locale.ROOT, "%.1f%%", 100 * e.value()) : "—";
    }

    private static String interval(Estimate e) {
        if (e == null) {
            return "";
        }
        if (!e.defined()) {
            return "—";
        }
        return AgreementReport.number(e.value()).substring(0, 5) + (Double.isNaN(e.low()) ? ""
                : String.format(Locale.ROOT, " [%.2f, %.2f]", e.low(), e.high()));
    }

    private static TableColumn<AgreementTable.Row, String> column(String title,
                                                                  Function<AgreementTable.Row, String> value,
                                                                  double width) {
        TableColumn<AgreementTable.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
