package org.ogireview.gui.testing;

import org.ogireview.model.Figure;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.MemoryDatabase;
import org.ogireview.store.StoreException;

/**
 * The H2 store on a database in memory, for view-model tests: the real store's behaviour (undo and redo from the
 * audit log, findings, search), with saves that can be made to fail.
 */
public final class InMemoryReportStore extends H2ReportStore {

    /** When set, every save fails with this message (to test how the desk reports it). */
    public volatile String failSaves;

    public InMemoryReportStore() {
        super(open());
    }

    private static org.ogireview.store.Database open() {
        try {
            return MemoryDatabase.open();
        } catch (StoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void save(long reportId, Figure before, Figure after, String coder, String action) throws StoreException {
        if (failSaves != null) {
            throw new StoreException(failSaves);
        }
        super.save(reportId, before, after, coder, action);
    }
}
