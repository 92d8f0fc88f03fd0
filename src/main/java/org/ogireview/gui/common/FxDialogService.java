package org.ogireview.gui.common;

import org.ogireview.logging.AppLog;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The real dialogs: alerts and choosers owned by the desk window, styled and worded like it. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(String title, String message) {
        AppLog.failure(title + ": " + message, null);
        show(title, message);
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        AppLog.failure(title + ": " + message, cause);
        show(title, message);
    }

    private void show(String title, String message) {
        message = withLogPointer(messages, message);
        Alert alert = alert(Alert.AlertType.ERROR, title, message, ok());
        if (message != null && (message.length() > 300 || message.lines().count() > 6)) {
            // Many failed files: a scrollable list instead of a dialog taller than the screen.
            TextArea area = new TextArea(message);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(14);
            VBox.setVgrow(area, Priority.ALWAYS);
            alert.getDialogPane().setContent(new VBox(8, new Label(title), area));
        }
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ok()).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = ok();
        ButtonType no = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return alert(Alert.AlertType.CONFIRMATION, title, message, yes, no).showAndWait().filter(yes::equals)
                .isPresent();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        dialog.getEditor().setId("askTextField");
        style(dialog);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> askPassword(String title, String prompt) {
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("askPasswordField");
        javafx.scene.control.Label label = new javafx.scene.control.Label(prompt);
        label.setWrapText(true);
        label.setMaxWidth(460);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, label, field);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = ok();
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(b -> b == ok ? field.getText() : null);
        dialog.setOnShown(e -> field.requestFocus());
        style(dialog);
        return dialog.showAndWait().filter(s -> !s.isEmpty());
    }

    @Override
    public <T> Optional<T> choose(String title, String header, String prompt, List<T> choices,
                                  Function<T, String> label) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(prompt);
        style(dialog);
        if (dialog.getDialogPane().lookup(".combo-box") instanceof ComboBox<?> box) {
            box.setId("chooseBox");
            @SuppressWarnings("unchecked")
            ComboBox<T> typed = (ComboBox<T>) box;
            typed.setConverter(new StringConverter<>() {
                @Override
                public String toString(T t) {
                    return t == null ? "" : label.apply(t);
                }

                @Override
                public T fromString(String s) {
                    return null;
                }
            });
        }
        return dialog.showAndWait();
    }

    @Override
    public List<Path> chooseFiles(String title, Path initialFolder, List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filters);
        DialogService.existingFolder(initialFolder).ifPresent(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        DialogService.existingFolder(initialFolder).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialFolder, String initialName,
                                         List<FileChooser.ExtensionFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filters);
        chooser.setInitialFileName(initialName);
        DialogService.existingFolder(initialFolder).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    /** An error message with a last line that says where the log file is (when there is one) to send it on. */
    public static String withLogPointer(Messages messages, String message) {
        return AppLog.file().map(f -> (message == null || message.isBlank() ? "" : message + "\n\n")
                + messages.format("error.details", f)).orElse(message);
    }

    private ButtonType ok() {
        return new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message == null ? "" : message, buttons);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(420);
        alert.setResizable(true);
        style(alert);
        return alert;
    }

    /** Dialogs are scenes of their own: they need the desk's stylesheets (for the CJK font) too. */
    public static void style(Dialog<?> dialog) {
        DeskStyle.apply(dialog.getDialogPane());
    }
}
