package org.ogireview.ingest;

/**
 * Where a run of document text stands on a PDF page, in PDF user-space points with the origin at the top left
 * of the page (as PDFBox's text positions give it).
 *
 * @param start first text offset covered
 * @param end   exclusive end offset
 * @param page  page index, from 0
 */
public record PageBox(int start, int end, int page, float x, float y, float width, float height) {
}
