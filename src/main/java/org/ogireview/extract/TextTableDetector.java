package org.ogireview.extract;

import org.ogireview.ingest.TextTable;

import java.util.List;

/** Finds tables written as text: cells split by tabs, '|' or runs of spaces, header cells wrapped over lines. */
final class TextTableDetector {

    List<TextTable> detect(NormalizedText text) {
        return List.of();
    }
}
