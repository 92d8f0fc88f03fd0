package org.ogireview.gui.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the desk remembers between runs, in a {@link Preferences} node: the coder's name, the window's size and
 * split positions, the last report, the language and the last folders. Tests pass a throwaway node.
 */
public final class DeskPreferences {

    /** The user's real node; tests never use it. */
    public static final String NODE = "/org/ogireview/desk";

    private static final String CODER = "coder";
    private static final String LANGUAGE = "language";
    private static final String LAST_REPORT = "lastReport";
    private static final String IMPORT_DIR = "importDir";
    private static final String EXPORT_DIR = "exportDir";
    private static final String DOCUMENT_MODE = "documentMode";

    private final Preferences node;

    public DeskPreferences(Preferences node) {
        this.node = node;
    }

    public static DeskPreferences user() {
        return new DeskPreferences(Preferences.userRoot().node(NODE));
    }

    public Preferences node() {
        return node;
    }

    public Optional<String> coder() {
        return Optional.ofNullable(node.get(CODER, null)).map(String::strip).filter(s -> !s.isEmpty());
    }

    public void setCoder(String coder) {
        node.put(CODER, coder.strip());
        flush();
    }

    /** The chosen language, or the system's when none was chosen. */
    public Locale locale() {
        String tag = node.get(LANGUAGE, null);
        return tag == null ? Locale.getDefault() : Locale.forLanguageTag(tag);
    }

    public void setLocale(Locale locale) {
        node.put(LANGUAGE, locale.toLanguageTag());
        flush();
    }

    public Optional<Long> lastReport() {
        long id = node.getLong(LAST_REPORT, -1);
        return id < 0 ? Optional.empty() : Optional.of(id);
    }

    public void setLastReport(long id) {
        node.putLong(LAST_REPORT, id);
    }

    public Optional<Path> importFolder() {
        return path(IMPORT_DIR);
    }

    public void setImportFolder(Path folder) {
        node.put(IMPORT_DIR, folder.toString());
    }

    public Optional<Path> exportFolder() {
        return path(EXPORT_DIR);
    }

    public void setExportFolder(Path folder) {
        node.put(EXPORT_DIR, folder.toString());
    }

    /** How the centre pane shows PDF reports: "text", "page" or "both". */
    public String documentMode() {
        return node.get(DOCUMENT_MODE, "text");
    }

    public void setDocumentMode(String mode) {
        node.put(DOCUMENT_MODE, mode);
    }

    public WindowState window() {
        return new WindowState(node.getDouble("window.x", Double.NaN), node.getDouble("window.y", Double.NaN),
                node.getDouble("window.width", 1400), node.getDouble("window.height", 880),
                node.getBoolean("window.maximized", false), node.getDouble("split.left", 0.28),
                node.getDouble("split.right", 0.58));
    }

    public void setWindow(WindowState w) {
        if (!Double.isNaN(w.x())) {
            node.putDouble("window.x", w.x());
            node.putDouble("window.y", w.y());
        }
        node.putDouble("window.width", w.width());
        node.putDouble("window.height", w.height());
        node.putBoolean("window.maximized", w.maximized());
        node.putDouble("split.left", w.leftDivider());
        node.putDouble("split.right", w.rightDivider());
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Preferences are a convenience: a read-only home folder must not stop the review.
        }
    }

    private Optional<Path> path(String key) {
        String s = node.get(key, null);
        try {
            return s == null ? Optional.empty() : Optional.of(Path.of(s));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The window's geometry; x and y are NaN until the window was placed once.
     *
     * @param leftDivider  position of the divider between report list and text (0..1)
     * @param rightDivider position of the divider between text and form (0..1)
     */
    public record WindowState(double x, double y, double width, double height, boolean maximized,
                              double leftDivider, double rightDivider) {
    }
}
