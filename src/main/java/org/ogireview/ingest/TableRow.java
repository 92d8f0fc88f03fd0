package org.ogireview.ingest;

import java.util.List;

/** One row of a table: its cells as laid out in the source (spanned cells appear once, in their first row). */
public record TableRow(List<TableCell> cells, int start, int end) {

    public TableRow {
        cells = List.copyOf(cells);
    }
}
