package org.ogireview.gui.bodies;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.Body;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a body: the coder ticks the reports that belong to another body and names it. At least one report must
 * go and at least one must stay.
 */
public final class SplitPicker extends Dialog<SplitPicker.Choice> {

    /** The reports that form the new body, and its name. */
    public record Choice(List<Long> reports, String name) {
    }

    public SplitPicker(Window owner, Body body, List<BodiesViewModel.ReportLine> reports, Messages m) {
        initOwner(owner);
        setTitle(m.get("bodies.split"));
        setHeaderText(m.format("bodies.split.header", body.name()));
        FxDialogService.style(this);
        getDialogPane().setId("splitPicker");
        setResizable(true);

        Map<BodiesViewModel.ReportLine, BooleanProperty> ticked = new LinkedHashMap<>();
        for (BodiesViewModel.ReportLine r : reports) {
            ticked.put(r, new SimpleBooleanProperty(false));
        }
        ListView<BodiesViewModel.ReportLine> list = new ListView<>();
        list.setId("splitReports");
        list.getItems().setAll(reports);
        list.setCellFactory(CheckBoxListCell.forListView(ticked::get));
        VBox.setVgrow(list, Priority.ALWAYS);
        TextField name = new TextField(body.name());
        name.setId("splitName");
        Label nameLabel = new Label(m.get("bodies.split.name"));
        Label hint = new Label(m.get("bodies.split.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(6, new Label(m.get("bodies.split.reports")), list, nameLabel, name, hint);
        box.setPadding(new Insets(6, 4, 6, 4));
        box.setPrefSize(560, 420);
        getDialogPane().setContent(box);

        ButtonType ok = new ButtonType(m.get("bodies.split.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(ok).setId("splitOk");
        var count = Bindings.createIntegerBinding(() -> (int) ticked.values().stream()
                .filter(BooleanProperty::get).count(), ticked.values().toArray(new BooleanProperty[0]));
        getDialogPane().lookupButton(ok).disableProperty().bind(count.isEqualTo(0)
                .or(count.isEqualTo(reports.size())).or(name.textProperty().isEmpty()));
        setResultConverter(b -> b != ok ? null : new Choice(ticked.entrySet().stream()
                .filter(e -> e.getValue().get()).map(e -> e.getKey().id()).toList(), name.getText().strip()));
    }
}
