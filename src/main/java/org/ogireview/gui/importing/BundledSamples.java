package org.ogireview.gui.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample reports bundled with the app ({@code org/ogireview/samples/index.txt}), loaded on the first start
 * with an empty database so a newcomer sees a working desk. Copied to a temporary folder because the importer
 * reads files; the copies keep their names, so the list shows the same file names as the bundle.
 */
public final class BundledSamples {

    private static final String FOLDER = "/org/ogireview/samples/";

    private BundledSamples() {
    }

    /** The names listed in index.txt, in order. */
    public static List<String> names() throws IOException {
        try (InputStream in = BundledSamples.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    /** Copies every listed sample into a new temporary folder (deleted when the JVM exits). */
    public static List<Path> copyToTemp() throws IOException {
        Path folder = Files.createTempDirectory("ogi-review-samples");
        folder.toFile().deleteOnExit();
        List<Path> out = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = BundledSamples.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IOException("bundled sample missing: " + name);
                }
                Path target = folder.resolve(name);
                Files.copy(in, target);
                target.toFile().deleteOnExit();
                out.add(target);
            }
        }
        return out;
    }
}
