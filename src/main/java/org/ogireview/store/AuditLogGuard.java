package org.ogireview.store;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The database's own guard on the audit log: a trigger that refuses every UPDATE and DELETE, so no code path (nor a
 * user with an SQL console) can rewrite what a coder did. Named in migration V1; do not rename or move it.
 */
public final class AuditLogGuard implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit log is append-only: entries are never changed or deleted", "42000");
    }
}
