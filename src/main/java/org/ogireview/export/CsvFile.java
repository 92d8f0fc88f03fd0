package org.ogireview.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one CSV file safely: UTF-8 (with a byte-order mark by default, so Excel on a Chinese Windows reads it as
 * UTF-8 rather than GBK), RFC 4180 line ends, every cell through {@link SafeCells}; the rows go to a temporary file
 * in the target's folder which then replaces the target in one move, so a failed or cancelled export never leaves
 * a half-written file behind and never damages an earlier export.
 */
public final class CsvFile {

    /** Writes rows to an open CSV. */
    @FunctionalInterface
    public interface Body {
        void write(Rows rows) throws IOException;
    }

    /** The rows of one file. */
    public static final class Rows {
        private final CsvWriter csv;
        private long count;

        private Rows(CsvWriter csv) {
            this.csv = csv;
        }

        public void header(String... cells) throws IOException {
            csv.row(cells);
        }

        /** A data row; the array is reused by callers, so it is guarded in place. */
        public void row(String... cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = SafeCells.guard(cells[i]);
            }
            csv.row(cells);
            count++;
        }

        public long count() {
            return count;
        }
    }

    private CsvFile() {
    }

    /** Writes the file; returns the number of data rows. */
    public static long write(Path target, boolean bom, Body body) throws IOException {
        Path out = target.toAbsolutePath().normalize();
        Path folder = out.getParent();
        if (Files.isDirectory(out)) {
            throw new IOException(out + " is a folder; name a file to write");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + out + ": the folder " + folder + " does not exist");
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + out.getFileName() + "-", ".tmp");
        } catch (IOException e) {
            throw new IOException("cannot write in " + folder + " (" + e.getMessage() + ")", e);
        }
        boolean moved = false;
        try {
            long rows;
            try (CsvWriter csv = new CsvWriter(Files.newOutputStream(temp))) {
                if (bom) {
                    csv.bom();
                }
                Rows written = new Rows(csv);
                body.write(written);
                rows = written.count();
            }
            try {
                Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            return rows;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
