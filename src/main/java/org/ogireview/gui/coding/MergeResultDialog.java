package org.ogireview.gui.coding;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ogireview.coding.CodingTransfer;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a merge of another database's coding left as it was: every conflict and every row it could not place, one
 * line each in a list that scrolls (a merge of a coder's month of work can list hundreds; an alert with them as its
 * text would run off the screen). Copy puts the lines on the clipboard, for the coders to settle them.
 */
public final class MergeResultDialog extends Dialog<Void> {

    public MergeResultDialog(Window owner, Path file, CodingTransfer.MergeResult r, Messages m) {
        initOwner(owner);
        setTitle(m.get("coding.menu.mergeCoding"));
        setHeaderText(file.getFileName() + "\n" + m.format("coding.mergeCoding.done", r.applied(), r.same(),
                r.conflicts().size(), r.unplaced().size()));
        FxDialogService.style(this);
        getDialogPane().setId("mergeResultDialog");
        setResizable(true);
        List<String> lines = new ArrayList<>(r.conflicts());
        lines.addAll(r.unplaced());
        ListView<String> list = new ListView<>();
        list.setId("mergeProblems");
        list.getItems().setAll(lines);
        list.setCellFactory(v -> { // long lines wrap: file, line, field, report, both values all in sight
            javafx.scene.control.ListCell<String> cell = new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(v.widthProperty().subtract(24));
            cell.setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            return cell;
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        ButtonType copy = new ButtonType(m.get("coding.mergeCoding.copy"), ButtonBar.ButtonData.LEFT);
        VBox box = new VBox(8, new Label(m.get("coding.mergeCoding.listed")), list);
        box.setPadding(new Insets(6, 4, 6, 4));
        box.setPrefSize(820, 380);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(copy, new ButtonType(m.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(copy).setId("mergeCopy");
        getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(String.join("\n", lines));
            Clipboard.getSystemClipboard().setContent(text);
            e.consume(); // stays open
        });
    }
}
