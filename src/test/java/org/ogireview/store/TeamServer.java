package org.ogireview.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A PostgreSQL server for trying the team database by hand, started the way the tests start theirs (zonky's embedded
 * binaries; nothing to install; as root through {@code unshare -U}):
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ogireview.store.TeamServer</pre>
 * Listens on 127.0.0.1 port 5433 (or {@code -Dport=N}), keeps its data in {@code target/team-server} (or
 * {@code -Ddata=FOLDER}) across restarts, has a database {@code ogi}, and lets the user {@code postgres} in from this
 * machine without a password. Runs until Ctrl+C. Not a production server: for that, use your system's package.
 */
public final class TeamServer {

    private TeamServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("port", 5433);
        Path data = Path.of(System.getProperty("data", "target/team-server")).toAbsolutePath();
        boolean fresh = !Files.exists(data.resolve("PG_VERSION"));
        Files.createDirectories(data);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'ogi'")) {
                exists = rs.next();
            }
            if (!exists) {
                s.execute("CREATE DATABASE ogi");
            }
        }
        System.out.println("PostgreSQL is running on 127.0.0.1:" + port + (fresh ? " (new" : " (kept")
                + " data in " + data + "); database ogi, user postgres, no password from this machine.");
        System.out.println("  java -jar target/ogi-review.jar import --db postgresql://postgres@localhost:" + port
                + "/ogi FILE_OR_FOLDER...");
        System.out.println("Ctrl+C stops it.");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL: " + e);
            }
        }));
        Thread.currentThread().join();
    }
}
