package org.ogireview.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.UserText;
import org.ogireview.testing.FailingFileSystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ogireview.testing.ChineseText.englishIn;

/** A database problem the desk shows reads in its language; the command line's English stays as it was. */
class StoreProblemTextTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;

    @BeforeAll
    static void register() {
        FailingFileSystem.register();
    }

    @AfterEach
    void room() {
        FailingFileSystem.full.set(false);
    }

    @Test
    void aDatabaseOpenElsewhereIsReportedInEnglishAndInChinese() throws Exception {
        Path file = dir.resolve("desk.mv.db");
        try (Database first = Database.open(file)) {
            StoreException e = catchThrowableOfType(() -> Database.open(file), StoreException.class);
            assertThat(e.getMessage()).isEqualTo(file + " is open in another OGI Report Review window or process."
                    + " Close it there (or choose another database with --db), then try again.");
            assertThat(UserText.of(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo(file
                    + " 已在另一个 OGI Report Review 窗口或进程中打开。请先在那里关闭（或用 --db 选另一个数据库），再试一次。");
            assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
        }
    }

    @Test
    void aMessageWithoutBundleWordingIsShownAsItIs() {
        StoreException e = new StoreException("plain English");
        assertThat(UserText.of(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo("plain English");
    }

    @Test
    void aWriteOnAFullDiskSaysNotSavedInTheDesksLanguageAndTheEnglishStaysAsItWas() throws Exception {
        Path file = dir.resolve("full.mv.db");
        try (Database db = Database.open(file, FailingFileSystem.PREFIX)) {
            db.write("make a table in", c -> c.createStatement().execute("CREATE TABLE scratch (x INT)"));
            FailingFileSystem.full.set(true);
            StoreException first = catchThrowableOfType(() -> db.write("save a figure in",
                    c -> c.createStatement().execute("INSERT INTO scratch VALUES (1)")), StoreException.class);
            assertThat(first.getMessage()).startsWith("Not saved: could not save a figure in " + file + ": the disk "
                    + "is full (").endsWith("). Free some space, then try again.");
            String zh = first.message(ZH);
            assertThat(zh).startsWith("未保存：").contains(file.toString()).contains("磁盘已满");
            assertThat(englishIn(zh, file.toString(), "No space left on device")).isEmpty();

            // the next write on the still full disk: not saved either, in the same two languages
            StoreException again = catchThrowableOfType(() -> db.write("save a figure in",
                    c -> c.createStatement().execute("INSERT INTO scratch VALUES (2)")), StoreException.class);
            assertThat(again.getMessage()).startsWith("Not saved: could not save a figure in " + file)
                    .contains("the disk is full (");
            assertThat(again.message(ZH)).startsWith("未保存：").contains(file.toString()).contains("磁盘已满（");
            assertThat(englishIn(again.message(ZH), file.toString(), "No space left on device")).isEmpty();
        }
    }

    @Test
    void filesThatCannotBeOpenedAreNamedInChinese() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.mv.db"));
        Path garbage = Files.writeString(dir.resolve("garbage.mv.db"), "这不是数据库 ".repeat(2000));
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        Path blocked = blocker.resolve("sub").resolve("x.mv.db");
        for (Path file : new Path[] {empty, garbage, blocked}) {
            StoreException e = catchThrowableOfType(() -> Database.open(file), StoreException.class);
            assertThat(e).as(file.toString()).isNotNull();
            String zh = UserText.of(e, ZH);
            assertThat(zh).as(e.getMessage()).isNotEqualTo(e.getMessage());
            assertThat(englishIn(zh, file.toString(), file.getParent().toString(), causeOf(e))).as(zh).isEmpty();
        }
    }

    @Test
    void aBackupThatCannotBeUnpackedIsNotRestoredAndSaysSoInChinese() throws Exception {
        Path file = dir.resolve("kept.mv.db");
        try (Database db = Database.open(file)) {
            assertThat(db.isReadOnly()).isFalse();
        }
        Path zip = Files.writeString(dir.resolve("broken.zip"), "not a zip at all");
        StoreException e = catchThrowableOfType(() -> Backups.restore(file, zip), StoreException.class);
        assertThat(e.getMessage()).startsWith("Not restored: " + zip + " cannot be unpacked (");
        assertThat(e.message(ZH)).startsWith("没有恢复：无法解压 " + zip);
        assertThat(englishIn(e.message(ZH), zip.toString(), causeOf(e))).isEmpty();
    }

    @Test
    void everyChineseProblemTextIsChineseApartFromNames() throws IOException {
        java.util.Properties zh = new java.util.Properties();
        try (var in = UserText.class.getResourceAsStream("/org/ogireview/model/problems_zh.properties")) {
            zh.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (String key : zh.stringPropertyNames()) {
            String placeholdersOut = zh.getProperty(key).replaceAll("\\{\\d+}", " ");
            assertThat(englishIn(placeholdersOut)).as(key + "=" + zh.getProperty(key)).isEmpty();
        }
    }

    @Test
    void theStoreWritesNoProblemInEnglishOnly() throws IOException {
        // every StoreException of the database and its backups is a bundle key: an English literal here fails
        for (String name : new String[] {"Database.java", "Backups.java"}) {
            try (Stream<String> lines = Files.lines(Path.of("src/main/java/org/ogireview/store", name))) {
                assertThat(lines.filter(l -> l.contains("new StoreException(\"") || l.contains("new StoreException(file +")
                        || l.contains("new StoreException(\"Could not")).toList()).as(name).isEmpty();
            }
        }
    }

    /** What the operating system or a library said: shown as it is, in English. */
    private static String causeOf(Throwable e) {
        Throwable c = e.getCause();
        if (c instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return c == null || c.getMessage() == null ? "" : c.getMessage();
    }
}
