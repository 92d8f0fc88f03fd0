package org.ogireview.gui.own;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.OwnKeys;

/**
 * Edit ▸ Add report-specific figure: the label, value and unit read off the selected text, editable, and whether
 * the figure is one of the report's own categories of proactively disclosed items (then summed by the check
 * "categories add up to the total"). Shows the key the figure will be stored and exported under.
 */
public final class OwnFigureDialog extends Dialog<OwnFigureDraft> {

    public OwnFigureDialog(Window owner, OwnFigureDraft draft, Messages m) {
        initOwner(owner);
        setTitle(m.get("own.dialog.title"));
        setHeaderText(m.get("own.dialog.header"));
        TextField label = new TextField(draft.label());
        label.setId("ownLabel");
        TextField value = new TextField(draft.value());
        value.setId("ownValue");
        TextField unit = new TextField(draft.unit());
        unit.setId("ownUnit");
        CheckBox category = new CheckBox(m.get("own.dialog.category"));
        category.setId("ownCategory");
        category.setSelected(draft.category());
        Label key = new Label();
        key.setId("ownKey");
        Runnable showKey = () -> key.setText(OwnKeys.of(label.getText(), category.isSelected()).orElse("—"));
        label.textProperty().addListener((o, a, b) -> showKey.run());
        category.selectedProperty().addListener((o, a, b) -> showKey.run());
        showKey.run();
        Label source = new Label(draft.snippet());
        source.setWrapText(true);
        source.setMaxWidth(420);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("own.dialog.label")), label);
        grid.addRow(1, new Label(m.get("own.dialog.value")), value);
        grid.addRow(2, new Label(m.get("own.dialog.unit")), unit);
        grid.add(category, 1, 3);
        grid.addRow(4, new Label(m.get("own.dialog.key")), key);
        grid.addRow(5, new Label(m.get("own.dialog.source")), source);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("ownOk");
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(label.textProperty().isEmpty()
                .or(value.textProperty().isEmpty()));
        setResultConverter(b -> b == ButtonType.OK
                ? draft.with(label.getText(), value.getText(), unit.getText(), category.isSelected()) : null);
        setOnShown(e -> label.requestFocus());
    }
}
