package org.ogireview.model;

/**
 * A figure a report states under its own label, outside the catalogue (see {@link OwnKeys}).
 *
 * @param label    the label as the report writes it (Traditional characters stay as they are), e.g. 部門新聞類
 * @param key      its key, {@link OwnKeys#of derived from the label}
 * @param value    plain ASCII number, empty when blank in the source
 * @param unit     the unit the report states (条, 次, 篇 …), "" when none
 * @param start    source span start in the report text: the label and the number with its unit
 * @param end      exclusive end of the source span
 * @param snippet  the text of the span
 */
public record OwnFigure(String label, String key, String value, String unit, Qualifier qualifier, int start,
                        int end, String snippet, double confidence) {

    public OwnFigure {
        if (!OwnKeys.isOwn(key)) {
            throw new IllegalArgumentException("not a report-specific key: " + key);
        }
        label = label == null ? "" : label;
        value = value == null ? "" : value;
        unit = unit == null ? "" : unit;
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        snippet = snippet == null ? "" : snippet;
    }

    public boolean category() {
        return OwnKeys.isCategory(key);
    }

    /** The figure as the rest of the app handles figures (store, checks, exports). */
    public ExtractedFigure asExtracted() {
        return new ExtractedFigure(key, value, qualifier, start, end, snippet, confidence);
    }

    /** The per-report part the figure row does not hold: the label as written and the unit. */
    public OwnField field() {
        return new OwnField(key, label, unit);
    }
}
