package org.ogireview.gui.importing;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.charset.Charset;
import java.nio.file.Path;

/** One file of an import, with the charset the coder chose for it (null: detect it). */
public final class ImportItem {

    private final Path file;
    private final ObjectProperty<Charset> charset = new SimpleObjectProperty<>(this, "charset");

    public ImportItem(Path file) {
        this(file, null);
    }

    public ImportItem(Path file, Charset charset) {
        this.file = file;
        this.charset.set(charset);
    }

    public Path file() {
        return file;
    }

    public ObjectProperty<Charset> charsetProperty() {
        return charset;
    }

    public Charset charset() {
        return charset.get();
    }
}
