package org.ogireview.export;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.IntBinaryOperator;

/**
 * What the memo needs from outside the store and the model: the printed pages of a PDF (the ingest reads them) and a
 * rule in words (the checks know them). The callers wire {@code ingest.PrintedPages::of} and {@code
 * check.RuleText::of}; the export itself stays on the store and the model.
 *
 * @param pages     a report's page lookup from its file name, original bytes and stored text: (start, end) → page
 *                  from 1, 0 when unknown
 * @param ruleWords a rule id in words, in the language asked for
 */
public record MemoSources(PageReader pages, BiFunction<String, Locale, String> ruleWords) {

    /** Reads a report's printed pages. */
    @FunctionalInterface
    public interface PageReader {
        IntBinaryOperator read(String fileName, byte[] original, String storedText);
    }

    /** No pages, rules by their ids (tests of the layout alone). */
    public static MemoSources none() {
        return new MemoSources((f, b, t) -> (s, e) -> 0, (rule, locale) -> rule);
    }
}
