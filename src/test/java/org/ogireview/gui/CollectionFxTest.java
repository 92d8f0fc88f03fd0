package org.ogireview.gui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.ogireview.export.collection.Coverage;
import org.ogireview.export.collection.YearRanking;
import org.ogireview.gui.collection.CollectionWindow;
import org.ogireview.testing.CollectionDatabase;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View ▸ Collection on a database of the seeds, the samples (text and PDF) and a made-up body reporting 2009–2018:
 * a click on a coverage cell opens that report in the desk; a click on a point of a body's series opens the report
 * at that figure; the bars of a year and their SVG; the window follows the language switch.
 */
class CollectionFxTest extends DeskFxHarness {

    /** Built once (the import of 19 files takes a while), copied for each test. */
    private static Path template;

    private CollectionWindow openCollection() throws Exception {
        synchronized (CollectionFxTest.class) {
            if (template == null) {
                Path folder = Files.createTempDirectory("ogi-collection-fx-");
                folder.toFile().deleteOnExit();
                template = CollectionDatabase.create(folder);
            }
        }
        Path db = dir.resolve("collection.mv.db");
        Files.copy(template, db);
        openDesk(db);
        clickOn("#menuView");
        clickOn("#menuCollection");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !coverageTable().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return (CollectionWindow) lookup("#collectionRoot").query().getScene().getWindow().getUserData();
    }

    @SuppressWarnings("unchecked")
    private TableView<Coverage.Row> coverageTable() {
        return lookup("#coverageTable").queryAs(TableView.class);
    }

    private Node byId(String id) {
        return lookup(n -> id.equals(n.getId())).query();
    }

    private String deyangKey() {
        return coverageTable().getItems().stream().filter(r -> r.body().name().equals("德阳市人民政府")).findFirst()
                .orElseThrow().body().key();
    }

    private String openFile() {
        return desk.model().session().current().report().fileName();
    }

    @Test
    void aClickOnACoverageCellOpensThatReportInTheDesk() throws Exception {
        CollectionWindow window = openCollection();
        assertThat(coverageTable().getItems()).extracting(r -> r.body().name())
                .contains("德阳市人民政府", "洪泽区人民政府", "泸州市人民政府");
        assertThat(lookup("#collectionReports").queryAs(Label.class).getText()).contains("1 of 17");
        Node cell = byId("cov-" + deyangKey() + "-2011");
        assertThat(cell.getStyleClass()).contains("coverage-new");
        assertThat(byId("cov-" + deyangKey() + "-2012").getStyleClass()).contains("coverage-in_progress");
        clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openFile()).isEqualTo("德阳市-2011.txt");

        // narrowed to 四川省 → 德阳市: one body left
        interact(() -> window.model().coverage().provinceProperty().set(window.model().coverage().provinces()
                .stream().filter(d -> d.code().equals("510000")).findFirst().orElseThrow()));
        assertThat(coverageTable().getItems()).hasSize(3);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aClickOnAPointOfABodysSeriesOpensTheReportAtThatFigure() throws Exception {
        openCollection();
        clickOn(tabHeader("tabSeries"));
        // the body with most reports is chosen first: 德阳市
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> lookup(n -> "point-applications.received-2013".equals(n.getId())).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Node corrected = byId("point-applications.received-2013");
        assertThat(corrected.lookup(".point-corrected")).isNotNull();
        assertThat(byId("point-applications.received-2012").lookup(".point-confirmed")).isNotNull();
        assertThat(byId("point-applications.received-2010").lookup(".point-auto")).isNotNull();
        // the stated channel shares no longer fit the scaled counts: the point is ringed
        assertThat(byId("point-applications.received-2009").lookup(".series-ring")).isNotNull();
        assertThat(byId("point-applications.received-2013").lookup(".series-ring")).isNull();
        clickOn(corrected);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openFile()).isEqualTo("德阳市-2013.txt");
        assertThat(desk.model().session().selectedKeyProperty().get()).isEqualTo("applications.received");

        // the table behind the chart, one click away: a line per year (back in the collection window, which the
        // click put behind the desk)
        CollectionWindow window = (CollectionWindow) lookup("#collectionRoot").query().getScene().getWindow()
                .getUserData();
        interact(() -> window.stage().toFront());
        clickOn("#seriesShowTable");
        @SuppressWarnings("unchecked")
        TableView<org.ogireview.gui.collection.SeriesViewModel.Row> table = lookup("#seriesTable")
                .queryAs(TableView.class);
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).extracting(org.ogireview.gui.collection.SeriesViewModel.Row::year)
                .containsExactly(2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aYearAcrossBodiesDrawsSortedBarsAndSavesThemAsSvgAndPng() throws Exception {
        CollectionWindow window = openCollection();
        clickOn(tabHeader("tabRanking"));
        interact(() -> window.model().ranking().yearProperty().set(2016));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.model().ranking().resultProperty().get() != null
                && window.model().ranking().resultProperty().get().year() == 2016);
        WaitForAsyncUtils.waitForFxEvents();
        YearRanking.Result r = window.model().ranking().resultProperty().get();
        assertThat(r.rows()).extracting(x -> x.report().body().name()).containsExactly("德阳市人民政府", "东昌区人民政府");
        clickOn(byId("bar-" + r.rows().get(0).report().reportId()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openFile()).isEqualTo("德阳市-2016.txt");

        interact(() -> window.stage().toFront());
        Path svg = dir.resolve("bars.svg");
        dialogs.saveAnswers.add(svg);
        clickOn("#rankingSvg");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("德阳市人民政府").contains("东昌区人民政府");
        Path png = dir.resolve("bars.png");
        dialogs.saveAnswers.add(png);
        clickOn("#rankingPng");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(100);
        assertThat(dialogs.errors).isEmpty();

        // the language switch rebuilds the window in Chinese, keeping the tab
        interact(() -> desk.switchLanguage(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = lookup("#collectionTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("单一年度机关比较");
    }

    private Node tabHeader(String tabId) {
        TabPane tabs = lookup("#collectionTabs").queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
        return lookup(".tab-label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getText().equals(tab.getText())).findFirst().orElseThrow();
    }
}
