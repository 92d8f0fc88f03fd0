package org.ogireview.model;

/**
 * One figure as the extractor found it.
 *
 * @param value      canonical value: plain ASCII number ("61540", "7730.28", "-3"), ISO date, or text; empty when
 *                   the qualifier is BLANK_IN_SOURCE
 * @param start      offset of the source span in the report text the app shows, inclusive
 * @param end        exclusive end of the source span
 * @param snippet    the number with its label, at most about 60 characters of the source
 * @param confidence 0..1, how sure the extractor is (a pattern match in the right section scores high)
 */
public record ExtractedFigure(String key, String value, Qualifier qualifier, int start, int end, String snippet,
                              double confidence) {

    public ExtractedFigure {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("figure without key");
        }
        value = value == null ? "" : value;
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        snippet = snippet == null ? "" : snippet;
    }
}
