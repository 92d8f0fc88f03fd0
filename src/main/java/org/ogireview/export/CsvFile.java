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

    /** The operating system's reason ("No space left on device") rather than the path it repeats. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Hidden temporary files of earlier exports to the same file that a killed process left behind
     * ({@code .NAME-123.tmp}, up to tens of MB each); deleted when older than a minute, so a running export
     * elsewhere keeps its own.
     */
    static void removeLeftovers(Path folder, String name) {
        String prefix = "." + name + "-";
        try (java.util.stream.Stream<Path> s = Files.list(folder)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && n.endsWith(".tmp") && Files.isRegularFile(p)
                        && Files.getLastModifiedTime(p).toInstant().isBefore(java.time.Instant.now().minusSeconds(60))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a leftover that cannot be deleted does no harm to this export
        }
    }

    /** The mode of the file being replaced, else what the umask gives a new file (found by making one). */
    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> modeFor(Path target, Path folder)
            throws IOException {
        if (Files.exists(target)) {
            return Files.getPosixFilePermissions(target);
        }
        Path probe = folder.resolve("." + target.getFileName() + "-mode-" + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.deleteIfExists(probe);
            Files.newOutputStream(probe).close();
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.deleteIfExists(probe);
        }
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
        removeLeftovers(folder, out.getFileName().toString());
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + out.getFileName() + "-", ".tmp");
            // createTempFile makes the file 0600; an export is an ordinary file, so it gets what the umask gives a
            // new file, or the mode of the file it replaces
            try {
                Files.setPosixFilePermissions(temp, modeFor(out, folder));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: no modes; the file inherits the folder's access rules
            }
        } catch (IOException e) {
            throw new IOException("cannot write in " + folder + " (" + reason(e) + ")", e);
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
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("cannot write " + out)) {
                throw e;
            }
            throw new IOException("cannot write " + out + " (" + reason(e) + "); the earlier file, if any, is "
                    + "unchanged", e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
