package org.ogireview.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset an HTML page declares in its first bytes: {@code <meta charset>}, http-equiv, or an XML prolog. */
final class HtmlCharset {

    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML = Pattern.compile(
            "<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    /** The declared charset, or null when none is declared or Java does not know the name. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        String name = m.find() ? m.group(1) : null;
        if (name == null) {
            Matcher x = XML.matcher(head);
            name = x.find() ? x.group(1) : null;
        }
        if (name == null) {
            return null;
        }
        name = name.toLowerCase(Locale.ROOT);
        if (name.equals("utf8")) {
            name = "UTF-8";
        }
        if (name.startsWith("utf-16")) {
            return null; // a page whose bytes could be read this far is not UTF-16 (browsers read it as UTF-8 too)
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
