package org.ogireview.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the app keeps its database when the user names none: the operating system's place for per-user data. */
public final class DataFolder {

    /** The database file in the data folder (H2 appends nothing: this is the full name). */
    public static final String DEFAULT_FILE_NAME = "ogi-review.mv.db";

    private static final String APP_FOLDER = "OGI Report Review";

    private DataFolder() {
    }

    /** Linux {@code ~/.ogi-review}, macOS {@code ~/Library/Application Support/OGI Report Review}, Windows {@code %APPDATA%\OGI Report Review}. */
    public static Path defaultFolder() {
        return folderFor(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")),
                System.getenv());
    }

    public static Path defaultDatabase() {
        return defaultFolder().resolve(DEFAULT_FILE_NAME);
    }

    static Path folderFor(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        return home.resolve(".ogi-review");
    }
}
