package org.ogireview.gui.review;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Buttons;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.FieldCatalog;
import org.ogireview.store.AuditEntry;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * View ▸ History: the open report's audit log, newest first: when, who, which field, the value before and after,
 * and what the coder did. Read-only, as the log itself.
 */
public final class HistoryDialog extends Dialog<Void> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public HistoryDialog(Window owner, String reportName, List<AuditEntry> log, Messages m) {
        initOwner(owner);
        setTitle(m.get("history.title"));
        setHeaderText(m.format("history.header", reportName, log.size()));
        FxDialogService.style(this);
        getDialogPane().setId("historyDialog");
        TableView<AuditEntry> table = new TableView<>();
        table.setId("historyTable");
        table.setPlaceholder(new Label(m.get("history.empty")));
        FieldCatalog catalog = FieldCatalog.standard();
        table.getColumns().setAll(List.of(
                column(m.get("history.col.time"), e -> e.at() == null ? "" : TIME.format(e.at()), 140),
                column(m.get("history.col.coder"), AuditEntry::coder, 80),
                column(m.get("history.col.field"), e -> fieldName(catalog, e.fieldKey(), m), 200),
                column(m.get("history.col.change"), e -> change(e, m), 170),
                column(m.get("history.col.action"), e -> action(e.action(), m), 90)));
        List<AuditEntry> newestFirst = new java.util.ArrayList<>(log);
        java.util.Collections.reverse(newestFirst);
        table.getItems().setAll(newestFirst);
        table.setPrefSize(720, 440);
        getDialogPane().setContent(table);
        getDialogPane().getButtonTypes().add(Buttons.close(m));
        setResizable(true);
    }

    /** "12 → 13", with the status when only that changed (a confirmation keeps the value). */
    static String change(AuditEntry e, Messages m) {
        String before = shown(e.oldValue(), m);
        String after = shown(e.newValue(), m);
        String text = before + " → " + after;
        if (before.equals(after) && e.oldStatus() != null && e.newStatus() != null
                && !e.oldStatus().equals(e.newStatus())) {
            text += "  (" + status(e.oldStatus(), m) + " → " + status(e.newStatus(), m) + ")";
        }
        return text;
    }

    private static String shown(String value, Messages m) {
        return value == null ? "∅" : value.isEmpty() ? "\"\"" : value;
    }

    private static String status(String code, Messages m) {
        String key = "status." + code;
        return m.bundle().containsKey(key) ? m.get(key) : code;
    }

    static String action(String code, Messages m) {
        String key = "history.action." + code;
        return code != null && m.bundle().containsKey(key) ? m.get(key) : String.valueOf(code);
    }

    private static String fieldName(FieldCatalog catalog, String key, Messages m) {
        if (key == null) {
            return "";
        }
        return catalog.find(key).map(d -> (m.chinese() ? d.labelZh() : d.labelEn()) + "  (" + key + ")")
                .orElse(key);
    }

    private static TableColumn<AuditEntry, String> column(String title, Function<AuditEntry, String> value,
                                                         double width) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        // A narrow column cuts long values and field names: the cell's tooltip holds the whole.
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isBlank() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return c;
    }
}
