package org.ogireview.export;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import java.io.IOException;
import java.io.Writer;

/**
 * OpenCSV's writer (its quoting and escaping unchanged) with one line buffer reused for every row: the stock
 * writeNext builds a new buffer per row and widens it on the first Chinese character, which cost more than the
 * quoting itself in an export of a million rows.
 */
final class RowWriter extends CSVWriter {

    private final StringBuilder line = new StringBuilder(1024);

    RowWriter(Writer writer, String lineEnd) {
        super(writer, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, lineEnd);
        line.append('\u4e00').setLength(0); // two-byte chars from the start
    }

    /** The same test as OpenCSV's (separator, quote, escape, line breaks) in one pass instead of five. */
    @Override
    protected boolean stringContainsSpecialCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == separator || c == quotechar || c == escapechar || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void writeNext(String[] nextLine, boolean applyQuotesToAll) {
        try {
            line.setLength(0);
            writeNext(nextLine, applyQuotesToAll, line); // appends the line end and writes the line
        } catch (IOException e) {
            exception = e;
        }
    }
}
