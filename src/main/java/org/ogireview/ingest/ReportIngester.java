package org.ogireview.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Files to documents: picks the reader by the file's ending. The one entry point of the ingest package. */
public final class ReportIngester {

    /** Files above this size are refused: no annual report comes close, and reading one would starve the app. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    public static final List<String> SUPPORTED = List.of("txt", "html", "htm", "pdf");

    public IngestedDocument ingest(Path file) throws IngestException {
        return ingest(file, null);
    }

    /** Reads a file; {@code charsetOverride} forces the text charset (null: detect it). */
    public IngestedDocument ingest(Path file, Charset charsetOverride) throws IngestException {
        byte[] bytes = readBytes(file);
        String kind = kindOf(file);
        String sha = sha256(bytes);
        return switch (kind) {
            case "txt" -> TextReader.read(file, bytes, sha, charsetOverride);
            case "html", "htm" -> HtmlReader.read(file, bytes, sha, charsetOverride);
            case "pdf" -> throw new IngestException(file, "PDF import is not available yet");
            default -> throw new IngestException(file, "unsupported file type (use .txt, .html, .htm or .pdf)");
        };
    }

    public static boolean isSupported(Path file) {
        return SUPPORTED.contains(kindOf(file));
    }

    static String kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static byte[] readBytes(Path file) throws IngestException {
        try {
            if (Files.isDirectory(file)) {
                throw new IngestException(file, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new IngestException(file, "the file is empty");
            }
            if (size > MAX_BYTES) {
                throw new IngestException(file, "the file is too large (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(file, "no such file");
        } catch (IOException e) {
            throw new IngestException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
