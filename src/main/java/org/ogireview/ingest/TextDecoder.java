package org.ogireview.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Bytes to text with the charset detected, not assumed: UTF-8 (BOM or not), GB18030/GBK, Big5. */
final class TextDecoder {

    record Decoded(String text, Charset charset, String warning) {
    }

    private TextDecoder() {
    }

    static Decoded decode(Path file, byte[] bytes, Charset override) throws IngestException {
        if (override != null) {
            return new Decoded(stripBom(new String(bytes, override)), override, null);
        }
        if (looksBinary(bytes)) {
            throw new IngestException(file, "looks like a binary file, not text");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    null);
        }
        // Strict UTF-8 first: a GBK file almost never decodes as valid UTF-8, and ICU can mistake short UTF-8 texts.
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(s, StandardCharsets.UTF_8, null);
        } catch (CharacterCodingException notUtf8) {
            // fall through to detection
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        Charset chosen = null;
        int confidence = 0;
        for (CharsetMatch m : detector.detectAll()) {
            String name = m.getName();
            if (name.equals("GB18030") || name.equals("Big5") || name.startsWith("UTF-16")) {
                chosen = Charset.forName(name);
                confidence = m.getConfidence();
                break;
            }
        }
        if (chosen == null) {
            chosen = Charset.forName("GB18030");
        }
        String warning = confidence < 30 ? "charset guessed as " + chosen.name() + " with low confidence" : null;
        return new Decoded(stripBom(new String(bytes, chosen)), chosen, warning);
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** NUL bytes outside UTF-16 text, or many control bytes, mean a binary file. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (n >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return false;
        }
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
