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
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.UncaughtErrors;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.team.ConnectFlow;
import org.ogireview.gui.team.DialogPasswordPrompt;
import org.ogireview.logging.AppLog;
import org.ogireview.model.UserText;
import org.ogireview.store.DataFolder;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ServerAddress;
import org.ogireview.store.StoreException;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The review desk application: opens the database named by {@code --db} (or the default one) and the window. */
public class DeskApp extends Application {

    private static final Logger LOG = Logger.getLogger(DeskApp.class.getName());

    private ReportStore store;
    private Desk desk;
    private boolean smoke;
    private Stage stage;
    private DeskPreferences prefs;

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
        smoke = args.smoke();
        if (smoke) {
            // A smoke start must not move the person's window or language: its own node, dropped at the end.
            prefs = new DeskPreferences(Preferences.userRoot().node(DeskPreferences.NODE + "-smoke"));
            prefs.setLocale(Locale.ENGLISH);
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
        String db = args.databaseOption().orElseGet(() -> Wiring.defaultDatabase().toString());
        LOG.info(() -> "database " + db);
        try {
            store = Wiring.openStore(db, new DialogPasswordPrompt(new FxDialogService(() -> stage, messages),
                    messages));
        } catch (StoreException e) {
            AppLog.failure("cannot open the database " + db, e);
            // A locked or damaged database: say which file and what is wrong, then stop. No stack trace.
            fatal(messages, messages.format("error.database.open", db, org.ogireview.model.UserText.of(e).in(messages.locale())));
            return;
        }
        // The last report and the list's filters belong to this database; language, coder, window to the person.
        this.stage = stage;
        this.prefs = prefs;
        desk = newDesk();
        new UncaughtErrors(new FxDialogService(() -> stage, messages), messages).install();
        Runnable whenReady = null;
        if (args.smoke()) {
            whenReady = () -> smokeExit(stage);
        } else if (args.screenshot() != null) {
            whenReady = () -> screenshot(args, stage);
        }
        desk.show(stage, whenReady);
    }

    /** The desk on the open store; a team database is never filled with the sample reports. */
    private Desk newDesk() {
        boolean server = Wiring.isServer(store);
        Desk d = new Desk(DeskSetup.of(store, prefs.forDatabase(Wiring.location(store))).withSamples(!server));
        d.setOnConnect(this::connect);
        return d;
    }

    /**
     * File ▸ Connect to a team database: asks for the address, connects in the background (asking for a password
     * only if the server wants one), then puts the window on the new database; on failure it stays where it was.
     */
    private void connect() {
        Messages messages = desk.messages();
        DialogService dialogs = new FxDialogService(() -> stage, messages);
        Optional<ServerAddress> address = new ConnectFlow(dialogs, messages).ask(Wiring.location(store));
        if (address.isEmpty()) {
            return;
        }
        stage.getScene().setCursor(javafx.scene.Cursor.WAIT);
        Thread opening = new Thread(() -> {
            try {
                ReportStore opened = Wiring.openStore(address.get().toString(),
                        new DialogPasswordPrompt(dialogs, messages));
                Platform.runLater(() -> switchTo(opened));
            } catch (StoreException | RuntimeException e) {
                Platform.runLater(() -> {
                    stage.getScene().setCursor(javafx.scene.Cursor.DEFAULT);
                    dialogs.showError(messages.get("team.connect.title"), messages.format("team.connect.failed",
                            Wiring.location(store), UserText.of(e, messages.locale())), e);
                });
            }
        }, "ogi-connect");
        opening.setDaemon(true);
        opening.start();
    }

    private void switchTo(ReportStore opened) {
        stage.getScene().setCursor(javafx.scene.Cursor.DEFAULT);
        LOG.info(() -> "database " + Wiring.location(opened));
        desk.close();
        store.close();
        store = opened;
        desk = newDesk();
        desk.show(stage, null);
    }

    @Override
    public void stop() {
        if (desk != null) {
            desk.close();
        }
        if (store != null) {
            store.close();
        }
        if (smoke) {
            try {
                Preferences.userRoot().node(DeskPreferences.NODE + "-smoke").removeNode();
            } catch (BackingStoreException | IllegalStateException e) {
                // only a leftover node of the smoke run
            }
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
