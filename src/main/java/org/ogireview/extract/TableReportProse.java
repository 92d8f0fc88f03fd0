package org.ogireview.extract;

import org.ogireview.ingest.TextTable;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.ReportFormat;

import java.util.List;
import java.util.Set;

/**
 * What the prose of a standard-table report may add to its tables. Reports of 2019 on often state in their prose
 * what a table also holds (2022年,未收到依申请公开事项; 无…行政复议; 制定规范性文件0件, 废除规范性文件0件…), and a copy
 * of a page often stops before the table: the prose is then the only statement of the figure. A prose figure stands
 * for a table key only where the tables give none (a cell always wins), and never from text inside a table.
 *
 * <p>Only these keys: the counts a table report's prose states in a phrase of its own. Outcome counts (予以公开…),
 * applicant columns and the table-二 columns other than those of 规章/规范性文件 are left to the tables: prose restates
 * them loosely (2021新增…其他对外管理服务事项16项 means the decisions column), so a prose reading would guess.
 * See docs/decisions/0140-prose-in-table-reports.md.
 */
final class TableReportProse {

    /** Keys a table report's prose may state, per era of its tables: the vocabulary's in-table-reports lines. */
    private static final Set<String> TABLE2021_KEYS =
            FieldVocabulary.standard().tableReportProseKeys(ReportFormat.TABLE2021);
    private static final Set<String> TABLE2019_KEYS =
            FieldVocabulary.standard().tableReportProseKeys(ReportFormat.TABLE2019);
    /** Below every table cell: where the tables state the figure, the table wins. */
    static final double CONFIDENCE = 0.5;

    private TableReportProse() {
    }

    /** True when the tables leave a key the prose may state without a figure: the prose is worth reading. */
    static boolean worthReading(List<ExtractedFigure> tableFigures, ReportFormat format) {
        Set<String> keys = keys(format);
        return keys.stream().anyMatch(k -> tableFigures.stream().noneMatch(f -> f.key().equals(k)));
    }

    /** The prose figure as a fallback for a table key, or null when it may not stand in a table report. */
    static ExtractedFigure admit(ExtractedFigure prose, ReportFormat format, List<TextTable> tables,
                                 List<ExtractedFigure> tableFigures) {
        if (!keys(format).contains(prose.key()) || prose.snippet().indexOf('|') >= 0
                || tableFigures.stream().anyMatch(f -> f.key().equals(prose.key()))) {
            return null; // a cell always wins, however unsure its reading
        }
        for (TextTable t : tables) {
            if (prose.start() >= t.start() && prose.start() < t.end()) {
                return null; // a label and a number inside a table are a cell, which the table readers decide
            }
        }
        return new ExtractedFigure(prose.key(), prose.value(), prose.qualifier(), prose.start(), prose.end(),
                prose.snippet(), Math.min(prose.confidence(), CONFIDENCE));
    }

    private static Set<String> keys(ReportFormat format) {
        return format == ReportFormat.TABLE2019 ? TABLE2019_KEYS : TABLE2021_KEYS;
    }
}
