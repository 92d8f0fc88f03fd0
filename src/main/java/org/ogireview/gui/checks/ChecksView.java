package org.ogireview.gui.checks;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.common.ReviewSession;

/**
 * The failed checks above the form: each finding in the desk's language with its numbers; clicking one goes to
 * its first field; "as published" records that the report itself says so.
 */
public final class ChecksView extends TitledPane {

    public ChecksView(ChecksViewModel model, ReviewSession session) {
        Messages m = session.messages();
        setId("checksPane");
        getStyleClass().add("checks-pane");
        ListView<ChecksViewModel.Item> list = new ListView<>(model.items());
        list.setId("checksList");
        list.setPlaceholder(new Label(m.get("checks.none")));
        list.setPrefHeight(150);
        list.setMinHeight(0);
        list.setCellFactory(v -> new ListCell<>() {
            {
                // Laid out at the list's width (not the text's one-line width), so long findings wrap.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ChecksViewModel.Item item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label dot = new Label();
                dot.getStyleClass().addAll("severity-dot", "severity-" + item.finding().severity().code());
                Label text = new Label(m.chinese() ? item.finding().messageZh() : item.finding().messageEn());
                text.setWrapText(true);
                text.setMaxWidth(Double.MAX_VALUE);
                text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                text.setTooltip(new Tooltip(text.getText() + "\n\n" + item.finding().rule() + "\n"
                        + item.finding().fieldList()));
                HBox.setHgrow(text, Priority.ALWAYS);
                HBox row = new HBox(8, dot, text);
                row.setAlignment(Pos.CENTER_LEFT);
                if (item.settled()) {
                    Label settled = new Label(m.get("checks.asPublished.done"));
                    settled.getStyleClass().add("settled");
                    if (item.mark().note() != null && !item.mark().note().isBlank()) {
                        settled.setTooltip(new Tooltip(item.mark().note()));
                    }
                    row.getChildren().add(settled);
                    row.getStyleClass().add("finding-settled");
                } else {
                    Button mark = new Button(m.get("checks.asPublished"));
                    mark.getStyleClass().add("small-button");
                    mark.setTooltip(new Tooltip(m.get("checks.asPublished.tip")));
                    mark.setOnAction(e -> session.dialogs()
                            .askText(m.get("checks.asPublished"), m.get("checks.note"), "")
                            .ifPresent(note -> model.markAsPublished(item, note)));
                    row.getChildren().add(mark);
                }
                // The width the message wraps at: the list's, less the dot, the button and the cell's padding
                // (a tiny preferred width would lay the text out a character a line, slowly).
                text.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(120,
                        list.widthProperty().subtract(170)));
                setGraphic(row);
                setText(null);
            }
        });
        list.setOnMouseClicked(e -> {
            ChecksViewModel.Item item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                model.select(item);
            }
        });
        // Enter on a check goes to its first field, as a click does (the keyboard way through the list).
        list.setOnKeyPressed(e -> {
            ChecksViewModel.Item item = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && item != null) {
                model.select(item);
                e.consume();
            }
        });
        setContent(list);
        Runnable title = () -> {
            int open = model.openProperty().get();
            setText(open > 0 ? m.format("checks.title.open", open) : model.items().isEmpty()
                    ? m.get("checks.title.clean") : m.format("checks.title.ok", model.items().size()));
            getStyleClass().remove("has-open");
            if (open > 0) {
                getStyleClass().add("has-open");
            }
        };
        model.openProperty().addListener((obs, o, n) -> title.run());
        model.items().addListener((javafx.collections.ListChangeListener<ChecksViewModel.Item>) c -> title.run());
        title.run();
        setExpanded(model.openProperty().get() > 0);
        model.openProperty().addListener((obs, o, n) -> {
            if (o.intValue() == 0 && n.intValue() > 0) {
                setExpanded(true);
            }
        });
        // Another report: open with its contradictions, closed (title only, the form gets the room) without.
        session.currentProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                setExpanded(model.openProperty().get() > 0);
            }
        });
    }
}
