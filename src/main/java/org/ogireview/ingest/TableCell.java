package org.ogireview.ingest;

/**
 * One cell of a table found in a report, with its text span in the document text.
 *
 * @param text    the cell's text as shown (may be empty for an empty cell)
 * @param start   offset of the cell text in the document text (for an empty cell: where it would stand)
 * @param end     exclusive end
 * @param rowSpan rows the cell covers (1 when it does not span)
 * @param colSpan columns the cell covers
 */
public record TableCell(String text, int start, int end, int rowSpan, int colSpan) {

    public TableCell {
        text = text == null ? "" : text;
        rowSpan = Math.max(1, rowSpan);
        colSpan = Math.max(1, colSpan);
    }

    public TableCell(String text, int start, int end) {
        this(text, start, end, 1, 1);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
