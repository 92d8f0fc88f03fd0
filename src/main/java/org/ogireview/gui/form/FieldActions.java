package org.ogireview.gui.form;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.ogireview.gui.common.Listeners;
import org.ogireview.gui.common.Messages;
import org.ogireview.model.FigureStatus;

/** The status badge, the confirm button and the menu of a field's other verdicts. */
final class FieldActions {

    private FieldActions() {
    }

    static Label statusBadge(FieldViewModel field, Messages m) {
        Label badge = new Label();
        badge.setId(FormIds.status(field.key()));
        badge.getStyleClass().add("status-badge");
        Runnable update = () -> {
            badge.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
            badge.getStyleClass().add(FieldEditor.statusClass(field));
            badge.setText(FieldEditor.statusText(field, m));
            badge.setTooltip(new Tooltip(badge.getText()));
        };
        Listeners.attach(badge, field.figureProperty(), (obs, o, n) -> update.run());
        update.run();
        return badge;
    }

    static Button confirmButton(FieldViewModel field, Messages m) {
        Button confirm = new Button();
        confirm.setId(FormIds.confirm(field.key()));
        confirm.getStyleClass().add("confirm-button");
        Region check = new Region();
        check.getStyleClass().add("check-icon");
        confirm.setGraphic(check);
        confirm.setTooltip(new Tooltip(m.get("field.confirm.tip")));
        confirm.setFocusTraversable(false);
        Runnable update = () -> confirm.setDisable(field.absent() || field.status() != FigureStatus.AUTO);
        Listeners.attach(confirm, field.figureProperty(), (obs, o, n) -> update.run());
        update.run();
        confirm.setOnAction(e -> field.confirm());
        return confirm;
    }

    static MenuButton more(FieldViewModel field, Messages m, Runnable select) {
        MenuButton more = new MenuButton();
        more.getStyleClass().add("more-button");
        Region dots = new Region();
        dots.getStyleClass().add("dots-icon");
        more.setGraphic(dots);
        more.setFocusTraversable(false);
        more.setTooltip(new Tooltip(m.get("field.more.tip")));
        MenuItem blank = new MenuItem(m.get("field.markBlank"));
        blank.setOnAction(e -> field.markBlank());
        MenuItem notStated = new MenuItem(m.get("field.markNotStated"));
        notStated.setOnAction(e -> field.markNotStated());
        MenuItem show = new MenuItem(m.get("field.showSource"));
        show.setOnAction(e -> select.run());
        more.setOnShowing(e -> show.setDisable(field.figure() == null || !field.figure().hasSource()));
        more.getItems().addAll(show, blank, notStated);
        return more;
    }
}
