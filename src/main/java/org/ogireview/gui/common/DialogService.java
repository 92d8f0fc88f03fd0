package org.ogireview.gui.common;

import org.ogireview.logging.AppLog;

import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every dialog the desk opens goes through here, so tests can answer them without a real dialog: errors,
 * confirmations, a line of text, and file choosers.
 */
public interface DialogService {

    /** An error the user must see: a title, and a message naming the file and the problem. */
    void showError(String title, String message);

    /** An error with its cause: the cause and its stack trace go to the log file, the message to the user. */
    default void showError(String title, String message, Throwable cause) {
        AppLog.failure(title + ": " + message, cause);
        showError(title, message);
    }

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    /** Asks for one line of text; empty when cancelled or left blank. */
    Optional<String> askText(String title, String prompt, String initial);

    /**
     * Asks for a password, its characters hidden (a team database's login); empty when cancelled. The default, for
     * test doubles, asks as plain text.
     */
    default Optional<String> askPassword(String title, String prompt) {
        return askText(title, prompt, "");
    }

    /**
     * Asks for one of several choices (shown by {@code label}); empty when cancelled.
     *
     * @param prompt the words beside the choice box
     */
    <T> Optional<T> choose(String title, String header, String prompt, List<T> choices, Function<T, String> label);

    List<Path> chooseFiles(String title, Path initialFolder, List<FileChooser.ExtensionFilter> filters);

    Optional<Path> chooseFolder(String title, Path initialFolder);

    Optional<Path> chooseSaveFile(String title, Path initialFolder, String initialName,
                                  List<FileChooser.ExtensionFilter> filters);

    static Optional<File> existingFolder(Path folder) {
        return Optional.ofNullable(folder).map(Path::toFile).filter(File::isDirectory);
    }
}
