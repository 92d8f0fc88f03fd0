package org.ogireview.store;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What an import (or an export) does for the dataset after the reports are stored: links new reports to their
 * bodies and looks for the same report in several files. A problem here never undoes the import: the reports are
 * stored, and the next import or export links them.
 */
public final class DatasetLinks {

    private static final Logger LOG = Logger.getLogger(DatasetLinks.class.getName());

    private DatasetLinks() {
    }

    /** Links and de-duplicates when the store is the database (a stand-in store has no bodies). */
    public static void update(ReportStore store, String coder) {
        if (store instanceof H2ReportStore h2) {
            try {
                update(h2.database(), coder);
            } catch (StoreException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not link reports to their bodies: " + e.getMessage(), e);
            }
        }
    }

    /** @throws StoreException when the database cannot be read or written */
    public static void update(Database db, String coder) throws StoreException {
        synchronized (db) { // an export writes long and history on two threads; the links are made once
            if (new BodyRegistry(db).linkNewReports(coder) > 0) {
                new DuplicateFinder(db).run(coder);
            }
        }
    }
}
