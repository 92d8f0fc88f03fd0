package org.ogireview.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Addresses and logins of a team database, against a real server whose users (but the test's superuser) must give a
 * password: PGPASSWORD, a pgpass file and the prompt each log in; a wrong or missing password is a clear message;
 * no password ever appears in an address, a message or the credentials' text.
 */
class ServerLoginTest {

    @TempDir
    Path dir;

    @Test
    void parsesAddressesAndRefusesPasswordsInThem() throws Exception {
        ServerAddress a = ServerAddress.parse("postgresql://db.example.org:6543/ogi");
        assertThat(a).isEqualTo(new ServerAddress("db.example.org", 6543, "ogi", null));
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/ogi");
        assertThat(ServerAddress.parse("postgres://li@localhost/team")).isEqualTo(
                new ServerAddress("localhost", 5432, "team", "li"));
        assertThat(ServerAddress.parse("jdbc:postgresql://[::1]:5433/x").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5433/x");
        assertThat(ServerAddress.isServer("postgresql://h/n")).isTrue();
        assertThat(ServerAddress.isServer("/home/li/ogi-review.mv.db")).isFalse();
        assertThat(ServerAddress.isServer("C:\\data\\postgresql.mv.db")).isFalse();
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://li:secret@localhost/team"))
                .isInstanceOf(StoreException.class).hasMessageContaining("a password in the address is not accepted")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://localhost:5432/"))
                .hasMessageContaining("names no database").hasMessageContaining("postgresql://HOST:PORT/NAME");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql:///ogi")).hasMessageContaining("names no host");
    }

    @Test
    void logsInWithPgpasswordWithAPgpassFileOrByThePrompt() throws Exception {
        ServerAddress db = TestPostgres.freshDatabase();
        TestPostgres.createCoder("coder_li", "pa:ss\\word", db);
        ServerAddress li = db.withUser("coder_li");

        try (Database d = Database.openServer(li, ServerCredentials.PasswordPrompt.NONE,
                Map.of("PGPASSWORD", "pa:ss\\word")::get)) {
            assertThat(who(d)).isEqualTo("coder_li");
        }

        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "# host:port:database:user:password\n"
                + "otherhost:*:*:*:wrong\n" + db.host() + ":" + db.port() + ":*:coder_li:pa\\:ss\\\\word\n");
        String before = System.getProperty("org.postgresql.pgpassfile");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            ServerCredentials found = ServerCredentials.resolve(li, k -> null);
            assertThat(found.source()).isEqualTo("the pgpass file");
            assertThat(found.toString()).doesNotContain("pa:ss");
            try (Database d = Database.openServer(li, ServerCredentials.PasswordPrompt.NONE, k -> null)) {
                assertThat(who(d)).isEqualTo("coder_li");
            }
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }

        List<String> asked = new ArrayList<>();
        ServerCredentials.PasswordPrompt prompt = (address, user, why) -> {
            asked.add(user + ": " + why);
            return Optional.of(asked.size() == 1 ? "wrong" : "pa:ss\\word");
        };
        try (Database d = Database.openServer(li, prompt, Map.of("PGUSER", "ignored")::get)) {
            assertThat(who(d)).isEqualTo("coder_li");
        }
        assertThat(asked).containsExactly("coder_li: The server " + li + " asks for a password.",
                "coder_li: The password from the prompt was refused.");
    }

    @Test
    void aMissingOrWrongPasswordAndAMissingDatabaseAreClearMessages() throws Exception {
        ServerAddress db = TestPostgres.freshDatabase();
        TestPostgres.createCoder("coder_wang", "right", db);
        ServerAddress wang = db.withUser("coder_wang");
        assertThatThrownBy(() -> Database.openServer(wang, ServerCredentials.PasswordPrompt.NONE, k -> null))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Could not log in to " + wang + " as coder_wang")
                .hasMessageContaining("wants a password and none was given");
        assertThatThrownBy(() -> Database.openServer(wang, ServerCredentials.PasswordPrompt.NONE,
                Map.of("PGPASSWORD", "wrong")::get))
                .hasMessageContaining("the password from PGPASSWORD was refused").hasMessageNotContaining("wrong");
        ServerAddress none = new ServerAddress(db.host(), db.port(), "no_such_db", TestPostgres.SUPERUSER);
        assertThatThrownBy(() -> Database.openServer(none, ServerCredentials.PasswordPrompt.NONE, k -> null))
                .hasMessageContaining("has no database named no_such_db").hasMessageContaining("createdb no_such_db");
        ServerAddress closed = new ServerAddress("127.0.0.1", 1, "x", "li");
        assertThatThrownBy(() -> Database.openServer(closed, ServerCredentials.PasswordPrompt.NONE, k -> null))
                .hasMessageContaining("Could not reach the PostgreSQL server at 127.0.0.1:1");
    }

    private static String who(Database d) throws StoreException {
        return d.read("who", ServerLoginTest::user);
    }

    private static String user(java.sql.Connection c) throws java.sql.SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
