package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireview.check.Findings.one;

class StatedTwiceRuleTest {

    private final Checker checker = new Checker();
    private final ReportFacts luzhou = Facts.seed("000_6c56c39d01f2e555.txt");

    @Test
    void noAlternativesNoFinding() {
        assertThat(checker.check(luzhou)).noneMatch(f -> f.rule().equals(StatedTwiceRule.ID));
    }

    @Test
    void theSameNumberTwiceIsFine() {
        // 受理政府信息公开申请27件 … 共办理答复27件, and a statistics table saying 27 again
        ReportFacts r = luzhou.withAlternatives(Map.of("applications.received", List.of("27", "27")));
        Finding f = one(checker.check(r), StatedTwiceRule.ID);
        assertThat(f.ran()).isTrue();
        assertThat(f.failed()).isFalse();
    }

    @Test
    void twoDifferentNumbersAreAWarning() {
        ReportFacts r = luzhou.withAlternatives(Map.of("applications.received", List.of("28")));
        Finding f = one(checker.check(r), StatedTwiceRule.ID);
        assertThat(f.failed()).isTrue();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.fields()).containsExactly("applications.received");
        assertThat(f.messageEn()).isEqualTo("Applications received is stated more than once with different values:"
                + " 27, 28 (kept: 27)");
    }

    @Test
    void alternativesDisagreeingAmongThemselvesWithoutAKeptFigure() {
        ReportFacts r = Facts.without(luzhou, "review.total")
                .withAlternatives(Map.of("review.total", List.of("0", "1")));
        assertThat(one(checker.check(r), StatedTwiceRule.ID).failed()).isTrue();
    }
}
