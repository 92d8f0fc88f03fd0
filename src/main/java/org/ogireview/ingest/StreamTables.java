package org.ogireview.ingest;

import java.util.List;

/** Tables drawn without lines, found from how the text of consecutive lines lines up. */
final class StreamTables {

    record Found(float top, List<PdfLines.Line> lines, List<DocumentBuilder.TableItem> items) {
    }

    private StreamTables() {
    }

    static List<Found> find(List<PdfLines.Line> lines, PdfPage page) {
        return List.of();
    }
}
