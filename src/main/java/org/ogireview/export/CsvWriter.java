package org.ogireview.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 rows in UTF-8, written exactly as OpenCSV's CSVWriter writes them with its defaults (comma, double quote
 * as quote and escape, CRLF line ends, a cell quoted only when it holds a comma, quote or line break, a quote inside
 * doubled; a lone surrogate becomes '?', as {@link String#getBytes} does), without its per-row cost: every row went
 * through a StringBuilder, a String copy of it and a UTF-8 byte array of that, about a third of all the memory an
 * export of 10,000 reports allocated. Here cells are copied straight into one char block that is encoded into one
 * byte block, both reused. CsvWriterTest holds it to OpenCSV's output and reads it back with OpenCSV's reader.
 */
final class CsvWriter implements Closeable {

    private static final int BLOCK = 1 << 16;
    private static final String LINE_END = "\r\n";

    private final OutputStream out;
    private char[] chars = new char[BLOCK];
    private int used;
    private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK * 3);
    private final CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);

    CsvWriter(OutputStream out) {
        this.out = out;
    }

    /** The byte-order mark (U+FEFF) that tells Excel the file is UTF-8. */
    void bom() throws IOException {
        room(1);
        chars[used++] = '\uFEFF';
    }

    /** One row; a null cell is written as an empty one. */
    void row(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                room(1);
                chars[used++] = ',';
            }
            String cell = cells[i];
            if (cell != null) {
                cell(cell);
            }
        }
        room(LINE_END.length());
        LINE_END.getChars(0, LINE_END.length(), chars, used);
        used += LINE_END.length();
    }

    private void cell(String cell) throws IOException {
        int n = cell.length();
        if (!needsQuotes(cell)) {
            room(n);
            cell.getChars(0, n, chars, used);
            used += n;
            return;
        }
        room(2 * n + 2);
        chars[used++] = '"';
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                chars[used++] = '"';
            }
            chars[used++] = c;
        }
        chars[used++] = '"';
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Makes room for n more chars: encodes the block when full, grows it for a cell larger than a block. */
    private void room(int n) throws IOException {
        if (used + n <= chars.length) {
            return;
        }
        encode(false);
        if (used + n > chars.length) {
            char[] bigger = new char[Math.max(chars.length * 2, used + n)];
            System.arraycopy(chars, 0, bigger, 0, used);
            chars = bigger;
        }
    }

    /**
     * Encodes the chars written so far. A high surrogate at the end of the block waits for its pair (the encoder
     * leaves it unread); at the end of the file it is malformed and becomes '?'.
     */
    private void encode(boolean endOfInput) throws IOException {
        CharBuffer in = CharBuffer.wrap(chars, 0, used);
        while (true) {
            CoderResult r = utf8.encode(in, bytes, endOfInput);
            writeBytes();
            if (!r.isOverflow()) {
                break;
            }
        }
        if (endOfInput) {
            utf8.flush(bytes);
            writeBytes();
            utf8.reset();
        }
        int left = in.remaining();
        System.arraycopy(chars, in.position(), chars, 0, left);
        used = left;
    }

    private void writeBytes() throws IOException {
        if (bytes.position() > 0) {
            out.write(bytes.array(), 0, bytes.position());
            bytes.clear();
        }
    }

    /** Encodes and writes everything, then closes the stream. */
    @Override
    public void close() throws IOException {
        try {
            encode(true);
            out.flush();
        } finally {
            out.close();
        }
    }
}
