package org.ogireview.store;

import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * The PostgreSQL side of {@link SqlDialect}: {@code INSERT .. ON CONFLICT .. DO UPDATE}, {@code RETURNING} for new ids,
 * cursor-based streaming (the driver streams only inside a transaction with a fetch size), {@code strpos}. A team
 * database has no file to back up: that is the server's business (pg_dump), and {@code copy} makes an H2 file of it.
 */
public final class PostgresDialect implements SqlDialect {

    public static final PostgresDialect INSTANCE = new PostgresDialect();
    /** Rows the driver fetches at a time while streaming (an export of 10,000 reports reads 700,000 figures). */
    private static final int FETCH = 2000;

    private PostgresDialect() {
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ") " + onConflict(columns, keyColumns);
    }

    @Override
    public String upsertFrom(String table, List<String> columns, List<String> keyColumns, String select) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") " + select + " " + onConflict(columns,
                keyColumns);
    }

    private static String onConflict(List<String> columns, List<String> keyColumns) {
        List<String> rest = columns.stream().filter(c -> !keyColumns.contains(c)).toList();
        return "ON CONFLICT (" + String.join(", ", keyColumns) + ") " + (rest.isEmpty() ? "DO NOTHING"
                : "DO UPDATE SET " + String.join(", ", rest.stream().map(c -> c + " = EXCLUDED." + c).toList()));
    }

    @Override
    public PreparedStatement prepareInsertReturningId(Connection c, String insert, String idColumn)
            throws SQLException {
        return c.prepareStatement(insert, new String[]{idColumn});
    }

    @Override
    public long generatedId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database gave the new row no id");
            }
            return keys.getLong(1);
        }
    }

    @Override
    public void streamResults(Connection c, boolean on) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        if (on) {
            c.setAutoCommit(false);
            pg.setDefaultFetchSize(FETCH);
        } else {
            pg.setDefaultFetchSize(0);
            c.setAutoCommit(true); // ends the read-only transaction the cursor lived in
        }
    }

    @Override
    public void backup(Connection c, String targetFile) throws SQLException {
        throw new SQLException("a team database on a PostgreSQL server is backed up by the server (pg_dump), or copied "
                + "into an H2 file with the copy command");
    }
}
