package org.ogireview.gui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;
import org.ogireview.gui.common.Messages;

import java.util.List;

/** The desk's status bar: the database file on the left; the last action's line; the task under way with Stop. */
final class DeskStatusBar {

    private DeskStatusBar() {
    }

    static Node of(DeskViewModel model, Messages messages, String database) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(model.statusProperty());
        Label db = new Label(messages.format("status.database", database));
        db.setId("dbPath");
        db.getStyleClass().add("db-path");
        db.setTooltip(new Tooltip(database));
        ProgressBar progress = new ProgressBar();
        progress.setId("taskProgress");
        progress.setPrefWidth(160);
        Label taskText = new Label();
        taskText.setId("taskMessage");
        Button stop = new Button(messages.get("status.stop"));
        stop.setId("stopTask");
        stop.setOnAction(e -> model.stopRunning());
        model.runningProperty().addListener((obs, old, task) -> {
            progress.progressProperty().unbind();
            taskText.textProperty().unbind();
            if (task != null) {
                progress.progressProperty().bind(task.progressProperty());
                taskText.textProperty().bind(task.messageProperty());
            } else {
                taskText.setText("");
            }
        });
        for (Node n : List.of(progress, taskText, stop)) {
            n.visibleProperty().bind(model.busyProperty());
            n.managedProperty().bind(model.busyProperty());
        }
        bar.getLeftItems().setAll(db);
        bar.getRightItems().setAll(taskText, progress, stop);
        return bar;
    }
}
