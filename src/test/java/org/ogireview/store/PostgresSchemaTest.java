package org.ogireview.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same Flyway migrations build the H2 file and the PostgreSQL team database; the audit log stays append-only. */
class PostgresSchemaTest {

    @Test
    void translatesOnlyTheH2WordsOfAMigration() throws Exception {
        String v1;
        try (var in = getClass().getResourceAsStream("/db/migration/V1__initial_schema.sql")) {
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String pg = PostgresSchema.translate(v1);
        assertThat(pg).contains("report_text     TEXT           NOT NULL").contains("original        BYTEA")
                .doesNotContain("CALL 'org.ogireview.store.AuditLogGuard'")
                .contains("-- H2's Java trigger audit_log_append_only (org.ogireview.store.AuditLogGuard)");
        // nothing else changed: the same statements in the same order
        assertThat(pg.replace("TEXT", "CLOB").replace("BYTEA", "BLOB").lines().count())
                .isEqualTo(v1.lines().count() - 1);
    }

    @Test
    void buildsTheSameTablesOnBothAndTheAuditLogRefusesChangesOnPostgres(@TempDir Path dir) throws Exception {
        ServerAddress address = TestPostgres.freshDatabase();
        List<String> pgTables;
        try (Database db = Database.openServer(address, ServerCredentials.PasswordPrompt.NONE, TestPostgres.env())) {
            assertThat(db.isServer()).isTrue();
            assertThat(db.location()).isEqualTo(address.toString());
            pgTables = db.read("list", c -> tables(c, "public"));
            long report = db.write("add", c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO reports (sha256, file_name, source_kind, report_text, imported_at) "
                            + "VALUES ('" + "a".repeat(64) + "', 'a.txt', 'txt', '正文', CURRENT_TIMESTAMP)");
                    s.executeUpdate("INSERT INTO audit_log (report_id, field_key, coder, changed_at, action) "
                            + "SELECT id, 'import', 'test', CURRENT_TIMESTAMP, 'import' FROM reports");
                }
                return 1L;
            });
            assertThat(report).isEqualTo(1L);
            for (String sql : List.of("UPDATE audit_log SET coder = 'someone else'", "DELETE FROM audit_log",
                    "TRUNCATE audit_log CASCADE")) {
                assertThatThrownBy(() -> db.write("rewrite the log", c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate(sql);
                    }
                })).isInstanceOf(StoreException.class).hasMessageContaining("the audit log is append-only");
            }
            assertThat((int) db.read("count", c -> count(c, "SELECT COUNT(*) FROM audit_log WHERE coder = 'test'")))
                    .isEqualTo(1);
            assertThat((int) db.read("versions", c -> count(c,
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE version IN ('9', '9.1') AND success")))
                    .isEqualTo(2);
        }
        List<String> h2Tables;
        try (Database h2 = Database.open(dir.resolve("h2"))) {
            h2Tables = h2.read("list", c -> tables(c, "PUBLIC"));
        }
        assertThat(pgTables).isNotEmpty().containsExactlyInAnyOrderElementsOf(h2Tables);
    }

    @Test
    void reopeningAnUpToDateTeamDatabaseMigratesNothing() throws Exception {
        ServerAddress address = TestPostgres.freshDatabase();
        try (Database db = Database.openServer(address, ServerCredentials.PasswordPrompt.NONE, TestPostgres.env())) {
            assertThat(db.sizeOnDisk()).isPositive();
        }
        try (Database db = Database.openServer(address, ServerCredentials.PasswordPrompt.NONE, TestPostgres.env());
             Connection c = db.connection()) {
            assertThat(count(c, "SELECT COUNT(*) FROM flyway_schema_history")).isGreaterThanOrEqualTo(7);
            assertThat(count(c, "SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'figures' "
                    + "AND column_name = 'row_version'")).isEqualTo(1);
        }
    }

    private static List<String> tables(Connection c, String schema) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

}
