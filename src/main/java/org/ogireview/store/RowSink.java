package org.ogireview.store;

import java.io.IOException;

/** Receives streamed rows one at a time (an export writes each to its file and keeps none). */
@FunctionalInterface
public interface RowSink<T> {
    void accept(T row) throws IOException;
}
