package org.ogireview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

/** The H2 side of {@link SqlDialect}: MERGE .. KEY, JDBC generated keys, LAZY_QUERY_EXECUTION, BACKUP TO. */
public final class H2Dialect implements SqlDialect {

    public static final H2Dialect INSTANCE = new H2Dialect();

    private H2Dialect() {
    }

    @Override
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keyColumns)
                + ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    @Override
    public String upsertFrom(String table, List<String> columns, List<String> keyColumns, String select) {
        return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keyColumns)
                + ") " + select;
    }

    @Override
    public PreparedStatement prepareInsertReturningId(Connection c, String insert, String idColumn)
            throws SQLException {
        return c.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS);
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
        try (Statement s = c.createStatement()) {
            s.execute(on ? "SET LAZY_QUERY_EXECUTION TRUE" : "SET LAZY_QUERY_EXECUTION FALSE");
        }
    }

    @Override
    public void backup(Connection c, String targetFile) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
            ps.setString(1, targetFile);
            ps.executeUpdate();
        }
    }
}
