package org.ogireview.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.UserText;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A database problem the desk shows reads in its language; the command line's English stays as it was. */
class StoreProblemTextTest {

    @TempDir
    Path dir;

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
}
