package org.ogireview.importing;

import org.ogireview.extract.SearchText;
import org.ogireview.store.StoreException;
import org.ogireview.store.TextSearch;

import java.util.Set;

/**
 * The list's text search as the window and the bench run it: the phrase folded as the stored texts were
 * ({@link SearchText}), and the texts of reports stored before the search table (migration V3) folded first, once.
 * The store compares folded strings only; what folding means lives here, above it.
 */
public final class ReportSearch {

    private ReportSearch() {
    }

    /** Ids of the reports whose text contains the phrase, compared folded; a blank phrase matches every report. */
    public static Set<Long> find(TextSearch store, String phrase) throws StoreException {
        store.foldMissing(SearchText::fold);
        return store.searchFolded(SearchText.fold(phrase));
    }
}
