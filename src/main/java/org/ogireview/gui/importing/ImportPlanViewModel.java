package org.ogireview.gui.importing;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireview.ingest.ReportIngester;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files about to be imported, before the import starts: files and whole folders (searched through for .txt,
 * .html, .htm and .pdf), each with a charset the coder may set when the detection would guess wrong.
 */
public final class ImportPlanViewModel {

    /** Charsets Chinese reports come in; null stands for "detect". */
    public static final List<Charset> CHARSETS = charsets();

    private final ObservableList<ImportItem> items = FXCollections.observableArrayList();
    private final List<org.ogireview.model.UserText> problems = new ArrayList<>();

    public ObservableList<ImportItem> items() {
        return items;
    }

    /** Folders that could not be searched since the last call, worded for the user (in English). */
    public List<String> takeProblems() {
        return takeProblems(java.util.Locale.ROOT);
    }

    /** Folders that could not be searched since the last call, in the window's language. */
    public List<String> takeProblems(java.util.Locale locale) {
        List<String> out = problems.stream().map(t -> t.in(locale)).toList();
        problems.clear();
        return out;
    }

    /** Adds files and the report files inside folders (and their sub-folders); each file once. */
    public void add(List<Path> paths) {
        Set<Path> known = new LinkedHashSet<>();
        items.forEach(i -> known.add(i.file().toAbsolutePath().normalize()));
        List<ImportItem> added = new ArrayList<>();
        for (Path p : paths) {
            for (Path file : expand(p)) {
                if (known.add(file.toAbsolutePath().normalize())) {
                    added.add(new ImportItem(file));
                }
            }
        }
        items.addAll(added);
    }

    public void remove(List<ImportItem> chosen) {
        items.removeAll(chosen);
    }

    /** Sets one charset for the chosen files (null: detect). */
    public void setCharset(List<ImportItem> chosen, Charset charset) {
        chosen.forEach(i -> i.charsetProperty().set(charset));
    }

    private List<Path> expand(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile).filter(ReportIngester::isSupported)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(new org.ogireview.model.UserText("ingest.file", p, org.ogireview.model.UserText.of(e)));
            return List.of();
        }
    }

    private static List<Charset> charsets() {
        List<Charset> out = new ArrayList<>();
        out.add(null);
        for (String name : List.of("UTF-8", "GB18030", "GBK", "GB2312", "Big5", "UTF-16LE", "UTF-16BE")) {
            if (Charset.isSupported(name)) {
                out.add(Charset.forName(name));
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }
}
