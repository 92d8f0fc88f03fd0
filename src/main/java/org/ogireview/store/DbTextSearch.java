package org.ogireview.store;

import java.util.Set;

/** {@link TextSearch} over the folded copies in report_search ({@link TextIndex}). */
final class DbTextSearch implements TextSearch {

    private final Database db;

    DbTextSearch(Database db) {
        this.db = db;
    }

    @Override
    public Set<Long> searchText(String phrase) throws StoreException {
        if (db.read("look for unsearched reports in", TextIndex::incomplete)) {
            db.write("prepare the reports for searching in", TextIndex::fillIn);
        }
        return db.read("search the report texts in", c -> TextIndex.search(c, phrase));
    }
}
