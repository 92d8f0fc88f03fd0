package org.ogireview.export;

import org.ogireview.store.CollectionFindings;

import java.util.List;

/**
 * One inconsistency as the audit memo prints it: the finding with its report and body, and each figure it involves
 * as the report states it.
 */
public record MemoItem(CollectionFindings.Row row, List<Figure> figures) {

    public MemoItem {
        figures = List.copyOf(figures);
    }

    /**
     * One figure of the finding.
     *
     * @param value      the current value ("" when blank or not stated)
     * @param qualifier  qualifier code (exact, more_than …)
     * @param status     status code (auto, confirmed, corrected …)
     * @param cell       the extractor's snippet: the cell's row and column labels with the value, or the phrase
     * @param sourceLine the line of the report's text the figure was read from (a table row, a sentence), empty
     *                   when it has no source
     * @param page       the printed page (from 1) of the report's PDF where the figure stands; null when unknown
     * @param pageFile   the PDF the page is of (the report itself or another file of the same report)
     */
    public record Figure(String key, String labelZh, String labelEn, String value, String qualifier, String status,
                         String cell, Quote sourceLine, Integer page, String pageFile) {
    }

    /** A quoted line with the figure's place in it: [markFrom, markTo). */
    public record Quote(String text, int markFrom, int markTo) {
        public static final Quote NONE = new Quote("", 0, 0);

        public Quote {
            markFrom = Math.max(0, Math.min(markFrom, text.length()));
            markTo = Math.max(markFrom, Math.min(markTo, text.length()));
        }
    }
}
