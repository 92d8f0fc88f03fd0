package org.ogireview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Everything in the store's SQL that is not portable between H2 and PostgreSQL: insert-or-replace, reading the id a
 * row was given, streaming a large result set, the online backup. The store's other statements are plain SQL that
 * both databases take as written; a new database adds one implementation of this interface (see
 * docs/architecture.md).
 */
public interface SqlDialect {

    /**
     * An insert that replaces the row with the same key columns: one {@code ?} per column, in {@code columns} order
     * (H2: {@code MERGE INTO .. KEY}; PostgreSQL: {@code INSERT .. ON CONFLICT .. DO UPDATE}).
     */
    String upsert(String table, List<String> columns, List<String> keyColumns);

    /**
     * Like {@link #upsert} with the rows of a query instead of one row of values: {@code select} gives the columns in
     * {@code columns} order.
     */
    String upsertFrom(String table, List<String> columns, List<String> keyColumns, String select);

    /** Prepares an insert whose generated id {@link #generatedId} reads back after {@code executeUpdate}. */
    PreparedStatement prepareInsertReturningId(Connection c, String insert, String idColumn) throws SQLException;

    /** The id the row inserted by a statement of {@link #prepareInsertReturningId} was given. */
    long generatedId(PreparedStatement insert) throws SQLException;

    /**
     * Lets the connection's next queries stream their rows instead of building the whole result in memory (an export
     * of the collection); {@code false} turns it back off before the connection returns to the pool.
     */
    void streamResults(Connection c, boolean on) throws SQLException;

    /** Writes a consistent copy of the open database to a file (the rolling backups). */
    void backup(Connection c, String targetFile) throws SQLException;
}
