package org.ogireview.ingest;

import org.ogireview.model.UserText;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file's first bytes say it is, whatever its name says: government sites often serve an HTML error page
 * under a .pdf name, and reports arrive as Word files renamed to .txt.
 */
final class ContentSniffer {

    enum Kind { PDF, HTML, TEXT, ZIP, OLE, RTF, IMAGE, OTHER_BINARY }

    private ContentSniffer() {
    }

    static Kind sniff(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return Kind.PDF;
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return Kind.ZIP;
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Kind.OLE;
        }
        if (head.startsWith("{\\rtf")) {
            return Kind.RTF;
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || head.startsWith("GIF8") || head.startsWith("II*\0") || head.startsWith("MM\0*")) {
            return Kind.IMAGE;
        }
        String lower = stripLeadingNoise(head).toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
                || lower.startsWith("<?xml") && lower.contains("<html") || lower.startsWith("<meta")
                || lower.startsWith("<body")) {
            return Kind.HTML;
        }
        boolean text = TextDecoder.bomCharset(bytes) != null || TextDecoder.utf16WithoutBom(bytes) != null
                || !TextDecoder.looksBinary(bytes);
        return text ? Kind.TEXT : Kind.OTHER_BINARY;
    }

    /** A user-facing description of a kind this app cannot read, or null when it can. */
    static UserText unreadable(Kind kind) {
        return switch (kind) {
            case ZIP -> new UserText("ingest.zip");
            case OLE -> new UserText("ingest.ole");
            case RTF -> new UserText("ingest.rtf");
            case IMAGE -> new UserText("ingest.image");
            case OTHER_BINARY -> new UserText("ingest.binary");
            default -> null;
        };
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** Byte-order marks and white space before the first tag. */
    private static String stripLeadingNoise(String head) {
        int i = 0;
        while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) > 0x7F)) {
            i++;
        }
        return head.substring(i);
    }
}
