package org.ogireview.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the real reports live for tests: the bundled seeds and samples, the sample PDFs and the gold files. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A bundled report text by file name, e.g. {@code 000_6c56c39d01f2e555.txt} or {@code hongze-2023.txt}. */
    public static Path bundledReport(String name) {
        return resource("/org/ogireview/samples/" + name);
    }

    /** The five narrative seeds, in name order. */
    public static List<Path> seeds() {
        return list(resource("/org/ogireview/samples/000_6c56c39d01f2e555.txt").getParent(), "0");
    }

    /** The two sample table reports as text. */
    public static List<Path> sampleTexts() {
        return list(resource("/org/ogireview/samples/hongze-2023.txt").getParent(), "hongze");
    }

    /** hongze-2023.pdf and hongze-2024.pdf. */
    public static List<Path> samplePdfs() {
        return List.of(resource("/samples/hongze-2023.pdf"), resource("/samples/hongze-2024.pdf"));
    }

    /** seeds-gold.csv or samples-gold.csv. */
    public static Path gold(String name) {
        return resource("/gold/" + name);
    }

    /** The held-out corpus folder: reports of every kind plus heldout-gold.csv and a README. */
    public static Path heldoutFolder() {
        return resource("/reports/heldout/heldout-gold.csv").getParent();
    }

    /** The held-out reports (every .txt, .html and .pdf of the folder), in name order. */
    public static List<Path> heldoutReports() {
        return reportsIn(heldoutFolder());
    }

    /** The blind corpus folder (a second held-out set): reports plus blind-gold.csv and a README. */
    public static Path blindFolder() {
        return resource("/reports/blind/blind-gold.csv").getParent();
    }

    /** The blind reports (every .txt, .html and .pdf of the folder), in name order. */
    public static List<Path> blindReports() {
        return reportsIn(blindFolder());
    }

    /** The third blind corpus folder: reports plus blind3-gold.csv and a README. */
    public static Path blind3Folder() {
        return resource("/reports/blind3/blind3-gold.csv").getParent();
    }

    /** The third blind corpus's reports (every .txt, .html and .pdf of the folder), in name order. */
    public static List<Path> blind3Reports() {
        return reportsIn(blind3Folder());
    }

    /** Every report of a corpus folder (.txt, .html, .htm, .pdf; not its gold CSV or README), in name order. */
    private static List<Path> reportsIn(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().matches(".*\\.(txt|html|htm|pdf)")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path resource(String path) {
        URL url = TestFiles.class.getResource(path);
        if (url == null) {
            throw new IllegalArgumentException("missing test resource " + path);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> list(Path folder, String prefix) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
