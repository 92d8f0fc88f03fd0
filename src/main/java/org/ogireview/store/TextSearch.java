package org.ogireview.store;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The reports' texts, searchable. The store keeps each text folded as the import pipeline handed it
 * ({@link NewReport#foldedText()}) and folds nothing itself: the searcher folds the phrase the same way
 * ({@code org.ogireview.extract.SearchText}: Traditional and Simplified alike, full-width as ASCII, whitespace
 * ignored), as {@code org.ogireview.importing.ReportSearch} does.
 */
public interface TextSearch {

    /**
     * Ids of the reports whose folded text contains the folded phrase. A blank phrase matches every report.
     *
     * @param foldedPhrase the phrase folded as the texts were
     */
    Set<Long> searchFolded(String foldedPhrase) throws StoreException;

    /**
     * Folds, with the caller's fold, the texts of the reports stored without a folded copy (before migration V3),
     * and keeps the copies; returns how many it folded (0, at once, when every report has its copy).
     */
    int foldMissing(UnaryOperator<String> fold) throws StoreException;
}
