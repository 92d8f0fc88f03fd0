package org.ogireview.check;

import org.ogireview.model.Finding;

import org.junit.jupiter.api.Test;
import org.ogireview.model.CheckMark;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.ReviewState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewProgressTest {

    private final Checker checker = new Checker();
    /** hongze-2023 as the extractor would leave it: every figure AUTO; table 四 contradicts itself twice. */
    private final ReportFacts hongze = auto(Facts.sample("hongze-2023.txt"));

    private static ReportFacts auto(ReportFacts r) {
        List<Figure> figures = r.figures().values().stream().map(f -> f.withStatus(FigureStatus.AUTO)).toList();
        return r.withFigures(ReportFacts.byKey(figures));
    }

    private static Collection<Figure> confirmAll(ReportFacts r) {
        return r.figures().values().stream().map(f -> f.withStatus(FigureStatus.CONFIRMED)).toList();
    }

    private static CheckMark mark(Finding f) {
        return new CheckMark(1, f.rule(), f.fieldList(), true, "表四原文如此", "coder", Instant.EPOCH);
    }

    @Test
    void untouchedIsNew() {
        List<Finding> findings = checker.check(hongze);
        assertThat(ReviewProgress.stateOf(hongze.figures().values(), findings, List.of())).isEqualTo(ReviewState.NEW);
    }

    @Test
    void oneReviewedFigureIsInProgress() {
        List<Figure> figures = new ArrayList<>(hongze.figures().values());
        figures.set(0, figures.get(0).withStatus(FigureStatus.CONFIRMED));
        ReviewProgress p = ReviewProgress.of(figures, checker.check(hongze), List.of());
        assertThat(p.state()).isEqualTo(ReviewState.IN_PROGRESS);
        assertThat(p.figuresReviewed()).isEqualTo(1);
    }

    @Test
    void everyFigureReviewedButContradictionsOpenIsInProgress() {
        List<Finding> findings = checker.check(hongze);
        ReviewProgress p = ReviewProgress.of(confirmAll(hongze), findings, List.of());
        assertThat(p.failed()).isEqualTo(2); // parts.review and parts.litigation_after_review
        assertThat(p.failedOpen()).isEqualTo(2);
        assertThat(p.state()).isEqualTo(ReviewState.IN_PROGRESS);
    }

    @Test
    void contradictionsMarkedAsPublishedMakeItVerified() {
        List<Finding> findings = checker.check(hongze);
        List<CheckMark> marks = Findings.failed(findings).stream().map(ReviewProgressTest::mark).toList();
        assertThat(ReviewProgress.stateOf(confirmAll(hongze), findings, marks)).isEqualTo(ReviewState.VERIFIED);
        // one mark only, or a mark that is just a note, leaves it in progress
        assertThat(ReviewProgress.stateOf(confirmAll(hongze), findings, marks.subList(0, 1)))
                .isEqualTo(ReviewState.IN_PROGRESS);
        CheckMark note = marks.get(1);
        List<CheckMark> notPublished = List.of(marks.get(0), new CheckMark(1, note.rule(), note.fields(), false,
                "?", "coder", Instant.EPOCH));
        assertThat(ReviewProgress.stateOf(confirmAll(hongze), findings, notPublished))
                .isEqualTo(ReviewState.IN_PROGRESS);
    }

    @Test
    void aCorrectionResolvesAContradiction() {
        // the coder reads the PDF again and corrects the totals: nothing is left to mark
        ReportFacts corrected = Facts.with(Facts.with(hongze, "review.total", "11"),
                "litigation.after_review.total", "5");
        List<Finding> findings = checker.check(corrected);
        assertThat(Findings.failed(findings)).isEmpty();
        assertThat(ReviewProgress.stateOf(confirmAll(corrected), findings, List.of()))
                .isEqualTo(ReviewState.VERIFIED);
    }

    @Test
    void blankAndNotStatedFiguresCountAsReviewed() {
        List<Figure> figures = List.of(Facts.figure("staff.total", "", org.ogireview.model.Qualifier.BLANK_IN_SOURCE),
                new Figure("review.total", "", null, FigureStatus.NOT_STATED, -1, -1, "", 0, "", null));
        assertThat(ReviewProgress.stateOf(figures, List.of(), List.of())).isEqualTo(ReviewState.VERIFIED);
        assertThat(ReviewProgress.stateOf(List.of(), List.of(), List.of())).isEqualTo(ReviewState.NEW);
    }
}
