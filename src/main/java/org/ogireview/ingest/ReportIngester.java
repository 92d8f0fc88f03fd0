package org.ogireview.ingest;

import org.ogireview.model.UserText;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Files to documents: the one entry point of the ingest package. The reader is picked by the file's ending, checked
 * against what its first bytes say (an HTML error page saved as .pdf gets a message, not a crash). Thread-safe:
 * a collection import may ingest files on several threads.
 */
public final class ReportIngester {

    /** Files above this size are refused: no annual report comes close, and reading one would starve the app. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    public static final List<String> SUPPORTED = List.of("txt", "html", "htm", "pdf");

    /** Charsets a user can force on a text or HTML file whose detected charset is wrong. */
    public static final List<String> CHARSET_CHOICES = List.of("UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE");

    private final long maxBytes;

    public ReportIngester() {
        this(MAX_BYTES);
    }

    /** An ingester with another size limit (tests use a small one). */
    public ReportIngester(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public IngestedDocument ingest(Path file) throws IngestException {
        return ingest(file, null);
    }

    /** Reads a file; {@code charsetOverride} forces the text charset of a .txt or HTML file (null: detect it). */
    public IngestedDocument ingest(Path file, Charset charsetOverride) throws IngestException {
        try {
            return read(file, charsetOverride);
        } catch (RuntimeException | StackOverflowError e) {
            // whatever a library throws on a file nobody foresaw, the import reports it and goes on
            throw new IngestException(file, new UserText("ingest.unreadable", UserText.foreign(e.toString())), e);
        }
    }

    /**
     * Reads a report from bytes already in hand, named as its file was (the store keeps each report's original, and
     * the page view reads it again for the positions of its characters): the same document as from the file.
     */
    public IngestedDocument ingest(String fileName, byte[] bytes) throws IngestException {
        Path name = nameAsPath(fileName);
        try {
            if (!SUPPORTED.contains(kindOf(name))) {
                throw new IngestException(name, new UserText("ingest.unsupported"));
            }
            return read(name, bytes, null);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IngestException(name, new UserText("ingest.unreadable", UserText.foreign(e.toString())), e);
        }
    }

    /** A file name as a path for messages; a name no file system takes (a stored oddity) still names the report. */
    static Path nameAsPath(String fileName) {
        try {
            return Path.of(fileName == null || fileName.isBlank() ? "report" : fileName).getFileName();
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of("report");
        }
    }

    private IngestedDocument read(Path file, Charset charsetOverride) throws IngestException {
        if (!SUPPORTED.contains(kindOf(file)) && !java.nio.file.Files.exists(file)) {
            // a mistyped folder has no extension: "no such file" says what is wrong, "unsupported type" misleads
            throw new IngestException(file, new UserText("ingest.noSuchFile"));
        }
        if (!SUPPORTED.contains(kindOf(file))) {
            throw new IngestException(file, new UserText("ingest.unsupported"));
        }
        return read(file, readBytes(file), charsetOverride);
    }

    private IngestedDocument read(Path file, byte[] bytes, Charset charsetOverride) throws IngestException {
        String kind = kindOf(file);
        String sha = sha256(bytes);
        ContentSniffer.Kind content = ContentSniffer.sniff(bytes);
        UserText unreadable = ContentSniffer.unreadable(content);
        // a charset the user chose is honoured even when the bytes look binary (UTF-16 without a byte-order mark)
        boolean forcedText = charsetOverride != null && content == ContentSniffer.Kind.OTHER_BINARY
                && !kind.equals("pdf");
        if (unreadable != null && !forcedText && !(kind.equals("pdf") && content == ContentSniffer.Kind.OTHER_BINARY)) {
            throw new IngestException(file, unreadable);
        }
        if (kind.equals("pdf")) {
            if (content == ContentSniffer.Kind.HTML) {
                throw new IngestException(file, new UserText("ingest.pdfIsHtml"));
            }
            if (content == ContentSniffer.Kind.TEXT) {
                throw new IngestException(file, new UserText("ingest.pdfIsText"));
            }
            return PdfReader.read(file, bytes, sha);
        }
        if (content == ContentSniffer.Kind.PDF) {
            return withWarning(PdfReader.read(file, bytes, sha), new UserText("ingest.pdfMisnamed", kind));
        }
        if (kind.equals("txt") && content == ContentSniffer.Kind.HTML) {
            return withWarning(HtmlReader.read(file, bytes, sha, charsetOverride),
                    new UserText("ingest.htmlMisnamed"));
        }
        return kind.equals("txt") ? TextReader.read(file, bytes, sha, charsetOverride)
                : HtmlReader.read(file, bytes, sha, charsetOverride);
    }

    /**
     * Every importable file under a folder, sub-folders included, in path order. Hidden files and folders
     * (names starting with a dot, or hidden to the system) and office lock files (~$…) are skipped; unreadable
     * sub-folders are skipped, not fatal.
     */
    public static List<Path> listImportable(Path folder) throws IOException {
        return FolderScanner.list(folder);
    }

    public static boolean isSupported(Path file) {
        return SUPPORTED.contains(kindOf(file));
    }

    static String kindOf(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString().toLowerCase(Locale.ROOT);
        int dot = s.lastIndexOf('.');
        return dot < 0 ? "" : s.substring(dot + 1);
    }

    private byte[] readBytes(Path file) throws IngestException {
        try {
            if (Files.isDirectory(file)) {
                throw new IngestException(file, new UserText("ingest.folder"));
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new IngestException(file, new UserText("ingest.empty"));
            }
            if (size > maxBytes) {
                throw new IngestException(file,
                        new UserText("ingest.tooLarge", megabytes(size), megabytes(maxBytes)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(file, new UserText("ingest.noSuchFile"));
        } catch (AccessDeniedException e) {
            throw new IngestException(file, new UserText("ingest.permissionDenied"), e);
        } catch (IOException e) {
            throw new IngestException(file, new UserText("ingest.unreadable", UserText.of(e)), e);
        } catch (OutOfMemoryError e) {
            throw new IngestException(file, new UserText("ingest.outOfMemory"));
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static IngestedDocument withWarning(IngestedDocument d, UserText warning) {
        List<UserText> warnings = new java.util.ArrayList<>(d.notes());
        warnings.add(0, warning);
        return new IngestedDocument(d.fileName(), d.sha256(), d.sourceKind(), d.charset(), d.text(), d.tables(),
                d.boxes(), d.pageCount(), d.needsManual(), warnings);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
