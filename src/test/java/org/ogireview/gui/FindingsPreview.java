package org.ogireview.gui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import org.ogireview.gui.collection.findings.FindingsWindow;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.testing.MemoryPreferences;
import org.ogireview.store.H2ReportStore;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A look at the findings window on a real database, for the screenshots under docs/screenshots:
 * {@code java -cp ... org.ogireview.gui.FindingsPreview$Main DB OUT.png [zh|en] [rule]} under Xvfb.
 */
public class FindingsPreview extends Application {

    /** Started through this class: a class extending Application cannot be the main class on the class path. */
    public static final class Main {
        public static void main(String[] args) throws Exception {
            if (!java.nio.file.Files.exists(Path.of(args[0] + ".mv.db"))) {
                build(Path.of(args[0]));
            }
            Application.launch(FindingsPreview.class, args);
        }
    }

    /**
     * The screenshots' database: the seeds, shared/samples (text and PDF) and the eleven county reports, one with a
     * misread count; the unusual values looked for; 洪泽区 2023's reconsideration total marked as published.
     */
    static void build(Path db) throws Exception {
        Path work = java.nio.file.Files.createTempDirectory("findings-preview");
        try (H2ReportStore store = H2ReportStore.open(db)) {
            java.util.List<Path> files = new java.util.ArrayList<>(org.ogireview.testing.TestFiles.seeds());
            try (var s = java.nio.file.Files.list(Path.of(System.getProperty("shared.dir", "../shared"), "samples"))) {
                s.sorted().forEach(files::add);
            }
            new org.ogireview.importing.CollectionImporter(store).coder("li").run(files);
            org.ogireview.testing.CountyCollection.importInto(store,
                    java.nio.file.Files.createDirectories(work.resolve("in")));
            org.ogireview.testing.CountyCollection.setReceived(store,
                    org.ogireview.testing.CountyCollection.reportOf(store, "金湖县"), 4700);
            org.ogireview.importing.UnusualValuePass.run(store);
            for (var r : org.ogireview.store.CollectionFindings.read(store)) {
                if (r.finding().rule().equals("parts.review") && "hongze-2023.txt".equals(r.fileName())) {
                    store.saveCheckMark(new org.ogireview.model.CheckMark(r.reportId(), r.finding().rule(),
                            r.finding().fieldList(), true, "原表“总计”栏印为 0，与维持 10 件、纠正 1 件不符；"
                            + "已去函核实。", "li", java.time.Instant.now()));
                }
            }
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        H2ReportStore store = H2ReportStore.open(Path.of(args.get(0)));
        DeskPreferences prefs = new DeskPreferences(new MemoryPreferences());
        prefs.setCoder("preview");
        prefs.setLocale(args.size() > 2 && args.get(2).equals("en") ? Locale.ENGLISH : Locale.CHINA);
        prefs.setWindow(new DeskPreferences.WindowState(0, 0, 1280, 800, false, 0.2, 0.58));
        Desk desk = new Desk(new DeskSetup(store, prefs, false, null, null, null));
        desk.show(stage, () -> {
            FindingsWindow w = new FindingsWindow(stage, desk.model().session(),
                    r -> new Thread(r, "preview-worker").start());
            w.setWidth(1280);
            w.setHeight(800);
            w.show();
            if (args.size() > 3) {
                w.model().ruleProperty().set(args.get(3));
            }
            javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(4));
            p.setOnFinished(e -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null), "png",
                            new File(args.get(1)));
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
                store.close();
                Platform.exit();
            });
            p.play();
        });
    }
}
