package org.ogireview.store;

import org.ogireview.model.UserText;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A team database on a PostgreSQL server, as the user writes it after {@code --db}:
 * {@code postgresql://[user@]host[:port]/name} ({@code postgres://} and {@code jdbc:postgresql://} are taken too).
 * A password in the address is refused: it would end up in the shell's history, the window's title and the settings;
 * it comes from PGPASSWORD, a pgpass file or a prompt instead (see {@link ServerCredentials}).
 *
 * @param host     host name or address
 * @param port     TCP port (5432 when not given)
 * @param database the database's name on the server
 * @param user     the user named in the address, or null (then PGUSER, or the system user)
 */
public record ServerAddress(String host, int port, String database, String user) {

    public static final int DEFAULT_PORT = 5432;

    /** Whether a {@code --db} argument names a server rather than a file. */
    public static boolean isServer(String dbArgument) {
        String a = dbArgument.strip().toLowerCase(Locale.ROOT);
        return a.startsWith("postgresql://") || a.startsWith("postgres://") || a.startsWith("jdbc:postgresql://");
    }

    /** Parses an address; the message of the exception says what is wrong with it and what is expected. */
    public static ServerAddress parse(String text) throws StoreException {
        String t = text.strip();
        if (t.regionMatches(true, 0, "jdbc:", 0, 5)) {
            t = t.substring(5);
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw bad(text, UserText.foreign(e.getReason()));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw bad(text, new UserText("store.address.noHost"));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String name = URLDecoder.decode(path.startsWith("/") ? path.substring(1) : path, StandardCharsets.UTF_8);
        if (name.isBlank() || name.contains("/")) {
            throw bad(text, new UserText("store.address.noDatabase"));
        }
        String user = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            if (userInfo.contains(":")) {
                throw new StoreException(new UserText("store.address.password", text.replaceFirst(":[^@/]*@",
                        ":***@")));
            }
            user = URLDecoder.decode(userInfo, StandardCharsets.UTF_8);
        }
        if (uri.getRawQuery() != null) {
            throw bad(text, new UserText("store.address.options"));
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        return new ServerAddress(uri.getHost(), port, name, user == null || user.isBlank() ? null : user);
    }

    private static StoreException bad(String text, UserText why) {
        return new StoreException(new UserText("store.address.bad", text, why));
    }

    /** The same server with another user in the address. */
    public ServerAddress withUser(String name) {
        return new ServerAddress(host, port, database, name);
    }

    /** The user named in the address, if any. */
    public Optional<String> namedUser() {
        return Optional.ofNullable(user);
    }

    /** The driver's URL: no user and no password in it (they go as connection properties). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + database;
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** As the user writes it (never with a password): shown in the title bar, messages and the settings. */
    @Override
    public String toString() {
        return "postgresql://" + (user == null ? "" : user + "@") + hostForUrl() + ":" + port + "/" + database;
    }
}
