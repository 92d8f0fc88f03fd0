package org.ogireview.gui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.testing.Fixtures;
import org.ogireview.gui.testing.InMemoryReportStore;
import org.ogireview.gui.testing.MemoryPreferences;

import javax.imageio.ImageIO;
import java.io.File;
import java.util.Locale;

/**
 * A look at the desk on the fixture reports, for working on the layout without a database:
 * {@code java -cp ... org.ogireview.gui.DeskPreview OUT.png [hongze|luzhou] [field] [zh|en]} under xvfb-run.
 */
public class DeskPreview extends Application {

    /** Started through this class: a class extending Application cannot be the main class on the class path. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(DeskPreview.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        InMemoryReportStore store = new InMemoryReportStore();
        long luzhou = Fixtures.luzhou(store);
        long hongze = Fixtures.hongze(store);
        DeskPreferences prefs = new DeskPreferences(new MemoryPreferences());
        prefs.setCoder("preview");
        prefs.setLocale(args.size() > 3 && args.get(3).equals("en") ? Locale.ENGLISH : Locale.CHINA);
        prefs.setWindow(new DeskPreferences.WindowState(Double.NaN, Double.NaN, 1600, 980, false, 0.2, 0.58));
        Desk desk = new Desk(new DeskSetup(store, prefs, false, null, null, null));
        desk.show(stage, () -> {
            desk.model().session().open(args.size() > 1 && args.get(1).equals("luzhou") ? luzhou : hongze);
            if (args.size() > 2) {
                desk.model().session().selectedKeyProperty().set(args.get(2));
            }
            javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            p.setOnFinished(e -> {
                WritableImage img = stage.getScene().snapshot(null);
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", new File(args.get(0)));
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
                Platform.exit();
            });
            p.play();
        });
    }
}
