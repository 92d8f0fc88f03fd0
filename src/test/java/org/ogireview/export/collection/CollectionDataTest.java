package org.ogireview.export.collection;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.BodyKind;
import org.ogireview.model.Division;
import org.ogireview.model.FigureStatus;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.CollectionDatabase;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collection views' data on a real database: the seeds, the samples as text and PDF (each sample one report
 * with two files) and a made-up body, 德阳市, reporting every year 2009–2018.
 */
class CollectionDataTest {

    @TempDir
    static Path dir;
    static H2ReportStore store;
    static CollectionSnapshot snapshot;

    @BeforeAll
    static void database() throws Exception {
        store = H2ReportStore.open(CollectionDatabase.create(dir));
        snapshot = CollectionSnapshot.read(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static BodyRef body(String name) {
        return snapshot.bodies().values().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aReportInTwoFilesIsOneReportAndEveryBodyHasItsDivision() {
        assertThat(snapshot.reports()).hasSize(5 + 2 + 10);
        assertThat(snapshot.reportsOf(body("洪泽区人民政府").key())).extracting(CollectionReport::year)
                .containsExactly(2023, 2024);
        assertThat(body("德阳市人民政府").divisionCode()).isEqualTo("510600");
        assertThat(body("德阳市人民政府").kind()).isEqualTo(BodyKind.GOVERNMENT);
        Progress p = snapshot.progress();
        assertThat(p.reports()).isEqualTo(17);
        assertThat(p.verified()).isEqualTo(1);
        assertThat(p.count(CoverageState.IN_PROGRESS)).isEqualTo(2);
        assertThat(p.reviewed()).isEqualTo(31 + 3 + 1);
    }

    @Test
    void theGridHasEveryYearFromFirstToLastWithMissingYearsAndCounts() {
        Coverage c = Coverage.of(snapshot, CollectionFilter.ALL);
        assertThat(c.years()).first().isEqualTo(2009);
        assertThat(c.years()).last().isEqualTo(2024);
        assertThat(c.years()).hasSize(16);
        Coverage.Row deyang = c.rows().stream().filter(r -> r.body().name().equals("德阳市人民政府")).findFirst()
                .orElseThrow();
        assertThat(deyang.reports()).isEqualTo(10);
        assertThat(deyang.cell(2012).state()).isEqualTo(CoverageState.IN_PROGRESS);
        assertThat(deyang.cell(2011).state()).isEqualTo(CoverageState.NEW);
        assertThat(deyang.cell(2019).state()).isEqualTo(CoverageState.MISSING);
        assertThat(deyang.count(CoverageState.MISSING)).isEqualTo(6);
        assertThat(c.rows().stream().filter(r -> r.body().name().equals("东昌区人民政府")).findFirst().orElseThrow()
                .cell(2016).state()).isEqualTo(CoverageState.VERIFIED);
        // 2012: 德阳 and 泸州; 2016: 德阳 and 东昌区 (verified)
        assertThat(c.present(2012)).isEqualTo(2);
        assertThat(c.count(2016, CoverageState.VERIFIED)).isEqualTo(1);
        assertThat(c.count(2016, CoverageState.MISSING)).isEqualTo(c.rows().size() - 2);
    }

    @Test
    void filtersNarrowByDivisionKindAndYear() {
        Division sichuan = snapshot.divisions().provinces().stream().filter(d -> d.code().equals("510000"))
                .findFirst().orElseThrow();
        assertThat(sichuan.name()).isEqualTo("四川省");
        assertThat(snapshot.divisions().cities("510000")).extracting(Division::name)
                .containsExactly("泸州市", "德阳市", "绵阳市");
        assertThat(snapshot.divisions().counties("320800")).extracting(Division::name).containsExactly("洪泽区");
        assertThat(Coverage.of(snapshot, new CollectionFilter("510000", null, null, null)).rows())
                .extracting(r -> r.body().name()).containsExactlyInAnyOrder("泸州市人民政府", "德阳市人民政府", "绵阳市人民政府");
        assertThat(Coverage.of(snapshot, new CollectionFilter("510600", null, null, null)).rows()).hasSize(1);
        assertThat(Coverage.of(snapshot, new CollectionFilter(null, BodyKind.DEPARTMENT, null, null)).rows())
                .isEmpty();
        Coverage recent = Coverage.of(snapshot, new CollectionFilter(null, null, 2023, 2024));
        assertThat(recent.years()).containsExactly(2023, 2024);
        assertThat(recent.rows()).extracting(r -> r.body().name()).containsExactly("洪泽区人民政府");
    }

    @Test
    void aBodysSeriesCarriesStatusQualifierAndFailedChecks() throws Exception {
        List<BodySeries.Series> series = BodySeries.read(store, snapshot, body("德阳市人民政府").key(),
                List.of(Measures.RECEIVED, Measures.GRANTED, Measures.REVIEW));
        BodySeries.Series received = series.get(0);
        assertThat(received.points()).extracting(BodySeries.Point::year)
                .containsExactly(2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018);
        // the template's 456 applications scaled 0.55 .. 1.45 over the ten years; 2013 corrected by the coder
        assertThat(received.points()).extracting(p -> p.value().value())
                .containsExactly(251.0, 296.0, 342.0, 388.0, 440.0, 479.0, 524.0, 570.0, 616.0, 661.0);
        assertThat(received.points().get(3).value().status()).isEqualTo(FigureStatus.CONFIRMED);
        assertThat(received.points().get(4).value().status()).isEqualTo(FigureStatus.CORRECTED);
        assertThat(received.points().get(0).value().status()).isEqualTo(FigureStatus.AUTO);
        // the stated shares of the channels (59.6 % …) no longer match the scaled counts: a failed check
        assertThat(received.points().get(0).fails()).isTrue();
        assertThat(received.points().get(0).failing()).extracting(f -> f.rule()).contains("pct.stated");
        assertThat(series.get(1).points()).isEmpty(); // 绵阳's template states no grants
        assertThat(series.get(2).points()).hasSize(10);
    }

    @Test
    void aYearAcrossBodiesIsSortedAndRatiosUseTheTablesRows() throws Exception {
        YearRanking.Result r2016 = YearRanking.read(store, snapshot, 2016, CollectionFilter.ALL, Measures.RECEIVED);
        assertThat(r2016.rows()).extracting(r -> r.report().body().name())
                .containsExactly("德阳市人民政府", "东昌区人民政府");
        assertThat(r2016.rows()).extracting(r -> r.value().value()).containsExactly(570.0, 0.0);

        // 洪泽区 2024 states no 不予公开 total: its eight rows give it, and the results' 总计 the denominator
        YearRanking.Result rate = YearRanking.read(store, snapshot, 2024, CollectionFilter.ALL,
                Measures.DENIAL_RATE);
        assertThat(rate.rows()).hasSize(1);
        MeasureValue v = rate.rows().get(0).value();
        assertThat(v.keys()).contains("applications.denied.state_secret", "applications.total_handled");
        assertThat(v.value()).isBetween(0.0, 1.0);
        YearRanking.Result none = YearRanking.read(store, snapshot, 2016, new CollectionFilter("320000", null,
                null, null), Measures.RECEIVED);
        assertThat(none.rows()).isEmpty();
    }

    @Test
    void theSvgIsWellFormedAndKeepsItsLabelsAsText() throws Exception {
        String svg = SvgChart.lines("德阳市人民政府 <series>", "年份", "件", List.of(new SvgChart.Series("本年新收",
                List.of(new SvgChart.Point(2009, 251, true, true, "", "2009: 251"),
                        new SvgChart.Point(2010, 296, false, false, "≈", "2010: 296")))), 800, 500);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(3); // two points, one red ring
        assertThat(svg).contains("德阳市人民政府 &lt;series&gt;").contains("本年新收").contains(">2010<");
        String bars = SvgChart.bars("2016", "件", List.of(new SvgChart.Bar("德阳市", 570, "570"),
                new SvgChart.Bar("东昌区", 0, "0")), 800);
        var barDoc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(bars.getBytes(StandardCharsets.UTF_8)));
        assertThat(barDoc.getElementsByTagName("rect").getLength()).isEqualTo(1 + 2);
        assertThat(SvgChart.ticks(0, 661)).containsExactly(0, 200, 400, 600, 800);
    }
}
