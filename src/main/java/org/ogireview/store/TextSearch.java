package org.ogireview.store;

import java.util.Set;

/** The reports' texts, searchable. */
public interface TextSearch {

    /**
     * Ids of the reports whose text contains the phrase, compared folded ({@link SearchText}: Traditional and
     * Simplified alike, full-width as ASCII, whitespace ignored). A blank phrase matches every report.
     */
    Set<Long> searchText(String phrase) throws StoreException;
}
