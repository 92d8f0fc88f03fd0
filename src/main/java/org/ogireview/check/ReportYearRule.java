package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.ogireview.model.Figure;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * sanity.year: a report cannot be published before the year it reports on ends, so its year is at most the
 * publication year (a 2012 report is published in 2013, at the earliest late in 2012). A failure usually means the
 * year or the date was read wrong (the signature date, a year in the text).
 */
final class ReportYearRule extends ScopedRule {

    static final String ID = "sanity.year";
    static final List<String> FIELDS = List.of("report.year", "report.published_on");

    ReportYearRule() {
        super(ID, Formats.ALL);
    }

    @Override
    public List<Finding> check(ReportFacts report) {
        Figure yearFigure = report.figures().get("report.year");
        Reading yearReading = yearFigure == null && report.year() != null
                ? new Reading("report.year", java.math.BigDecimal.valueOf(report.year()), null, Reading.Gap.NONE)
                : Reading.of("report.year", yearFigure);
        Figure dateFigure = report.figures().get("report.published_on");
        Reading dateReading = dateFigure == null && report.publishedOn() != null
                ? new Reading("report.published_on", java.math.BigDecimal.ZERO, null, Reading.Gap.NONE)
                : dateGap(dateFigure);
        if (!yearReading.present() || !dateReading.present()) {
            return List.of(FindingWords.couldNotRun(ID, Severity.ERROR, FIELDS,
                    List.of(yearReading, dateReading).stream().filter(r -> !r.present()).toList()));
        }
        int year = yearReading.value().intValue();
        LocalDate published = dateFigure == null ? report.publishedOn() : LocalDate.parse(dateFigure.value().strip());
        String zh = CheckText.zh("reportYear.facts", String.valueOf(year), published.toString());
        String en = CheckText.en("reportYear.facts", String.valueOf(year), published.toString());
        if (year <= published.getYear()) {
            return List.of(FindingWords.passed(ID, Severity.ERROR, FIELDS, CheckText.zh("equation.consistent", zh),
                    CheckText.en("equation.consistent", en)));
        }
        return List.of(FindingWords.failed(ID, Severity.ERROR, FIELDS, CheckText.zh("reportYear.tooEarly", zh),
                CheckText.en("reportYear.tooEarly", en)));
    }

    /** The date figure's gap, or a present reading when it holds an ISO date (the date itself is parsed later). */
    private static Reading dateGap(Figure f) {
        Reading r = Reading.of("report.published_on", f);
        if (r.gap() != Reading.Gap.NOT_A_NUMBER) {
            return r; // missing, blank or not stated (a date never parses as a number, so NONE does not occur)
        }
        try {
            LocalDate.parse(f.value().strip());
            return new Reading("report.published_on", java.math.BigDecimal.ZERO, null, Reading.Gap.NONE);
        } catch (DateTimeParseException e) {
            return new Reading("report.published_on", null, null, Reading.Gap.NOT_A_DATE);
        }
    }
}
