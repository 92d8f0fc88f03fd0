package org.ogireview.gui.coding;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;

/** Asks which reports to mark for double coding and by whom; the view model does the marking. */
public final class AssignmentDialog extends Dialog<ButtonType> {

    public AssignmentDialog(Window owner, AssignmentViewModel model, boolean reportOpen, int listed, Messages m) {
        initOwner(owner);
        setTitle(m.get("coding.assign.title"));
        setHeaderText(m.get("coding.assign.header"));
        FxDialogService.style(this);
        getDialogPane().setId("assignmentDialog");
        TextField first = field("assignFirst", model.firstProperty());
        TextField second = field("assignSecond", model.secondProperty());
        ToggleGroup group = new ToggleGroup();
        RadioButton report = radio("assignReport", m.get("coding.assign.report"), group,
                AssignmentViewModel.Scope.REPORT, model);
        report.setDisable(!reportOpen);
        RadioButton list = radio("assignList", m.format("coding.assign.list", listed), group,
                AssignmentViewModel.Scope.LIST, model);
        RadioButton sample = radio("assignSample", m.get("coding.assign.sample"), group,
                AssignmentViewModel.Scope.SAMPLE, model);
        (reportOpen && model.scopeProperty().get() == AssignmentViewModel.Scope.REPORT ? report : list)
                .setSelected(true);
        TextField share = field("assignShare", model.shareProperty());
        TextField seed = field("assignSeed", model.seedProperty());
        share.setPrefColumnCount(5);
        seed.setPrefColumnCount(6);
        share.disableProperty().bind(sample.selectedProperty().not());
        seed.disableProperty().bind(sample.selectedProperty().not());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(m.get("coding.assign.first")), first);
        grid.addRow(1, new Label(m.get("coding.assign.second")), second);
        grid.add(report, 0, 2, 2, 1);
        grid.add(list, 0, 3, 2, 1);
        grid.add(new HBox(6, sample, share, new Label(m.get("coding.assign.seed")), seed), 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(
                new ButtonType(m.get("coding.assign.ok"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static RadioButton radio(String id, String text, ToggleGroup group, AssignmentViewModel.Scope scope,
                                     AssignmentViewModel model) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        r.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                model.scopeProperty().set(scope);
            }
        });
        return r;
    }
}
