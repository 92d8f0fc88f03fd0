package org.ogireview.gui.review;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Buttons;
import org.ogireview.gui.common.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * Help ▸ Keyboard shortcuts: every menu command that has a key, read from the menus themselves (so the list can
 * never disagree with them), then the keys the editors understand.
 */
public final class ShortcutsDialog extends Dialog<Void> {

    /** Keys of the form's editors, not menu commands: bundle key of the key's name, bundle key of what it does. */
    static final List<String[]> EDITOR_KEYS = List.of(
            new String[] {"shortcuts.key.enter", "shortcuts.enter"},
            new String[] {"shortcuts.key.escape", "shortcuts.escape"},
            new String[] {"shortcuts.key.tab", "shortcuts.tab"});

    /** One line of the list. */
    public record Line(String keys, String command) {
    }

    public ShortcutsDialog(Window owner, MenuBar menus, Messages m) {
        initOwner(owner);
        setTitle(m.get("shortcuts.title"));
        setHeaderText(m.get("shortcuts.header"));
        FxDialogService.style(this);
        getDialogPane().setId("shortcutsDialog");
        TableView<Line> table = new TableView<>();
        table.setId("shortcutsTable");
        TableColumn<Line, String> keys = new TableColumn<>(m.get("shortcuts.col.keys"));
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(170);
        TableColumn<Line, String> command = new TableColumn<>(m.get("shortcuts.col.command"));
        command.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().command()));
        command.setPrefWidth(330);
        table.getColumns().setAll(List.of(keys, command));
        table.getItems().setAll(lines(menus, m));
        table.setPrefSize(520, 420);
        getDialogPane().setContent(table);
        getDialogPane().getButtonTypes().add(Buttons.close(m));
    }

    /** The menu commands with a key, in menu order, then the editors' keys. */
    public static List<Line> lines(MenuBar menus, Messages m) {
        List<Line> out = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu, menu.getText(), out);
        }
        for (String[] k : EDITOR_KEYS) {
            out.add(new Line(m.get(k[0]), m.get(k[1])));
        }
        return out;
    }

    private static void collect(Menu menu, String path, List<Line> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " ▸ " + sub.getText(), out);
            } else if (item.getAccelerator() != null) {
                out.add(new Line(item.getAccelerator().getDisplayText(), path + " ▸ " + item.getText()));
            }
        }
    }
}
