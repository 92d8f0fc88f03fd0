package org.ogireview.gui;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.ogireview.gui.collection.CollectionWindow;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.testing.MemoryPreferences;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.CollectionDatabase;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Screenshots of the collection window for the README, on the test collection plus the real corpus (30 real
 * reports of 15 provinces): {@code java -cp ... org.ogireview.gui.CollectionPreview$Main OUT_DIR [zh|en]
 * [REAL_CORPUS_DIR]} under Xvfb. Writes coverage-, series- and ranking-1280.png and -1600.png.
 */
public class CollectionPreview extends Application {

    public static final class Main {
        public static void main(String[] args) {
            Application.launch(CollectionPreview.class, args);
        }
    }

    private static final int[][] SIZES = {{1280, 800}, {1600, 1000}};
    private static final String[] TABS = {"coverage", "series", "ranking"};

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        Path out = Path.of(args.get(0));
        Files.createDirectories(out);
        Path work = Files.createTempDirectory("ogi-collection-preview-");
        Path db = CollectionDatabase.create(work);
        if (args.size() > 2) {
            List<Path> real = new ArrayList<>();
            try (var files = Files.list(Path.of(args.get(2)))) {
                files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(real::add);
            }
            // more cities of 四川省, 2014-2018, so that a year across bodies has bodies to compare
            String[] cities = {"成都市", "自贡市", "攀枝花市", "广元市", "遂宁市", "内江市", "乐山市", "南充市"};
            for (int i = 0; i < cities.length; i++) {
                real.addAll(org.ogireview.cli.SyntheticBody.write(work.resolve("more"), cities[i], 2014, 5,
                        0.3 + 0.17 * i));
            }
            try (H2ReportStore s = H2ReportStore.open(db)) {
                new CollectionImporter(s).coder("preview").run(real);
            }
        }
        H2ReportStore store = H2ReportStore.open(db);
        DeskPreferences prefs = new DeskPreferences(new MemoryPreferences());
        prefs.setCoder("preview");
        prefs.setLocale(args.size() > 1 && args.get(1).equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        Desk desk = new Desk(new DeskSetup(store, prefs, false, null, null, null));
        desk.show(stage, () -> {
            CollectionWindow w = desk.showCollection();
            shoot(w, 0, 0, out);
        });
    }

    private void shoot(CollectionWindow w, int size, int tab, Path out) {
        if (size == SIZES.length) {
            Platform.exit();
            return;
        }
        w.stage().setWidth(SIZES[size][0]);
        w.stage().setHeight(SIZES[size][1]);
        TabPane tabs = (TabPane) w.stage().getScene().lookup("#collectionTabs");
        tabs.getSelectionModel().select(tab);
        if (tab == 2) {
            w.model().ranking().yearProperty().set(2017);
            w.model().ranking().measureProperty().set(org.ogireview.export.collection.Measures.RECEIVED);
        }
        PauseTransition p = new PauseTransition(Duration.seconds(4));
        p.setOnFinished(e -> {
            try {
                File f = out.resolve(TABS[tab] + "-" + SIZES[size][0] + ".png").toFile();
                ImageIO.write(SwingFXUtils.fromFXImage(w.stage().getScene().snapshot(null), null), "png", f);
                System.out.println("screenshot: " + f);
            } catch (Exception ex) {
                ex.printStackTrace();
            }
            int nextTab = (tab + 1) % TABS.length;
            shoot(w, nextTab == 0 ? size + 1 : size, nextTab, out);
        });
        p.play();
    }
}
