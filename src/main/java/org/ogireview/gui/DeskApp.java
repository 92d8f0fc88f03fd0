package org.ogireview.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The review desk window (placeholder until the desk lands). */
public class DeskApp extends Application {

    public static void main(String[] args) {
        launch(DeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("OGI Report Review");
        stage.setScene(new Scene(new Label("OGI Report Review"), 800, 600));
        stage.show();
    }
}
