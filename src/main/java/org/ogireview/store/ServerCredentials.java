package org.ogireview.store;

import org.postgresql.jdbcurlresolver.PgPassParser;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Who connects to a team database, and with which password: the user from the address, else PGUSER, else the system
 * user; the password from PGPASSWORD, else the pgpass file (PGPASSFILE, or {@code ~/.pgpass}, on Windows
 * {@code %APPDATA%\postgresql\pgpass.conf}; read by the PostgreSQL driver's own parser), else none, and the
 * {@link PasswordPrompt} is asked only when the server wants one. The password is held in memory for the session and
 * never written anywhere: not in the settings, the log, the title bar nor any message.
 *
 * @param user     the PostgreSQL user name
 * @param password the password, or null when none was found (the server may not need one)
 * @param source   where the password came from, for messages: "PGPASSWORD", "the pgpass file", "the prompt", or "none"
 */
public record ServerCredentials(String user, String password, String source) {

    /** Asks the person for a password (a console prompt, a dialog); empty when they decline or none can be asked. */
    @FunctionalInterface
    public interface PasswordPrompt {
        Optional<String> ask(ServerAddress address, String user, String why);

        /** For runs that cannot ask anyone (CI, scripts without a console). */
        PasswordPrompt NONE = (a, u, w) -> Optional.empty();

        /** The console's hidden-input prompt when there is a console; otherwise nothing is asked. */
        static PasswordPrompt console() {
            return (address, user, why) -> {
                java.io.Console console = System.console();
                if (console == null) {
                    return Optional.empty();
                }
                char[] typed = console.readPassword("%s%nPassword for %s at %s: ", why, user, address);
                return typed == null ? Optional.empty() : Optional.of(new String(typed));
            };
        }
    }

    /** The credentials the environment gives (the process's environment in the app; a map in tests). */
    public static ServerCredentials resolve(ServerAddress address, UnaryOperator<String> env) {
        String user = address.namedUser().orElseGet(() -> nonBlank(env.apply("PGUSER"))
                .orElseGet(() -> System.getProperty("user.name")));
        Optional<String> fromEnv = nonBlank(env.apply("PGPASSWORD"));
        if (fromEnv.isPresent()) {
            return new ServerCredentials(user, fromEnv.get(), "PGPASSWORD");
        }
        String fromFile = PgPassParser.getPassword(address.host(), String.valueOf(address.port()), address.database(),
                user);
        if (fromFile != null) {
            return new ServerCredentials(user, fromFile, "the pgpass file");
        }
        return new ServerCredentials(user, null, "none");
    }

    /** The same user with a typed password. */
    public ServerCredentials typed(String password) {
        return new ServerCredentials(user, password, "the prompt");
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "ServerCredentials[user=" + user + ", password from " + source + "]";
    }
}
