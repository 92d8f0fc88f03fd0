package org.ogireview.store;

import org.ogireview.model.UserText;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Connects to a team database: finds the credentials ({@link ServerCredentials}), asks for a password only when the
 * server wants one (three tries), and turns the driver's failures into messages that say what to do. The pool is
 * H2's {@link JdbcConnectionPool} over the PostgreSQL driver's pooled connections, so the rest of the store hands out
 * connections the same way for both databases.
 */
final class ServerConnector {

    /** The server's SQLSTATEs for a refused login and a missing database. */
    private static final String BAD_PASSWORD = "28P01";
    private static final String NOT_AUTHORISED = "28000";
    private static final String NO_DATABASE = "3D000";
    private static final int TRIES = 3;

    private ServerConnector() {
    }

    static JdbcConnectionPool connect(ServerAddress address, ServerCredentials.PasswordPrompt prompt,
                                      UnaryOperator<String> env) throws StoreException {
        ServerCredentials credentials = ServerCredentials.resolve(address, env);
        for (int attempt = 1; ; attempt++) {
            PGConnectionPoolDataSource source = dataSource(address, credentials);
            try (Connection probe = source.getConnection()) {
                probe.isValid(5);
                JdbcConnectionPool pool = JdbcConnectionPool.create(source);
                pool.setMaxConnections(8);
                pool.setLoginTimeout(10);
                return pool;
            } catch (SQLException e) {
                if (needsPassword(e) && attempt <= TRIES) {
                    String why = credentials.password() == null
                            ? "The server " + address + " asks for a password."
                            : "The password from " + credentials.source() + " was refused.";
                    Optional<String> typed = prompt.ask(address, credentials.user(), why);
                    if (typed.isPresent()) {
                        credentials = credentials.typed(typed.get());
                        continue;
                    }
                }
                throw problem(address, credentials, e);
            }
        }
    }

    static PGConnectionPoolDataSource dataSource(ServerAddress address, ServerCredentials credentials) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setServerNames(new String[]{address.host()});
        source.setPortNumbers(new int[]{address.port()});
        source.setDatabaseName(address.database());
        source.setUser(credentials.user());
        if (credentials.password() != null) {
            source.setPassword(credentials.password());
        }
        source.setApplicationName("OGI Report Review");
        source.setConnectTimeout(10);
        source.setLoginTimeout(10);
        // reports and texts are written in batches; the driver rewrites a batch of INSERTs into multi-row INSERTs
        source.setReWriteBatchedInserts(true);
        return source;
    }

    private static boolean needsPassword(SQLException e) {
        String state = e.getSQLState();
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return BAD_PASSWORD.equals(state) || NOT_AUTHORISED.equals(state) && m.contains("password")
                || m.contains("no password was provided");
    }

    private static StoreException problem(ServerAddress address, ServerCredentials credentials, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String reason = Database.firstLine(e);
        if (needsPassword(e)) {
            return new StoreException(new UserText("store.server.login", address, credentials.user(),
                    credentials.password() == null ? new UserText("store.server.noPassword")
                            : new UserText("store.server.refused", passwordSource(credentials.source()))), e);
        }
        if (NO_DATABASE.equals(state)) {
            return new StoreException(new UserText("store.server.noDatabase", address.host() + ":" + address.port(),
                    address.database()), e);
        }
        if (state.startsWith("08")) {
            return new StoreException(new UserText("store.server.unreachable", address.host() + ":" + address.port(),
                    UserText.foreign(reason)), e);
        }
        return new StoreException(new UserText("store.server.cannotConnect", address, UserText.foreign(reason)), e);
    }

    /** Where a refused password came from, worded for the user. */
    private static UserText passwordSource(String source) {
        return switch (source) {
            case "PGPASSWORD" -> new UserText("store.server.fromEnv");
            case "the pgpass file" -> new UserText("store.server.fromPgpass");
            case "the prompt" -> new UserText("store.server.fromPrompt");
            default -> UserText.plain(source);
        };
    }
}
