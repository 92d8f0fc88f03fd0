package org.ogireview.store;

import org.ogireview.model.Figure;

import java.time.Instant;

/** A figure as stored, with who changed it last and when (both null while the extractor's value stands). */
public record StoredFigure(Figure figure, String coder, Instant changedAt) {
}
