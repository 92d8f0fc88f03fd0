package org.ogireview.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where a team database stands: the audit log's number of entries and its newest id. Every change of a report or a
 * figure (imports, edits, undo, check marks, body changes, refused saves) appends to the audit log, which is never
 * updated or deleted, so the mark moves whenever anyone changed anything; the count also catches an entry that
 * committed after a newer one (ids are handed out before commit). One cheap query: the desk polls it every few
 * seconds (docs/decisions/0250).
 */
public record ChangeMark(long entries, long newestEntry) {

    static ChangeMark read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM audit_log")) {
            rs.next();
            return new ChangeMark(rs.getLong(1), rs.getLong(2));
        }
    }
}
