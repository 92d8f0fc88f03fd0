package org.ogireview.gui.common;

import javafx.scene.image.Image;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The app's own icon in the sizes window managers pick from. */
public final class AppIcons {

    public static final List<Integer> SIZES = List.of(16, 32, 64, 256);

    private AppIcons() {
    }

    public static List<Image> load() {
        List<Image> out = new ArrayList<>();
        for (int size : SIZES) {
            InputStream in = AppIcons.class.getResourceAsStream(resource(size));
            if (in != null) {
                out.add(new Image(in));
            }
        }
        return out;
    }

    public static String resource(int size) {
        return "/org/ogireview/gui/icons/ogi-review-" + size + ".png";
    }
}
