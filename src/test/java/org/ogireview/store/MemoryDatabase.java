package org.ogireview.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A real database kept in H2's in-memory file system: the store's real behaviour, nothing left on disk. */
public final class MemoryDatabase {

    private MemoryDatabase() {
    }

    public static Database open() throws StoreException {
        try {
            Path folder = Files.createTempDirectory("ogi-memory");
            return Database.open(folder.resolve("memory.mv.db"), "memFS:");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
