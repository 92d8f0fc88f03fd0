package org.ogireview.store;

import java.util.Set;
import java.util.function.UnaryOperator;

/** {@link TextSearch} over the folded copies in report_search ({@link TextIndex}). */
final class DbTextSearch implements TextSearch {

    private final Database db;

    DbTextSearch(Database db) {
        this.db = db;
    }

    @Override
    public Set<Long> searchFolded(String foldedPhrase) throws StoreException {
        return db.read("search the report texts in", c -> TextIndex.search(c, foldedPhrase));
    }

    @Override
    public int foldMissing(UnaryOperator<String> fold) throws StoreException {
        if (!db.read("look for unsearched reports in", TextIndex::incomplete)) {
            return 0;
        }
        return db.write("prepare the reports for searching in", c -> TextIndex.fillIn(c, fold));
    }
}
