package org.ogireview.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * RFC 4180 rows in UTF-8, written exactly as OpenCSV's CSVWriter writes them with its defaults (comma, double quote
 * as quote and escape, CRLF line ends, a cell quoted only when it holds a comma, quote or line break, a quote inside
 * doubled; a lone surrogate becomes '?', as {@link String#getBytes} does), without its per-row cost: every row went
 * through a StringBuilder, a String copy of it and a UTF-8 byte array of that, about a third of all the memory an
 * export of 10,000 reports allocated. Here each cell is encoded straight into one reused byte block: no char copy
 * and no charset encoder in between (the encoder's loop was the biggest single cost of writing a long export).
 * A surrogate pair is always within one cell (a separator, quote or line end follows every cell), so encoding cell
 * by cell gives the bytes a stream encoder gives. CsvWriterTest holds it to OpenCSV's output and reads it back with
 * OpenCSV's reader.
 */
final class CsvWriter implements Closeable {

    private static final int BLOCK = 1 << 17;

    private final OutputStream out;
    private byte[] bytes = new byte[BLOCK];
    private int used;

    CsvWriter(OutputStream out) {
        this.out = out;
    }

    /** The byte-order mark (U+FEFF) that tells Excel the file is UTF-8. */
    void bom() throws IOException {
        room(3);
        bytes[used++] = (byte) 0xEF;
        bytes[used++] = (byte) 0xBB;
        bytes[used++] = (byte) 0xBF;
    }

    /** One row; a null cell is written as an empty one. */
    void row(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                room(1);
                bytes[used++] = ',';
            }
            String cell = cells[i];
            if (cell != null) {
                cell(cell);
            }
        }
        room(2);
        bytes[used++] = '\r';
        bytes[used++] = '\n';
    }

    private void cell(String cell) throws IOException {
        int n = cell.length();
        boolean quoted = needsQuotes(cell);
        room(3 * n + 2); // at most 3 bytes a char (a pair: 4 for 2), a doubled quote 2; the quotes around
        byte[] b = bytes;
        int at = used;
        if (quoted) {
            b[at++] = '"';
        }
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            if (c < 0x80) {
                if (c == '"' && quoted) {
                    b[at++] = '"';
                }
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cell.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, cell.charAt(++i));
                    b[at++] = (byte) (0xF0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    b[at++] = '?'; // a lone surrogate, as the encoder's replacement
                }
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        if (quoted) {
            b[at++] = '"';
        }
        used = at;
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

    /** Makes room for n more bytes: writes the block out when full, grows it for a cell larger than a block. */
    private void room(int n) throws IOException {
        if (used + n <= bytes.length) {
            return;
        }
        writeBytes();
        if (n > bytes.length) {
            bytes = new byte[n];
        }
    }

    private void writeBytes() throws IOException {
        if (used > 0) {
            out.write(bytes, 0, used);
            used = 0;
        }
    }

    /** Writes everything, then closes the stream. */
    @Override
    public void close() throws IOException {
        try {
            writeBytes();
            out.flush();
        } finally {
            out.close();
        }
    }
}
