package org.ogireview.gui.collection;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.export.collection.CoverageState;
import org.ogireview.export.collection.Measures;
import org.ogireview.model.Division;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.CollectionDatabase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collection window's view models without a window: the reads run on a recorded "background" queue and come
 * back on the calling thread, so the test sees what the window would, one step at a time.
 */
class CollectionViewModelTest {

    @TempDir
    static Path dir;
    static H2ReportStore store;
    final List<Runnable> background = new ArrayList<>();
    CollectionViewModel model;

    @BeforeAll
    static void database() throws Exception {
        store = H2ReportStore.open(CollectionDatabase.create(dir));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.remove(0).run();
        }
    }

    private CollectionViewModel loaded() {
        model = new CollectionViewModel(store, background::add, Runnable::run);
        model.reload();
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.snapshotProperty().get()).isNull(); // nothing read on the calling thread
        runBackground();
        assertThat(model.loadingProperty().get()).isFalse();
        return model;
    }

    @Test
    void coverageFollowsTheDivisionChainAndClearsTheNarrowerChoices() {
        CoverageViewModel c = loaded().coverage();
        assertThat(c.coverageProperty().get().rows()).hasSize(7);
        assertThat(model.progress().verified()).isEqualTo(1);
        Division sichuan = c.provinces().stream().filter(d -> d.code().equals("510000")).findFirst().orElseThrow();
        c.provinceProperty().set(sichuan);
        assertThat(c.cities()).extracting(Division::name).containsExactly("泸州市", "德阳市", "绵阳市");
        c.cityProperty().set(c.cities().get(1));
        assertThat(c.coverageProperty().get().rows()).extracting(r -> r.body().name()).containsExactly("德阳市人民政府");
        Division jiangsu = c.provinces().stream().filter(d -> d.code().equals("320000")).findFirst().orElseThrow();
        c.provinceProperty().set(jiangsu);
        assertThat(c.cityProperty().get()).isNull();
        assertThat(c.coverageProperty().get().rows()).extracting(r -> r.body().name()).containsExactly("洪泽区人民政府");
        // years given the wrong way round are taken as the span they name
        c.clearFilters();
        c.fromYearProperty().set(2013);
        c.toYearProperty().set(2012);
        assertThat(c.coverageProperty().get().years()).containsExactly(2012, 2013);
        assertThat(c.coverageProperty().get().count(2012, CoverageState.IN_PROGRESS)).isEqualTo(1);
    }

    @Test
    void theSeriesStartsOnTheBodyWithMostYearsAndRereadsWhenAMeasureIsAdded() {
        SeriesViewModel s = loaded().series();
        assertThat(s.bodyProperty().get().name()).isEqualTo("德阳市人民政府");
        runBackground();
        assertThat(s.seriesProperty().get()).hasSize(Measures.DEFAULT_SERIES.size());
        assertThat(s.rows()).hasSize(10);
        s.setShown(Measures.PROACTIVE, true);
        runBackground();
        assertThat(s.seriesProperty().get()).extracting(x -> x.measure().id()).contains("proactive.total");
        s.bodyFilterProperty().set("洪泽");
        assertThat(s.bodies()).extracting(b -> b.name()).containsExactly("洪泽区人民政府");
    }

    @Test
    void aStaleAnswerNeverReplacesALaterOne() {
        RankingViewModel r = loaded().ranking();
        runBackground();
        r.yearProperty().set(2016);
        r.yearProperty().set(2024);
        runBackground(); // both reads ran; only 2024's was delivered
        assertThat(r.resultProperty().get().year()).isEqualTo(2024);
        r.measureProperty().set(Measures.DENIAL_RATE);
        runBackground();
        assertThat(r.bars()).hasSize(1);
        r.yearProperty().set(2016);
        r.measureProperty().set(Measures.RECEIVED);
        runBackground();
        r.shownProperty().set(1);
        assertThat(r.bars()).extracting(x -> x.report().body().name()).containsExactly("德阳市人民政府");
        r.ascendingProperty().set(true);
        assertThat(r.bars()).extracting(x -> x.report().body().name()).containsExactly("东昌区人民政府");
    }

    @Test
    void aFailedReadIsWordedInTheWindowsLanguage() throws Exception {
        Path closedFile = dir.resolve("closed.mv.db");
        H2ReportStore closed = H2ReportStore.open(closedFile);
        closed.close(); // every read now fails with the store's own problem

        CollectionViewModel zh = new CollectionViewModel(closed, background::add, Runnable::run,
                java.util.Locale.SIMPLIFIED_CHINESE);
        zh.reload();
        runBackground();
        assertThat(zh.errorProperty().get()).endsWith("已关闭").doesNotContain("closed.mv.db is closed");

        CollectionViewModel en = new CollectionViewModel(closed, background::add, Runnable::run);
        en.reload();
        runBackground();
        assertThat(en.errorProperty().get()).endsWith("is closed");
    }
}
