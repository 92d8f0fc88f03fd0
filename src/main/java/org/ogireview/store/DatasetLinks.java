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

    /**
     * Links and de-duplicates when the store is the database (a stand-in store has no bodies); when new reports
     * were linked, looks again for unusual values across the collection ({@link UnusualValuePass}).
     */
    public static void update(ReportStore store, String coder) {
        if (store instanceof H2ReportStore h2) {
            boolean linked;
            try {
                linked = update(h2.database(), coder);
            } catch (StoreException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not link reports to their bodies: " + e.getMessage(), e);
                return;
            }
            if (linked) {
                try {
                    UnusualValuePass.run(store);
                } catch (StoreException | RuntimeException e) {
                    LOG.log(Level.WARNING, "could not look for unusual values: " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * @return true when reports were newly linked to bodies
     * @throws StoreException when the database cannot be read or written
     */
    public static boolean update(Database db, String coder) throws StoreException {
        synchronized (db) { // an export writes long and history on two threads; the links are made once
            if (new BodyRegistry(db).linkNewReports(coder) > 0) {
                new DuplicateFinder(db).run(coder);
                return true;
            }
            return false;
        }
    }
}
