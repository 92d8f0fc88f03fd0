package org.ogireview.gui.common;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the desk remembers between runs, in a {@link Preferences} node: the coder's name, the window's size and
 * split positions, the language, the last folders and the document mode belong to the person; the last report
 * and the list's filters belong to a database, in a child node keyed by a hash of its path
 * ({@link #forDatabase}), so a second database never opens on the first one's report id. Tests pass a throwaway
 * node.
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

    private static final String DATABASES = "databases";

    private final Preferences node;
    private final Preferences database;

    /** The person's settings in the node; database settings in its child for no named database. */
    public DeskPreferences(Preferences node) {
        this(node, node.node(DATABASES).node("default"));
    }

    private DeskPreferences(Preferences node, Preferences database) {
        this.node = node;
        this.database = database;
    }

    /** The same person's settings, with the database settings of this database file. */
    public DeskPreferences forDatabase(Path databaseFile) {
        Path path = databaseFile.toAbsolutePath().normalize();
        Preferences db = node.node(DATABASES).node(databaseKey(path));
        db.put("path", path.toString()); // for a person reading the preferences; the key is the hash
        return new DeskPreferences(node, db);
    }

    /**
     * The same person's settings, with the database settings of a file's path or a team database's address (never a
     * password: an address holds none).
     */
    public DeskPreferences forDatabase(String location) {
        if (!org.ogireview.store.ServerAddress.isServer(location)) {
            return forDatabase(Path.of(location));
        }
        Preferences db = node.node(DATABASES).node(databaseKey(location));
        db.put("path", location);
        return new DeskPreferences(node, db);
    }

    /** A node name for a database path: the first 20 hex digits of its SHA-256 (paths may be longer than a node name may be). */
    static String databaseKey(Path path) {
        return databaseKey(path.toString());
    }

    private static String databaseKey(String location) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(location.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the settings of the current database live (the list's filters, the last report). */
    public Preferences databaseNode() {
        return database;
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
        long id = database.getLong(LAST_REPORT, -1);
        return id < 0 ? Optional.empty() : Optional.of(id);
    }

    public void setLastReport(long id) {
        database.putLong(LAST_REPORT, id);
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
