package org.ogireview.gui;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ogireview.gui.common.DeskPreferences;

/**
 * Where the desk window opens and how its three panes are divided: as the coder left them, but never larger than
 * the screen nor on a monitor that is gone; stored again when the window closes or changes language.
 */
final class WindowPlacement {

    private final DeskPreferences preferences;

    WindowPlacement(DeskPreferences preferences) {
        this.preferences = preferences;
    }

    /** The remembered size, cut to the screen (for the scene's first size). */
    double[] size() {
        DeskPreferences.WindowState w = preferences.window();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new double[]{Math.min(w.width(), screen.getWidth()), Math.min(w.height(), screen.getHeight())};
    }

    void place(Stage stage) {
        DeskPreferences.WindowState w = preferences.window();
        // Never larger than the screen: a size remembered on a bigger monitor would open off the edges.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(w.width(), screen.getWidth()));
        stage.setHeight(Math.min(w.height(), screen.getHeight()));
        if (!Double.isNaN(w.x()) && onSomeScreen(w)) {
            stage.setX(w.x());
            stage.setY(w.y());
        } else {
            stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
            stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2);
        }
        stage.setMaximized(w.maximized());
    }

    /** A window remembered on a screen that is gone (a detached monitor) would open out of reach. */
    private static boolean onSomeScreen(DeskPreferences.WindowState w) {
        return !Screen.getScreensForRectangle(new Rectangle2D(w.x(), w.y(), Math.max(1, w.width()),
                Math.max(1, w.height()))).isEmpty();
    }

    void applyDividers(SplitPane split) {
        DeskPreferences.WindowState w = preferences.window();
        if (split != null && split.getDividers().size() == 2) {
            split.setDividerPositions(clamp(w.leftDivider(), 0.1, 0.45), clamp(w.rightDivider(), 0.3, 0.85));
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
    }

    void save(Stage stage, SplitPane split) {
        if (stage == null || split == null) {
            return;
        }
        double[] d = split.getDividerPositions();
        DeskPreferences.WindowState old = preferences.window();
        boolean max = stage.isMaximized();
        preferences.setWindow(new DeskPreferences.WindowState(max ? old.x() : stage.getX(),
                max ? old.y() : stage.getY(), max ? old.width() : stage.getWidth(),
                max ? old.height() : stage.getHeight(), max, d.length > 0 ? d[0] : old.leftDivider(),
                d.length > 1 ? d[1] : old.rightDivider()));
        preferences.flush();
    }
}
