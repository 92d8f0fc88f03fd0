package org.ogireview.ingest;

import java.util.List;

/**
 * A table inside the document text, whatever its origin: an HTML {@code <table>}, a PDF grid rebuilt from
 * character positions, or text lines with cells split by tabs, '|' or runs of spaces. The extractor reads
 * all of them the same way.
 *
 * @param start offset of the table's first character in the document text
 * @param end   exclusive end
 */
public record TextTable(int start, int end, List<TableRow> rows) {

    public TextTable {
        rows = List.copyOf(rows);
    }
}
