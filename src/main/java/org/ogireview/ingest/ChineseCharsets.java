package org.ogireview.ingest;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The charsets Chinese reports come in and how their bytes tell them apart, for {@link TextDecoder}: GB18030 (the
 * superset of GB2312 and GBK) against Big5, which share their byte ranges, judged by how much of the text stays
 * within each charset's common characters.
 */
final class ChineseCharsets {

    static final Charset GB18030 = Charset.forName("GB18030");

    static final Charset BIG5 = Charset.forName("Big5");

    private ChineseCharsets() {
    }

    /**
     * GB18030 and Big5 share their byte ranges, so either decodes the other's bytes without error. Real GBK text
     * stays almost entirely inside GB2312's common characters; Big5 bytes read as GBK do not (their second bytes
     * 0x40-0x7E land in GBK's rare extension area).
     */
    static Charset settleGbOrBig5(byte[] bytes, List<Charset> candidates) {
        Charset first = candidates.get(0);
        if (!first.equals(GB18030) && !first.equals(BIG5)) {
            return first;
        }
        double common = gb2312Share(new String(bytes, GB18030));
        if (common >= 0.97) {
            return GB18030;
        }
        if (common < 0.85 && TextDecoder.invalidShare(new String(bytes, BIG5)) <= TextDecoder.MAX_INVALID) {
            return BIG5;
        }
        return first;
    }

    /**
     * Whether decoded Chinese looks like language: real text keeps to the common characters of its charset
     * (GB2312's for simplified, Big5's first level for traditional); bytes that merely happen to decode do not.
     */
    static boolean plausible(byte[] bytes, String text, Charset chosen) {
        long han = text.chars().filter(c -> c >= 0x4E00 && c <= 0x9FFF || c >= 0xE000 && c <= 0xF8FF).count();
        if (han < 20) {
            return true;
        }
        if (chosen.equals(BIG5)) {
            return big5CommonShare(bytes) >= 0.6;
        }
        if (chosen.equals(GB18030)) {
            return gb2312Share(text) >= 0.6 || big5CommonShare(bytes) >= 0.6;
        }
        return true;
    }

    /** Share of double-byte characters that fall in Big5's first level (0xA440-0xC67E), the common characters. */
    private static double big5CommonShare(byte[] bytes) {
        int pairs = 0;
        int common = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x81 || lead == 0xFF) {
                continue;
            }
            int trail = bytes[i + 1] & 0xFF;
            pairs++;
            if (lead >= 0xA4 && lead <= 0xC5 || lead == 0xC6 && trail <= 0x7E) {
                common++;
            }
            i++;
        }
        return pairs == 0 ? 1.0 : (double) common / pairs;
    }

    /** Share of Han characters of {@code s} that GB2312 (the common simplified set) holds. */
    private static double gb2312Share(String s) {
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        int han = 0;
        int common = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF || c >= 0xE000 && c <= 0xF8FF) {
                han++;
                if (gb2312.canEncode(c)) {
                    common++;
                }
            }
        }
        return han == 0 ? 1.0 : (double) common / han;
    }

    /** ICU's names for the multi-byte charsets Chinese reports come in, as the widest Java charset of each family. */
    static Charset chinese(String icuName) {
        String n = icuName.toUpperCase(Locale.ROOT);
        if (n.equals("GB18030") || n.equals("GBK") || n.equals("GB2312")) {
            return GB18030;
        }
        if (n.startsWith("BIG5")) {
            return BIG5;
        }
        // UTF-16 is left out: any even number of bytes decodes as UTF-16, so ICU's guess proves nothing; UTF-16
        // comes with a byte-order mark or shows itself by its zero bytes (see utf16WithoutBom)
        return null;
    }

    /** GB2312 and GBK declarations are read as GB18030, their superset: pages labelled GB2312 use GBK characters. */
    static Charset widen(Charset declared) {
        String n = declared.name().toUpperCase(Locale.ROOT);
        if (n.equals("GB2312") || n.equals("GBK") || n.equals("EUC-CN") || n.equals("X-EUC-CN")) {
            return GB18030;
        }
        if (n.equals("US-ASCII")) {
            return StandardCharsets.UTF_8;
        }
        return declared;
    }
}
