package org.ogireview.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import org.ogireview.model.UserText;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes to text with the charset detected, not assumed: a byte-order mark first, then the charset the file
 * declares (HTML), then strict UTF-8, then ICU's detector narrowed to what Chinese reports use (GB18030/GBK,
 * Big5, UTF-16). A decoding that leaves many characters invalid is refused with a message, never shown as
 * mojibake.
 */
final class TextDecoder {

    /** Share of invalid characters above which a decoding is refused. */
    static final double MAX_INVALID = 0.02;

    record Decoded(String text, Charset charset, UserText warning) {
    }

    private TextDecoder() {
    }

    static Decoded decode(Path file, byte[] bytes, Charset override) throws IngestException {
        return decode(file, bytes, override, null);
    }

    /**
     * @param override a charset the user chose (wins over everything)
     * @param declared a charset the file itself names (HTML meta), trusted only if the bytes agree
     */
    static Decoded decode(Path file, byte[] bytes, Charset override, Charset declared) throws IngestException {
        if (override != null) {
            return forced(file, bytes, override);
        }
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            String s = stripBom(new String(bytes, bom));
            requireValid(file, s, bom);
            return new Decoded(s, bom, null);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16, null);
        }
        if (looksBinary(bytes)) {
            throw new IngestException(file, new UserText("ingest.binary"));
        }
        UserText warning = null;
        if (declared != null) {
            String s = strict(bytes, ChineseCharsets.widen(declared));
            if (s != null) {
                return new Decoded(s, ChineseCharsets.widen(declared), null);
            }
            warning = new UserText("ingest.declaredCharsetWrong", declared.name());
        }
        // Strict UTF-8 first: GBK or Big5 text almost never decodes as valid UTF-8, and ICU can mistake short texts.
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, warning);
        }
        Decoded nearlyUtf8 = utf8WithFewBadBytes(bytes, warning);
        if (nearlyUtf8 != null) {
            return nearlyUtf8;
        }
        return detect(file, bytes, warning);
    }

    /**
     * The charset the user chose is always used, whatever the bytes look like (UTF-16 without a byte-order mark
     * looks binary to a sniffer); when it leaves characters invalid the import says so instead of refusing.
     */
    private static Decoded forced(Path file, byte[] bytes, Charset charset) throws IngestException {
        String s = stripBom(new String(bytes, charset));
        double invalid = invalidShare(s);
        if (invalid > 0.5) {
            throw new IngestException(file, new UserText("ingest.forcedInvalid", charset.name(), percent(invalid)));
        }
        UserText warning = invalid > MAX_INVALID
                ? new UserText("ingest.forcedSomeInvalid", charset.name(), percent(invalid)) : null;
        return new Decoded(s, charset, warning);
    }

    /** Bad bytes accepted in otherwise valid UTF-8: at most this many, and at most one per this many bytes. */
    private static final int MAX_BAD_UTF8 = 8;

    private static final int BYTES_PER_BAD_UTF8 = 1000;

    /**
     * UTF-8 with a few bad bytes (a damaged download, a byte flipped on a disk): decoded with replacement characters
     * (U+FFFD) and a warning that gives the offset of each bad byte, rather than refused. Text in another charset
     * (GBK, Big5) breaks UTF-8's rules at nearly every Chinese character, so it never passes.
     */
    private static Decoded utf8WithFewBadBytes(byte[] bytes, UserText earlierWarning) {
        java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        List<Integer> bad = new ArrayList<>();
        int multiByte = 0;
        for (byte b : bytes) {
            if ((b & 0xC0) == 0xC0) {
                multiByte++;
            }
        }
        while (true) {
            java.nio.charset.CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                dec.flush(out);
                break;
            }
            if (r.isError()) {
                bad.add(in.position());
                if (bad.size() > MAX_BAD_UTF8) {
                    return null;
                }
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else {
                return null;
            }
        }
        if (bad.isEmpty() || multiByte < 10 || bad.size() * BYTES_PER_BAD_UTF8 > bytes.length) {
            return null;
        }
        out.flip();
        // a broken lead byte strands the bytes after it: report each run of bad bytes once, by its first offset
        List<UserText> offsets = new ArrayList<>();
        int runs = 0;
        for (int i = 0; i < bad.size(); i++) {
            int start = bad.get(i);
            int len = 1;
            while (i + 1 < bad.size() && bad.get(i + 1) == bad.get(i) + 1) {
                i++;
                len++;
            }
            runs++;
            offsets.add(len > 1 ? new UserText("ingest.byteOffsetRun", start, len)
                    : new UserText("ingest.byteOffset", start));
        }
        UserText at = offsets.get(0);
        for (int i = 1; i < offsets.size(); i++) {
            at = new UserText("text.list", at, offsets.get(i));
        }
        UserText w = runs == 1 ? new UserText("ingest.utf8DamagedSpot", at)
                : new UserText("ingest.utf8DamagedSpots", runs, at);
        return new Decoded(stripBom(out.toString()), StandardCharsets.UTF_8,
                earlierWarning == null ? w : UserText.joined(List.of(earlierWarning, w)));
    }

    private static Decoded detect(Path file, byte[] bytes, UserText earlierWarning) throws IngestException {
        List<Charset> candidates = new ArrayList<>();
        int topConfidence = 0;
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch m : detector.detectAll()) {
            Charset cs = ChineseCharsets.chinese(m.getName());
            if (cs != null && !candidates.contains(cs)) {
                if (candidates.isEmpty()) {
                    topConfidence = m.getConfidence();
                }
                candidates.add(cs);
            }
        }
        for (Charset cs : List.of(ChineseCharsets.GB18030, ChineseCharsets.BIG5)) {
            if (!candidates.contains(cs)) {
                candidates.add(cs);
            }
        }
        Charset chosen = ChineseCharsets.settleGbOrBig5(bytes, candidates);
        String text = new String(bytes, chosen);
        double invalid = invalidShare(text);
        if (invalid > MAX_INVALID) {
            // ICU's first pick may leave bytes undecoded where another candidate reads them all.
            for (Charset cs : candidates) {
                String t = new String(bytes, cs);
                double inv = invalidShare(t);
                if (inv < invalid) {
                    invalid = inv;
                    chosen = cs;
                    text = t;
                }
            }
        }
        if (invalid > MAX_INVALID) {
            throw new IngestException(file, new UserText("ingest.undecodable", percent(invalid)));
        }
        if (!ChineseCharsets.plausible(bytes, text, chosen)) {
            throw new IngestException(file, new UserText("ingest.rareCharactersOnly"));
        }
        UserText warning = earlierWarning;
        if (warning == null && topConfidence < 25) {
            warning = new UserText("ingest.weakGuess", chosen.name());
        }
        return new Decoded(text, chosen, warning);
    }

    /** The text if the bytes are valid in the charset, else null. */
    private static String strict(byte[] bytes, Charset cs) {
        try {
            CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return stripBom(cb.toString());
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * UTF-16 written without a byte-order mark: Latin letters, digits and line breaks leave a zero byte at every
     * other position. Only accepted when the whole file then decodes cleanly.
     */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        // Chinese characters such as 开 (U+5F00) put a zero in the other position now and then
        int pairs = n / 2;
        Charset cs = null;
        // Chinese UTF-16 has few zero bytes (only its digits, Latin letters and line breaks put them in), so the
        // test is which side they fall on, not how many there are; the strict decoding below settles it
        if (oddZero >= Math.max(2, pairs * 0.02) && evenZero * 10 <= oddZero) {
            cs = StandardCharsets.UTF_16LE;
        } else if (evenZero >= Math.max(2, pairs * 0.02) && oddZero * 10 <= evenZero) {
            cs = StandardCharsets.UTF_16BE;
        }
        if (cs == null || b.length % 2 != 0) {
            return null;
        }
        String s = strict(b, cs);
        return s != null && invalidShare(s) <= MAX_INVALID ? cs : null;
    }

    private static void requireValid(Path file, String s, Charset cs) throws IngestException {
        double invalid = invalidShare(s);
        if (invalid > MAX_INVALID) {
            throw new IngestException(file, new UserText("ingest.bomInvalid", cs.name(), percent(invalid)));
        }
    }

    static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** Replacement characters and stray control characters, as a share of the non-space characters. */
    static double invalidShare(String s) {
        int total = 0;
        int bad = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            total++;
            if (c == '\uFFFD' || c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                bad++;
            }
        }
        return total == 0 ? 0 : (double) bad / total;
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** NUL bytes (outside UTF-16 text, checked before) or many control bytes mean a binary file. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return control > n / 20;
    }
}
