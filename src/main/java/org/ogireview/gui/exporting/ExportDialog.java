package org.ogireview.gui.exporting;

import org.ogireview.export.ExportLayout;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;


/** Asks which reports to export (all, the filtered list, the selected rows), in which layout, and with or without a
 * byte-order mark. */
public final class ExportDialog extends Dialog<ExportViewModel> {

    public ExportDialog(Window owner, ExportViewModel model, Messages m) {
        initOwner(owner);
        setTitle(m.get("export.title"));
        setHeaderText(m.get("export.header"));
        FxDialogService.style(this);
        getDialogPane().setId("exportDialog");
        VBox box = new VBox(6);
        box.setPadding(new Insets(6, 4, 6, 4));
        Label reports = new Label(m.get("export.scope"));
        reports.getStyleClass().add("section-title");
        box.getChildren().add(reports);
        ToggleGroup scopes = new ToggleGroup();
        for (ExportScope s : ExportScope.values()) {
            RadioButton b = new RadioButton(m.format("export.scope." + s.code(), model.count(s)));
            b.setId("exportScope" + Character.toUpperCase(s.code().charAt(0)) + s.code().substring(1));
            b.setToggleGroup(scopes);
            b.setUserData(s);
            b.setSelected(model.scopeProperty().get() == s);
            b.setDisable(s != ExportScope.ALL && model.count(s) == 0);
            b.setPadding(new Insets(0, 0, 0, 8));
            box.getChildren().add(b);
        }
        scopes.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n != null) {
                model.scopeProperty().set((ExportScope) n.getUserData());
            }
        });
        Label scopeHint = new Label(m.get("export.scope.hint"));
        scopeHint.getStyleClass().add("hint");
        scopeHint.setWrapText(true);
        scopeHint.setPadding(new Insets(0, 0, 4, 8));
        Label format = new Label(m.get("export.format"));
        format.getStyleClass().add("section-title");
        box.getChildren().addAll(scopeHint, new Separator(), format);

        ToggleGroup group = new ToggleGroup();
        for (ExportLayout layout : ExportLayout.values()) {
            RadioButton b = new RadioButton(m.get("export.layout." + layout.code()));
            b.setId("export" + Character.toUpperCase(layout.code().charAt(0)) + layout.code().substring(1));
            b.setToggleGroup(group);
            b.setUserData(layout);
            b.setSelected(model.layoutProperty().get() == layout);
            Label hint = new Label(m.get("export.layout." + layout.code() + ".hint"));
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            hint.setPadding(new Insets(0, 0, 4, 24));
            box.getChildren().addAll(b, hint);
        }
        for (DatasetLayout layout : DatasetLayout.values()) {
            RadioButton b = new RadioButton(m.get("export.layout." + layout.code()));
            b.setId("export" + Character.toUpperCase(layout.code().charAt(0)) + layout.code().substring(1));
            b.setToggleGroup(group);
            b.setUserData(layout);
            Label hint = new Label(m.get("export.layout." + layout.code() + ".hint"));
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            hint.setPadding(new Insets(0, 0, 4, 24));
            box.getChildren().addAll(b, hint);
        }
        group.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n != null && n.getUserData() instanceof ExportLayout l) {
                model.layoutProperty().set(l);
                model.datasetProperty().set(null);
            } else if (n != null && n.getUserData() instanceof DatasetLayout d) {
                model.datasetProperty().set(d);
            }
        });
        CheckBox bom = new CheckBox(m.get("export.bom"));
        bom.setId("exportBom");
        bom.disableProperty().bind(model.datasetProperty().isNotNull());
        bom.selectedProperty().bindBidirectional(model.bomProperty());
        Label bomHint = new Label(m.get("export.bom.hint"));
        bomHint.getStyleClass().add("hint");
        bomHint.setWrapText(true);
        bomHint.setPadding(new Insets(0, 0, 0, 24));
        box.getChildren().addAll(bom, bomHint);
        box.setPrefWidth(520);
        getDialogPane().setContent(box);
        ButtonType save = new ButtonType(m.get("export.choose"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        getDialogPane().lookupButton(save).setId("exportSave");
        setResultConverter(b -> b == save ? model : null);
    }
}
