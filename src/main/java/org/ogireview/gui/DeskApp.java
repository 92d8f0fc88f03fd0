package org.ogireview.gui;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.ogireview.gui.common.AppIcons;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.common.DeskStyle;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.UncaughtErrors;
import org.ogireview.gui.common.Messages;
import org.ogireview.logging.AppLog;
import org.ogireview.store.DataFolder;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Logger;

/** The review desk application: opens the database named by {@code --db} (or the default one) and the window. */
public class DeskApp extends Application {

    private static final Logger LOG = Logger.getLogger(DeskApp.class.getName());

    private ReportStore store;
    private Desk desk;

    public static void main(String[] args) {
        // Until the window can show a message, an uncaught exception at least reaches the log.
        Thread.setDefaultUncaughtExceptionHandler(AppLog::uncaught);
        launch(DeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        DeskPreferences prefs = DeskPreferences.user();
        DeskArguments args;
        try {
            args = DeskArguments.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            fatal(Messages.forLocale(prefs.locale()), e.getMessage());
            return;
        }
        if (args.language() != null) {
            prefs.setLocale(Locale.forLanguageTag(args.language()));
        }
        if (args.size() != null) {
            DeskPreferences.WindowState w = prefs.window();
            prefs.setWindow(new DeskPreferences.WindowState(w.x(), w.y(), args.size()[0], args.size()[1], false,
                    w.leftDivider(), w.rightDivider()));
        }
        if (args.screenshot() != null && !args.edits().isEmpty() && prefs.coder().isEmpty()) {
            prefs.setCoder("screenshot"); // the picture is taken unattended: no one to ask for a name
        }
        Messages messages = Messages.forLocale(prefs.locale());
        AppLog.install(AppLog.folderFor(DataFolder.defaultFolder()));
        Path db = args.databaseOption().orElseGet(Wiring::defaultDatabase);
        LOG.info(() -> "database " + db.toAbsolutePath());
        try {
            store = Wiring.openStore(db);
        } catch (StoreException e) {
            AppLog.failure("cannot open the database " + db, e);
            // A locked or damaged database: say which file and what is wrong, then stop. No stack trace.
            fatal(messages, messages.format("error.database.open", db, e.getMessage()));
            return;
        }
        // The last report and the list's filters belong to this database; language, coder, window to the person.
        desk = new Desk(DeskSetup.of(store, prefs.forDatabase(store.path())));
        new UncaughtErrors(new FxDialogService(() -> stage, messages), messages).install();
        Runnable whenReady = null;
        if (args.smoke()) {
            whenReady = () -> smokeExit(stage);
        } else if (args.screenshot() != null) {
            whenReady = () -> screenshot(args, stage);
        }
        desk.show(stage, whenReady);
    }

    @Override
    public void stop() {
        if (desk != null) {
            desk.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private void screenshot(DeskArguments args, Stage stage) {
        if (args.report() != null) {
            desk.model().reportNamed(args.report()).ifPresent(r -> desk.model().session().open(r.id()));
        }
        for (String edit : args.edits()) {
            int eq = edit.indexOf('=');
            if (eq > 0) {
                desk.model().form().field(edit.substring(0, eq)).ifPresent(f -> {
                    f.textProperty().set(edit.substring(eq + 1));
                    f.commit();
                });
            }
        }
        if (args.mode() != null) {
            desk.documentPane().pages().choose(org.ogireview.gui.document.DocumentMode.fromCode(args.mode()));
        }
        if (args.field() != null) {
            desk.model().session().selectedKeyProperty().set(args.field());
        }
        // Let layout, fonts and the text area settle over a few pulses before taking the picture.
        PauseTransition settle = new PauseTransition(Duration.millis(1500));
        int[] waited = {0};
        settle.setOnFinished(e -> {
            var pages = desk.documentPane().pages();
            if (pages.shownModeProperty().get() != org.ogireview.gui.document.DocumentMode.TEXT
                    && pages.pageProperty().get() == null && waited[0]++ < 20) {
                settle.playFromStart(); // the printed page is still being drawn
                return;
            }
            WritableImage image = stage.getScene().snapshot(null);
            try {
                Path target = args.screenshot().toAbsolutePath();
                if (target.getParent() != null) {
                    Files.createDirectories(target.getParent());
                }
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
                System.out.println("screenshot: " + target);
            } catch (IOException ex) {
                System.err.println("screenshot failed: " + ex.getMessage());
            }
            desk.close();
            stage.close();
            Platform.exit();
        });
        settle.play();
    }

    /** --smoke: the window is up with the list filled; say so and quit (exit code 0), as CI checks. */
    private void smokeExit(Stage stage) {
        System.out.println("window shown: " + stage.getTitle() + " (" + desk.model().list().reports().size()
                + " reports, " + (int) stage.getWidth() + "x" + (int) stage.getHeight() + ")");
        System.out.flush();
        desk.close();
        stage.close();
        Platform.exit();
    }

    private static void fatal(Messages messages, String message) {
        ButtonType close = new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, FxDialogService.withLogPointer(messages, message), close);
        alert.setTitle(messages.get("error.database.title"));
        alert.setHeaderText(messages.get("error.database.title"));
        DeskStyle.apply(alert.getDialogPane());
        if (alert.getDialogPane().getScene().getWindow() instanceof Stage s) {
            s.getIcons().setAll(AppIcons.load());
        }
        System.err.println(message);
        alert.showAndWait();
        Platform.exit();
    }
}
