package org.ogireview.gui;

import org.junit.jupiter.api.Test;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.importing.CollectionImport;
import org.ogireview.gui.importing.ImportItem;
import org.ogireview.gui.reportlist.FormatChoice;
import org.ogireview.gui.reportlist.ReportListViewModel;
import org.ogireview.gui.testing.TestStores;
import org.ogireview.store.ReportStore;
import org.ogireview.testing.TestFiles;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last report and the list's filters belong to the database they were set on; language and coder to the
 * person. Two databases whose report ids overlap (both start at 1) must not open each other's report.
 */
class PerDatabaseSettingsFxTest extends DeskFxHarness {

    private Path database(String name, String... samples) throws Exception {
        Path db = dir.resolve(name + ".mv.db");
        try (ReportStore s = TestStores.open(db)) {
            new CollectionImport(s, () -> "tester").run(
                    List.of(samples).stream().map(f -> new ImportItem(TestFiles.bundledReport(f))).toList(),
                    (done, total, file) -> { }, () -> false);
        }
        return db;
    }

    /** Opens the desk the way the app does: the person's preferences bound to this database. */
    private void openOn(Path db) throws Exception {
        store = TestStores.open(db);
        DeskPreferences prefs = new DeskPreferences(prefsNode).forDatabase(store.path());
        desk = new Desk(new DeskSetup(store, prefs, false, (w, m) -> dialogs, null, null));
        CountDownLatch ready = new CountDownLatch(1);
        FxToolkit.setupStage(stage -> desk.show(stage, ready::countDown));
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long current() {
        return desk.model().session().current().id();
    }

    private ReportListViewModel list() {
        return desk.model().list();
    }

    @Test
    void eachDatabaseReopensItsOwnReportAndFilters() throws Exception {
        Path a = database("a", "hongze-2023.txt", "hongze-2024.txt");
        Path b = database("b", "000_6c56c39d01f2e555.txt", "hongze-2024.txt");

        openOn(b);
        long bFirst = current();
        long bOther = list().reports().stream().mapToLong(r -> r.id()).filter(id -> id != bFirst).findFirst()
                .orElseThrow();
        closeDesk();

        openOn(a);
        interact(() -> desk.model().session().open(bOther)); // the same id in a, another report
        interact(() -> list().formatProperty().set(list().formats().stream()
                .filter(c -> c.value() == FormatChoice.TABLE2021).findFirst().orElseThrow()));
        interact(() -> list().yearProperty().set(list().years().stream()
                .filter(c -> Integer.valueOf(2024).equals(c.value())).findFirst().orElseThrow()));
        String aReport = desk.model().session().current().report().fileName();
        closeDesk();

        openOn(b);
        assertThat(current()).as("b opens its own last report, not a's id").isEqualTo(bFirst);
        assertThat(list().formatProperty().get().value()).as("a's filter stays with a").isNull();
        assertThat(list().yearProperty().get().value()).isNull();
        assertThat(list().reports()).hasSize(2);
        closeDesk();

        openOn(a);
        assertThat(current()).isEqualTo(bOther);
        assertThat(desk.model().session().current().report().fileName()).isEqualTo(aReport);
        assertThat(list().formatProperty().get().value()).isEqualTo(FormatChoice.TABLE2021);
        assertThat(list().yearProperty().get().value()).isEqualTo(2024);
        assertThat(list().reports()).extracting(r -> r.year()).containsExactly(2024);
    }

    @Test
    void languageAndCoderArePersonalWhicheverTheDatabase() {
        DeskPreferences person = new DeskPreferences(prefsNode);
        person.setLocale(Locale.CHINA);
        person.setCoder("王老师");
        DeskPreferences one = person.forDatabase(dir.resolve("one.mv.db"));
        DeskPreferences two = person.forDatabase(dir.resolve("sub/../two.mv.db"));
        one.setLastReport(5);
        assertThat(two.lastReport()).isEmpty();
        assertThat(person.forDatabase(dir.resolve("x/../one.mv.db")).lastReport()).contains(5L);
        assertThat(two.coder()).contains("王老师");
        assertThat(two.locale()).isEqualTo(Locale.CHINA);
        two.setCoder("李同学");
        assertThat(one.coder()).contains("李同学");
    }
}
