package org.ogireview.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.Figure;
import org.ogireview.model.Qualifier;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ServerAddress;
import org.ogireview.store.TestPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code copy} moves a project from H2 to PostgreSQL and back: the round trip exports exactly what the original
 * exports (every layout, the audit history included), and each copy is verified table by table.
 */
class CopyCommandTest extends CliTestBase {

    @TempDir
    Path dir;

    @Test
    void copiesAProjectToPostgresAndBackWithItsAuditLog() throws Exception {
        ServerAddress server = TestPostgres.freshDatabase();
        Path original = dir.resolve("original");
        assertThat(run("import", "--db", original.toString(), "--coder", "li", bundledReports(dir).toString()))
                .as(err()).isZero();
        try (H2ReportStore store = H2ReportStore.open(original)) {
            long id = store.list().get(0).id();
            Figure first = store.figures(id).get(0);
            Figure changed = first.withValue("999", Qualifier.EXACT);
            store.save(id, first, changed, "wang", "edit");
            store.save(id, changed, changed.withValue("1000", Qualifier.MORE_THAN), "wang", "edit");
            store.undo(id, "wang");
        }

        assertThat(run("copy", "--from", original.toString(), "--to", server.toString())).as(err()).isZero();
        assertThat(out()).contains("-> " + server).contains("reports").contains("audit_log")
                .contains("verified: every table has the same rows and checksum on both sides")
                .doesNotContain("DIFFERENT");
        try (Connection c = TestPostgres.adminConnection(server); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT coder) FROM audit_log")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(7 + 3); // one import entry per report, the two edits and the undo
            assertThat(rs.getInt(2)).isEqualTo(2);
        }

        Path back = dir.resolve("back");
        assertThat(run("copy", "--from", server.toString(), "--to", back.toString())).as(err()).isZero();
        assertThat(out()).contains(back + ".mv.db").contains("verified");
        for (String layout : new String[]{"long", "wide", "history"}) {
            Path a = dir.resolve(layout + "-original.csv");
            Path b = dir.resolve(layout + "-back.csv");
            assertThat(run("export", "--db", original.toString(), "--layout", layout, "--out", a.toString())).isZero();
            assertThat(run("export", "--db", back.toString(), "--layout", layout, "--out", b.toString())).isZero();
            assertThat(b).as(layout).hasSameBinaryContentAs(a);
        }
        assertThat(Files.readString(dir.resolve("history-back.csv"))).contains("wang").contains("1000");

        // the copies go on working: the next audit entry and report get new ids, after the copied ones
        try (H2ReportStore store = H2ReportStore.open(back)) {
            long id = store.list().get(1).id();
            Figure f = store.figures(id).get(0);
            store.save(id, f, f.withValue("5", Qualifier.EXACT), "zhao", "edit");
            assertThat(store.history(id)).extracting(e -> e.coder()).contains("zhao");
        }
    }

    @Test
    void refusesATargetThatHoldsReportsOrAMissingSource() throws Exception {
        ServerAddress server = TestPostgres.freshDatabase();
        Path original = dir.resolve("original");
        assertThat(run("import", "--db", original.toString(), bundledReports(dir).toString())).isZero();
        assertThat(run("copy", "--from", original.toString(), "--to", server.toString())).as(err()).isZero();
        assertThat(run("copy", "--from", original.toString(), "--to", server.toString())).isEqualTo(1);
        assertThat(err()).contains("already holds 7 reports").contains("new, empty database");
        assertThat(run("copy", "--from", dir.resolve("none").toString(), "--to", server.toString())).isEqualTo(1);
        assertThat(err()).contains("no database at").contains("none.mv.db");
        assertThat(run("copy", "--from", server.toString(), "--to", original.toString())).isEqualTo(1);
        assertThat(err()).contains("exists already");
    }
}
