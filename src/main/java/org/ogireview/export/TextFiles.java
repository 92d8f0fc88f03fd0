package org.ogireview.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A whole text file written to a temporary file beside the target and moved over it: never half a file. */
final class TextFiles {

    private TextFiles() {
    }

    static void write(Path target, String text) throws IOException {
        Path out = target.toAbsolutePath().normalize();
        Path temp = Files.createTempFile(out.getParent(), "." + out.getFileName() + "-", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
