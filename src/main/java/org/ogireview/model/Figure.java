package org.ogireview.model;

/**
 * A figure under review: what the extractor found, what the coder made of it, and where it stands.
 * Immutable; edits produce a new instance.
 *
 * @param value              current value (empty when blank in source or not stated)
 * @param extractedValue     the value the extractor proposed ("" when the coder added the figure)
 * @param extractedQualifier the qualifier the extractor proposed
 * @param start              source span start in the report text, -1 when the figure has no source
 */
public record Figure(String key, String value, Qualifier qualifier, FigureStatus status, int start, int end,
                     String snippet, double confidence, String extractedValue, Qualifier extractedQualifier) {

    public Figure {
        value = value == null ? "" : value;
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        status = status == null ? FigureStatus.AUTO : status;
        snippet = snippet == null ? "" : snippet;
        extractedValue = extractedValue == null ? "" : extractedValue;
        extractedQualifier = extractedQualifier == null ? Qualifier.EXACT : extractedQualifier;
    }

    public static Figure fromExtracted(ExtractedFigure f) {
        return new Figure(f.key(), f.value(), f.qualifier(), FigureStatus.AUTO, f.start(), f.end(), f.snippet(),
                f.confidence(), f.value(), f.qualifier());
    }

    public boolean hasSource() {
        return start >= 0 && end > start;
    }

    public Figure withStatus(FigureStatus newStatus) {
        return new Figure(key, value, qualifier, newStatus, start, end, snippet, confidence, extractedValue,
                extractedQualifier);
    }

    /** The coder's new value: status becomes CORRECTED (or BLANK_IN_SOURCE for a blank). */
    public Figure withValue(String newValue, Qualifier newQualifier) {
        FigureStatus s = newQualifier == Qualifier.BLANK_IN_SOURCE ? FigureStatus.BLANK_IN_SOURCE
                : FigureStatus.CORRECTED;
        return new Figure(key, newQualifier == Qualifier.BLANK_IN_SOURCE ? "" : newValue, newQualifier, s, start,
                end, snippet, confidence, extractedValue, extractedQualifier);
    }

    public Figure withSource(int newStart, int newEnd, String newSnippet) {
        return new Figure(key, value, qualifier, status, newStart, newEnd, newSnippet, confidence, extractedValue,
                extractedQualifier);
    }
}
