package org.ogireview.gui.coding;

import org.ogireview.model.UserText;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ogireview.coding.DoubleCoding;
import org.ogireview.coding.DoubleCoding.QueueItem;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;

import java.util.function.Consumer;
import java.util.function.Function;

/** The reports the coder double codes, with their progress; Enter or a double click opens one blind. */
public final class CodingQueueDialog extends Dialog<Void> {

    public CodingQueueDialog(Window owner, DoubleCoding coding, String coder, Consumer<Long> open,
                             DialogService dialogs, Messages m) {
        initOwner(owner);
        setTitle(m.format("coding.queue.title", coder));
        setHeaderText(m.get("coding.queue.header"));
        FxDialogService.style(this);
        getDialogPane().setId("codingQueueDialog");
        setResizable(true);
        TableView<QueueItem> table = new TableView<>();
        table.setId("codingQueueTable");
        table.getColumns().add(column(m.get("coding.col.report"), QueueItem::fileName, 260));
        table.getColumns().add(column(m.get("coding.col.other"), QueueItem::otherCoder, 120));
        table.getColumns().add(column(m.get("coding.col.progress"), q -> q.coded() + " / " + q.figures(), 100));
        try {
            table.getItems().setAll(coding.queue(coder));
        } catch (Exception e) {
            dialogs.showError(getTitle(), UserText.of(e, m.locale()), e);
        }
        Runnable openSelected = () -> {
            QueueItem q = table.getSelectionModel().getSelectedItem();
            if (q != null) {
                open.accept(q.reportId());
                close();
            }
        };
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label(table.getItems().isEmpty() ? m.get("coding.queue.empty") : m.get("coding.queue.hint"));
        VBox box = new VBox(8, table, hint);
        box.setPadding(new Insets(6, 4, 6, 4));
        box.setPrefSize(560, 400);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().setAll(new ButtonType(m.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private static TableColumn<QueueItem, String> column(String title, Function<QueueItem, String> value,
                                                         double width) {
        TableColumn<QueueItem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
