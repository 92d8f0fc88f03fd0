package org.ogireview.store;

import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

/**
 * One side of an audit entry: what a figure was (or became). Everything undo needs to put a figure back, the source
 * span included. Import and check-mark entries use the value and status slots for their own text.
 */
record FigureState(String value, String qualifier, String status, Integer start, Integer end, String snippet) {

    static FigureState of(Figure f) {
        return new FigureState(f.value(), f.qualifier().code(), f.status().code(), f.start(), f.end(), f.snippet());
    }

    /** An import entry: the file's name. */
    static FigureState of(String fileName) {
        return new FigureState(fileName, null, null, null, null, null);
    }

    /** A check mark: its note, and "as_published" or "open". */
    static FigureState ofMark(boolean asPublished, String note) {
        return new FigureState(note, null, asPublished ? "as_published" : "open", null, null, null);
    }

    /** This state on a figure of the given key; what the extractor proposed is kept from {@code current}. */
    Figure applyTo(String key, Figure current) {
        return new Figure(key, value, Qualifier.fromCode(qualifier), FigureStatus.fromCode(status),
                start == null ? -1 : start, end == null ? -1 : end, snippet,
                current == null ? 1.0 : current.confidence(),
                current == null ? "" : current.extractedValue(),
                current == null ? Qualifier.EXACT : current.extractedQualifier());
    }
}
