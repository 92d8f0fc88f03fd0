package org.ogireview.importing;

import org.ogireview.store.BodyRegistry;
import org.ogireview.store.Database;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.DuplicateRows;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What an import (or an export) does for the dataset after the reports are stored: links new reports to their
 * bodies ({@link BodyLinker}) and looks for the same report in several files ({@link DuplicateFinder}). A problem
 * here never undoes the import: the reports are stored, and the next import or export links them. The exports read
 * the store only, so whoever starts one (the command line, the window) calls this first.
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

    /**
     * Links what is not linked yet (throwing when the database fails): what the window and the command line call
     * before an export or a view of the collection reads the dataset keys ({@code ExportRows#datasetKeys}).
     */
    public static void beforeReading(ReportStore store) throws StoreException {
        if (store instanceof H2ReportStore h2) {
            update(h2.database(), "export");
        }
    }

    /** The dataset keys, read after linking what is not linked yet. */
    public static DatasetKeys keys(ReportStore store) throws StoreException {
        beforeReading(store);
        return DatasetKeys.of(store);
    }

    /**
     * @param coder who the links are made for (the app's own links are not logged: decision 0211)
     * @throws StoreException when the database cannot be read or written
     */
    public static void update(Database db, String coder) throws StoreException {
        synchronized (db) { // an export writes long and history on two threads; the links are made once
            if (new BodyLinker().linkNewReports(new BodyRegistry(db)) > 0) {
                new DuplicateFinder(new DuplicateRows(db)).run();
            }
        }
    }
}
