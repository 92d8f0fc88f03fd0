package org.ogireview.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * GoldScorer against score.py. The expected numbers below are what
 * {@code python3 shared/tools/score.py gold.csv pred.csv --by-field} printed for these two CSVs:
 * <pre>f1=0.800 precision=0.800 recall=0.800 provenance=0.875 gold=10 predicted=10</pre>
 */
class GoldScorerTest {

    private static final String GOLD = """
            file,field,value,qualifier
            a.txt,proactive.total,30000,more_than
            a.txt,applications.received,0,
            a.txt,review.total,0,
            a.txt,fees.collected,12.50,
            a.txt,proactive.total_change,-3,
            a.txt,report.region,泸州市,
            a.txt,applications.granted.pct,74.07,
            a.txt,channels.reading_points,15,
            b.txt,proactive.total,,blank_in_source
            b.txt,staff.total,49,
            b.txt,staff.total,48,
            """;

    private static final String PRED = """
            file,field,value,qualifier,start,end,snippet
            a.txt,proactive.total,30000,more_than,1,5,发布信息3万余条
            a.txt,applications.received,0,,1,5,共受理申请0件
            a.txt,review.total,0,,1,5,全市收到行政复议
            a.txt,fees.collected,１２.５,,1,5,收费12.5元
            a.txt,proactive.total_change,-3,,1,5,减少3条
            a.txt,report.region,泸州市,,0,3,瀘州市
            a.txt,applications.granted.pct,74.07,about,1,5,占74.07%
            a.txt,litigation.total,0,,1,5,未收到行政诉讼
            b.txt,proactive.total,,blank_in_source,1,5,主动公开政府信息 条
            b.txt,staff.total,+48,,1,5,"共有四十八人"
            c.txt,staff.total,5,,1,5,5人
            """;

    @Test
    void agreesWithScorePyOnAMadeUpCase() throws IOException {
        GoldScorer.Score s = GoldScorer.score(GoldScorer.read(new StringReader(GOLD)),
                GoldScorer.read(new StringReader(PRED)));

        assertThat(s.summary()).isEqualTo(
                "f1=0.800 precision=0.800 recall=0.800 provenance=0.875 gold=10 predicted=10");
        assertThat(s.misses()).containsExactly(
                "extra   a.txt litigation.total: got 0",
                "missing a.txt channels.reading_points: gold 15",
                "wrong   a.txt applications.granted.pct: gold 74.07, got 74.07/about");
        assertThat(s.perField().get("proactive.total")).containsExactly(2, 0, 0);
        assertThat(s.perField().get("applications.granted.pct")).containsExactly(0, 1, 1);
        assertThat(s.perField().get("litigation.total")).containsExactly(0, 1, 0);
        assertThat(s.f1()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void numbersCompareAsNumbersAfterNfkc() {
        assertThat(GoldScorer.sameValue("12.50", "１２.５")).isTrue();
        assertThat(GoldScorer.sameValue("1,136", "1136")).isTrue();
        assertThat(GoldScorer.sameValue("+3", "3")).isTrue();
        assertThat(GoldScorer.sameValue("3", "3.0000000001")).isTrue();
        assertThat(GoldScorer.sameValue("3", "3.001")).isFalse();
        assertThat(GoldScorer.sameValue("泸州市", " 泸州市 ")).isTrue();
        assertThat(GoldScorer.sameValue("泸州市", "瀘州市")).isFalse();
    }

    @Test
    void provenanceNeedsTheDigitsANumeralOrAZeroWord() {
        assertThat(GoldScorer.shows("同意公开20件,占74.07%", "74.07", "")).isTrue();
        assertThat(GoldScorer.shows("主动公开1,136条", "1136", "")).isTrue();
        assertThat(GoldScorer.shows("减少3条", "-3", "")).isTrue();
        assertThat(GoldScorer.shows("召开新闻发布会二十次", "20", "")).isTrue();
        assertThat(GoldScorer.shows("召开新闻发布会", "20", "")).isFalse();
        assertThat(GoldScorer.shows("无收费和减免", "0", "")).isTrue();
        assertThat(GoldScorer.shows("全市收到行政复议", "0", "")).isFalse();
        assertThat(GoldScorer.shows("", "5", "")).isFalse();
        assertThat(GoldScorer.shows("主动公开政府信息 条", "", "blank_in_source")).isTrue();
    }

    @Test
    void onlyFilesNamedInGoldAreScoredAndTheLastDuplicateWins() {
        List<GoldScorer.Row> gold = List.of(new GoldScorer.Row("a.txt", "staff.total", "4", "", ""),
                new GoldScorer.Row("a.txt", "staff.total", "5", "", ""));
        List<GoldScorer.Row> pred = List.of(new GoldScorer.Row("a.txt", "staff.total", "5", "", "5人"),
                new GoldScorer.Row("z.txt", "staff.total", "9", "", "9人"));
        GoldScorer.Score s = GoldScorer.score(gold, pred);
        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.gold()).isEqualTo(1);
        assertThat(s.predicted()).isEqualTo(1);
        assertThat(s.provenance()).isEqualTo(1.0);
    }
}
