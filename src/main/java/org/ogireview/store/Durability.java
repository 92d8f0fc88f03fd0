package org.ogireview.store;

import org.h2.api.ErrorCode;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a committed transaction durable before the user is told it is saved. H2's MVStore keeps a commit in memory
 * and writes it up to half a second later on a background thread (WRITE_DELAY); when that write fails (a full disk)
 * the store closes itself and the change is gone, though the commit had returned. Here the store writes its pending
 * changes now and the operating system flushes the file to the disk; a failure of either comes back as an
 * {@link SQLException} to the caller, who reports the change as not saved.
 *
 * <p>Uses H2's engine classes (pinned in the pom) rather than {@code CHECKPOINT SYNC}, which also compacts up to 4 MB
 * of the file on every call.
 */
final class Durability {

    private Durability() {
    }

    static void flush(Connection c) throws SQLException {
        JdbcConnection h2 = c.unwrap(JdbcConnection.class);
        Session session = h2.getSession();
        if (!(session instanceof SessionLocal local) || local.getDatabase().getStore() == null) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
            return;
        }
        if (local.getDatabase().isReadOnly()) {
            return;
        }
        MVStore store = local.getDatabase().getStore().getMvStore();
        try {
            store.commit();
            store.sync();
        } catch (MVStoreException e) {
            throw new SQLException("the changes could not be written to the disk (" + Database.ioReason(e) + ")",
                    "HY000", ErrorCode.IO_EXCEPTION_1, e);
        }
    }
}
