package org.ogireview;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, as the build wrote it into {@code version.properties} from the pom. */
public final class AppVersion {

    private AppVersion() {
    }

    /** The version, e.g. "0.1.0-SNAPSHOT"; "unknown" when the resource is missing (running unfiltered classes). */
    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
