package org.ogireview.gui.common;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Font;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The desk's look: the bundled stylesheet plus a generated one naming a CJK font.
 * <p>
 * JavaFX falls back only to TrueType CJK fonts; a system with just the CFF Noto CJK files would draw boxes unless
 * CSS names the family. So the first installed family of a list of common CJK fonts is written into a small
 * data-URI stylesheet, with its own rule for RichTextFX's text nodes, which do not inherit the root's font.
 */
public final class DeskStyle {

    /** In order of preference: the fonts Windows, macOS and Linux desktops ship with. */
    static final List<String> CJK_FAMILIES = List.of("Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC",
            "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Source Han Sans SC", "Source Han Sans CN",
            "SimHei", "SimSun", "Hiragino Sans GB", "Noto Sans CJK JP", "AR PL UMing CN");

    private static final String STYLESHEET = "/org/ogireview/gui/desk.css";
    private static volatile List<String> stylesheets;

    private DeskStyle() {
    }

    /** The first family of {@link #CJK_FAMILIES} among the installed ones. */
    public static Optional<String> pickCjkFamily(Set<String> installed) {
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst();
    }

    public static List<String> stylesheets() {
        List<String> s = stylesheets;
        if (s == null) {
            String base = Objects.requireNonNull(DeskStyle.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
            Optional<String> family = pickCjkFamily(Set.copyOf(Font.getFamilies()));
            s = family.map(f -> List.of(base, fontSheet(f))).orElse(List.of(base));
            stylesheets = s;
        }
        return s;
    }

    static String fontSheet(String family) {
        String css = ".root, .styled-text-area .text, .tooltip, .menu-item .label, .table-view .text { "
                + "-fx-font-family: '" + family + "'; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
    }

    public static void apply(DialogPane pane) {
        pane.getStylesheets().setAll(stylesheets());
    }
}
