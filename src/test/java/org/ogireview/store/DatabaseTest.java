package org.ogireview.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsTheFileAndTheSchema() throws Exception {
        Path requested = dir.resolve("sub/folder/review");
        try (Database db = Database.open(requested)) {
            assertThat(db.file()).isEqualTo(dir.resolve("sub/folder/review.mv.db"));
            assertThat(db.file()).exists();
            int tables = db.read("count tables", c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM "
                        + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            // 7 tables (V1, V3: report_search), V5: bodies and report_files, V6: own_fields, and Flyway's history
            assertThat(tables).isEqualTo(14); // + V8: double_coding, coder_figures, adjudications
        }
        // a folder means the default file name inside it; a .mv.db path is taken as is
        assertThat(Database.databaseFile(dir)).isEqualTo(dir.resolve("ogi-review.mv.db"));
        assertThat(Database.databaseFile(dir.resolve("x.mv.db"))).isEqualTo(dir.resolve("x.mv.db"));
    }

    @Test
    void secondOpenInTheSameProcessIsRefusedWithTheFileName() throws Exception {
        Path file = dir.resolve("desk.mv.db");
        try (Database first = Database.open(file)) {
            assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("is open in another OGI Report Review window or process");
            boolean usable = first.read("still usable", c -> c.isValid(1));
            assertThat(usable).isTrue();
        }
        try (Database again = Database.open(file)) {
            assertThat(again.file()).isEqualTo(file);
        }
    }

    @Test
    void databaseOpenInAnotherProcessIsRefusedWithTheFileName() throws Exception {
        Path file = dir.resolve("shared.mv.db");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabase.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).startsWith("open ");
            assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("is open in another OGI Report Review window or process")
                    .hasMessageNotContaining("90020");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (Database db = Database.open(file)) {
            assertThat(db.file()).isEqualTo(file);
        }
    }

    @Test
    void garbageFileIsReportedAsDamaged() throws Exception {
        Path file = dir.resolve("garbage.mv.db");
        byte[] junk = new byte[64 * 1024];
        new Random(7).nextBytes(junk);
        Files.write(file, junk);
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("damaged");
        assertThat(Files.readAllBytes(file)).isEqualTo(junk); // nothing written over it
    }

    @Test
    void textFileNamedLikeADatabaseIsReportedAsDamaged() throws Exception {
        Path file = dir.resolve("notes.mv.db");
        Files.writeString(file, "这不是数据库 / this is not a database\n".repeat(200));
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("damaged or is not an OGI Report Review database");
    }

    @Test
    void anotherProgramsH2DatabaseIsNotTakenOver() throws Exception {
        Path file = dir.resolve("other.mv.db");
        String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))");
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not an OGI Report Review database");
    }

    @Test
    void databaseOfANewerVersionIsNotOpened() throws Exception {
        Path file = dir.resolve("newer.mv.db");
        try (Database db = Database.open(file)) {
            db.write("pretend a newer app migrated it", c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                            + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", "
                            + "\"execution_time\", \"success\") VALUES (99, '99', 'from the future', 'SQL', "
                            + "'V99__from_the_future.sql', 1, 'sa', 1, TRUE)");
                }
                return null;
            });
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("newer version of OGI Report Review");
    }

    @Test
    void folderThatCannotBeCreatedIsNamed() throws Exception {
        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where the folder should be");
        Path file = blocker.resolve("db.mv.db");
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot create the folder " + blocker)
                .hasMessageContaining("in the way");
    }

    @Test
    void readOnlyFileIsRefusedWithAClearMessage() throws Exception {
        // root may write to any file, so a read-only permission means nothing to the superuser
        assumeFalse("root".equals(System.getProperty("user.name")), "file permissions do not bind root");
        Path file = dir.resolve("ro.mv.db");
        try (Database db = Database.open(file)) {
            assertThat(db.file()).exists();
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("read-only");
        Path folder = Files.createDirectory(dir.resolve("ro-folder"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        assertThatThrownBy(() -> Database.open(folder.resolve("new.mv.db"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("read-only");
    }

    @Test
    void defaultFolderFollowsTheOperatingSystem() {
        Path home = Path.of("/home/li");
        assertThat(DataFolder.folderFor("Linux", home, Map.of())).isEqualTo(home.resolve(".ogi-review"));
        assertThat(DataFolder.folderFor("Mac OS X", home, Map.of()))
                .isEqualTo(home.resolve("Library/Application Support/OGI Report Review"));
        assertThat(DataFolder.folderFor("Windows 11", home, Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata", "OGI Report Review"));
    }
}
