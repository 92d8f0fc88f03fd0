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

    /** The resource names listed in index.txt, in order. */
    public static List<String> names() throws IOException {
        return samples().stream().map(Sample::resource).toList();
    }

    /**
     * The samples of index.txt, in order: each line names the resource and, after a space, the readable file name
     * it is imported under (the seeds' resources keep their hashed names, which gold files and tests use).
     */
    public static List<Sample> samples() throws IOException {
        try (InputStream in = BundledSamples.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            List<Sample> samples = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.strip().split("\\s+");
                if (!parts[0].isEmpty() && !parts[0].startsWith("#")) {
                    samples.add(new Sample(parts[0], parts.length > 1 ? parts[1] : parts[0]));
                }
            }
            return samples;
        }
    }

    /** Copies every listed sample, under its readable name, into a new temporary folder (deleted when the JVM exits). */
    public static List<Path> copyToTemp() throws IOException {
        Path folder = Files.createTempDirectory("ogi-review-samples");
        folder.toFile().deleteOnExit();
        List<Path> out = new ArrayList<>();
        for (Sample sample : samples()) {
            try (InputStream in = BundledSamples.class.getResourceAsStream(FOLDER + sample.resource())) {
                if (in == null) {
                    throw new IOException("bundled sample missing: " + sample.resource());
                }
                Path target = folder.resolve(sample.fileName());
                Files.copy(in, target);
                target.toFile().deleteOnExit();
                out.add(target);
            }
        }
        return out;
    }

    /** One bundled sample: its resource in the jar and the file name it is imported under. */
    public record Sample(String resource, String fileName) {
    }
}
