package org.ogireview.check;

import org.junit.jupiter.api.Test;
import org.ogireview.model.Figure;
import org.ogireview.model.Finding;
import org.ogireview.model.Severity;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The collection-level check on constructed collections: clear outliers flagged, ordinary spreads left alone. */
class UnusualValuesTest {

    /**
     * Applications received by county governments in one year: a spread like the real ones (洪泽区 stated 21 in
     * 2023 and 95 in 2024), ten times from smallest to largest.
     */
    private static final int[] COUNTIES = {12, 18, 21, 25, 33, 40, 47, 52, 60, 95, 120};

    private final UnusualValues check = new UnusualValues();
    private long nextId = 1;

    private UnusualValues.Entry county(Long body, int year, Map<String, String> values) {
        Map<String, Figure> figures = new HashMap<>();
        values.forEach((k, v) -> figures.put(k, new Figure(k, v, Qualifier.EXACT, FigureStatus.AUTO, -1, -1, "",
                1, v, Qualifier.EXACT)));
        return new UnusualValues.Entry(nextId++, body, "government", "county", year, figures);
    }

    private List<UnusualValues.Entry> counties(int year, int... received) {
        List<UnusualValues.Entry> out = new ArrayList<>();
        for (int r : received) {
            out.add(county((long) (1000 + out.size()), year, Map.of("applications.received", String.valueOf(r))));
        }
        return out;
    }

    @Test
    void aClearOutlierAmongItsPeersIsFlaggedWithTheRangeItLeft() {
        List<UnusualValues.Entry> entries = counties(2023, COUNTIES);
        UnusualValues.Entry odd = county(7L, 2023, Map.of("applications.received", "9500"));
        entries.add(odd);

        Map<Long, List<Finding>> found = check.check(entries);

        assertThat(found).containsOnlyKeys(odd.reportId());
        Finding f = found.get(odd.reportId()).get(0);
        assertThat(f.rule()).isEqualTo("unusual.peers@applications.received");
        assertThat(f.fields()).containsExactly("applications.received");
        assertThat(f.isProblem()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.messageEn()).contains("9500").contains("far above").contains("people's government (county), "
                + "2023: 12 reports");
        assertThat(f.messageZh()).contains("9500").contains("远高于");
    }

    @Test
    void anOrdinarySpreadIsNotFlagged() {
        assertThat(check.check(counties(2023, COUNTIES))).isEmpty();
    }

    @Test
    void tooFewPeersGiveNothingEvenForAWildValue() {
        List<UnusualValues.Entry> entries = counties(2023, 12, 18, 21, 25, 33, 40);
        entries.add(county(7L, 2023, Map.of("applications.received", "9500")));
        assertThat(entries).hasSize(UnusualValues.MIN_PEERS - 1);
        assertThat(check.check(entries)).isEmpty();
    }

    @Test
    void peersAreOfTheSameKindLevelAndYearOnly() {
        List<UnusualValues.Entry> entries = counties(2023, COUNTIES);
        // a city's ten thousand applications are no outlier among counties: it has no city peers to differ from
        Map<String, Figure> city = new HashMap<>();
        city.put("applications.received", new Figure("applications.received", "9500", Qualifier.EXACT,
                FigureStatus.AUTO, -1, -1, "", 1, "9500", Qualifier.EXACT));
        entries.add(new UnusualValues.Entry(99, 99L, "government", "city", 2023, city));
        entries.add(county(98L, 2022, Map.of("applications.received", "9500")));
        assertThat(check.check(entries)).isEmpty();
    }

    @Test
    void aBlankOrApproximateValueIsNoNumberToCompareButABlankNeverCountsAsZero() {
        List<UnusualValues.Entry> entries = counties(2023, COUNTIES);
        Map<String, Figure> blank = new HashMap<>();
        blank.put("applications.received", new Figure("applications.received", "", Qualifier.BLANK_IN_SOURCE,
                FigureStatus.BLANK_IN_SOURCE, -1, -1, "", 1, "", Qualifier.BLANK_IN_SOURCE));
        entries.add(new UnusualValues.Entry(77, 77L, "government", "county", 2023, blank));
        assertThat(check.check(entries)).isEmpty();
    }

    @Test
    void aShareFarFromItsPeersIsFlaggedWithBothItsKeys() {
        List<UnusualValues.Entry> entries = new ArrayList<>();
        int[] denied = {1, 2, 2, 3, 3, 4, 4, 5, 5, 6};
        for (int d : denied) {
            entries.add(county((long) (2000 + entries.size()), 2021, Map.of("applications.denied", "" + d,
                    "applications.answered", "100")));
        }
        UnusualValues.Entry odd = county(8L, 2021, Map.of("applications.denied", "80",
                "applications.answered", "100"));
        entries.add(odd);

        Map<Long, List<Finding>> found = check.check(entries);

        assertThat(found).containsOnlyKeys(odd.reportId());
        Finding f = found.get(odd.reportId()).get(0);
        assertThat(f.rule()).isEqualTo("unusual.peers@denied_share");
        assertThat(f.fields()).containsExactly("applications.denied", "applications.answered");
        assertThat(f.messageEn()).contains("80%").contains("share of answered applications denied");
    }

    @Test
    void aJumpFarBeyondTheBodysOwnHistoryIsFlaggedOnTheLaterReport() {
        int[] history = {40, 44, 39, 47, 45, 700, 52};
        List<UnusualValues.Entry> entries = new ArrayList<>();
        for (int i = 0; i < history.length; i++) {
            entries.add(county(5L, 2015 + i, Map.of("applications.received", "" + history[i])));
        }

        Map<Long, List<Finding>> found = check.check(entries);

        long jumpYear = entries.get(5).reportId();
        long backYear = entries.get(6).reportId();
        assertThat(found).containsOnlyKeys(jumpYear, backYear); // up to 700 in 2020, and back to 52 in 2021
        Finding f = found.get(jumpYear).get(0);
        assertThat(f.rule()).isEqualTo("unusual.jump@applications.received");
        assertThat(f.messageEn()).contains("went from 45 in 2019 to 700 in 2020");
    }

    @Test
    void aBodyWhoseHistoryIsAlreadyUnevenOrTooShortIsNotFlagged() {
        int[] uneven = {40, 120, 35, 150, 60, 400};
        List<UnusualValues.Entry> entries = new ArrayList<>();
        for (int i = 0; i < uneven.length; i++) {
            entries.add(county(5L, 2015 + i, Map.of("applications.received", "" + uneven[i])));
        }
        int[] shortHistory = {40, 44, 39, 900};
        for (int i = 0; i < shortHistory.length; i++) {
            entries.add(county(6L, 2015 + i, Map.of("applications.received", "" + shortHistory[i])));
        }
        assertThat(check.check(entries)).isEmpty();
    }

    @Test
    void everyRuleHasItsWordsInBothLanguages() {
        for (String rule : new Checker().ruleIds()) {
            assertThat(RuleText.of(rule, java.util.Locale.ENGLISH)).doesNotStartWith("Rule ");
            assertThat(RuleText.of(rule, java.util.Locale.CHINESE)).doesNotStartWith("规则 ");
        }
        assertThat(RuleText.of("parts.review", java.util.Locale.ENGLISH)).contains("upheld + corrected");
        assertThat(RuleText.of(UnusualValues.JUMP + "@review.total", java.util.Locale.CHINESE)).startsWith("异常值");
    }
}
