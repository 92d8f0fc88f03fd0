package org.ogireview.cli;

import org.ogireview.export.CsvExporter;
import org.ogireview.export.ExportLayout;
import org.ogireview.export.ExportResult;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.importing.DatasetLinks;
import org.ogireview.importing.ImportSummary;
import org.ogireview.store.Database;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.ServerAddress;
import org.ogireview.store.ServerCredentials;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The bench's figures on a PostgreSQL team database, beside H2's ({@code bench --pg postgresql://USER@HOST:PORT/DB}):
 * the same synthetic reports imported into a new database {@code ogi_bench_N} on that server (made with CREATE
 * DATABASE, dropped afterwards: the user needs the CREATEDB right), then opened with its list and exported. The
 * server runs on the same machine as a rule, so wall-clock times include its work; the JVM's CPU time does not.
 */
final class PostgresBench {

    private PostgresBench() {
    }

    static void run(ServerAddress admin, Path reports, Path dir, int n, int threads, PrintStream out)
            throws Exception {
        String name = "ogi_bench_" + n + "_" + ProcessHandle.current().pid();
        ServerAddress target = new ServerAddress(admin.host(), admin.port(), name, admin.user());
        adminSql(admin, "CREATE DATABASE " + name);
        try {
            out.printf(Locale.ROOT, "%nN = %,d on PostgreSQL (%s, new database %s)%n", n, admin, name);
            BenchTable table = new BenchTable(out);
            table.header();
            long t0 = System.nanoTime();
            ImportSummary summary;
            try (H2ReportStore store = H2ReportStore.open(Database.openServer(target,
                    ServerCredentials.PasswordPrompt.console()))) {
                summary = new CollectionImporter(store).threads(threads).coder("bench").run(List.of(reports));
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double rate = summary.imported() / s;
            table.row("PostgreSQL import + extract", BenchTable.format("%,d imported, %d failed in %.1f s = %.0f "
                    + "reports/s", summary.imported(), summary.failed(), s, rate), ">= 100/s", rate >= 100);
            long t1 = System.nanoTime();
            try (H2ReportStore store = H2ReportStore.open(Database.openServer(target,
                    ServerCredentials.PasswordPrompt.console()))) {
                List<ReportSummary> list = store.list();
                double open = (System.nanoTime() - t1) / 1e9;
                table.row("PostgreSQL open + list", BenchTable.format("%.2f s for %,d reports", open, list.size()),
                        "<= 2 s", open <= 2);
                table.row("PostgreSQL database size", BenchTable.format("%.1f MB (%.1f KB per report)",
                        store.database().sizeOnDisk() / 1048576.0,
                        store.database().sizeOnDisk() / 1024.0 / Math.max(1, list.size())));
                Map<ExportLayout, Path> targets = new EnumMap<>(ExportLayout.class);
                for (ExportLayout layout : ExportLayout.values()) {
                    targets.put(layout, Files.createDirectories(dir).resolve("pg-export-" + layout.code() + ".csv"));
                }
                long t2 = System.nanoTime();
                DatasetLinks.beforeReading(store);
                List<ExportResult> results = new CsvExporter(store).exportAll(targets, true);
                double export = (System.nanoTime() - t2) / 1e9;
                long rows = results.stream().mapToLong(ExportResult::rows).sum();
                table.row("PostgreSQL export all three", BenchTable.format("%.2f s (%,d rows)", export, rows),
                        n >= 10_000 ? "<= 5 s" : "", n >= 10_000 ? export <= 5 : null);
            }
        } finally {
            adminSql(admin, "DROP DATABASE IF EXISTS " + name);
        }
    }

    private static void adminSql(ServerAddress admin, String sql) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", admin.namedUser().orElse(System.getProperty("user.name")));
        String pw = System.getenv("PGPASSWORD");
        if (pw != null) {
            p.setProperty("password", pw);
        }
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), p); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
