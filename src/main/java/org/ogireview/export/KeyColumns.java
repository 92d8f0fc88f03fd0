package org.ogireview.export;

import org.ogireview.model.Divisions;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.ReportFormat;
import org.ogireview.model.ReviewState;

import java.util.List;
import java.util.function.Function;

/**
 * The key columns that open every wide and Stata row: who published the report, for which year, from which files,
 * and how far its review has come. Their names are valid Stata names as they are.
 */
final class KeyColumns {

    /** One key column; {@code stataCode} gives the Stata CSV's cell where it differs (a coded enum). */
    record Key(String name, String zh, String en, String type, Function<DatasetRecord, String> text,
               Function<DatasetRecord, String> stataCode) {
    }

    private KeyColumns() {
    }

    static final List<Key> ALL = List.of(
            key("report_id", "报告编号", "Report id (this database)", "integer", r -> Long.toString(r.report.id())),
            key("body_id", "机关编号", "Body id (stable across years)", "integer",
                    r -> r.keys == null ? "" : Cells.of(r.keys.bodyId())),
            key("body_name", "机关名称", "Body name (canonical)", "text",
                    r -> r.keys == null ? "" : Cells.of(r.keys.bodyName())),
            key("body_kind", "机关类型", "Body kind", "text", r -> r.keys == null ? "" : Cells.of(r.keys.bodyKind())),
            key("body_confirmed", "机关已确认", "Body confirmed by a coder (1) or proposed by the app (0)", "integer",
                    r -> r.keys == null || r.keys.bodyId() == null ? "" : r.keys.bodyConfirmed() ? "1" : "0"),
            key("division_code", "行政区划代码", "Administrative division code (6 digits; 9 for townships and streets)",
                    "text", r -> r.keys == null ? "" : Cells.of(r.keys.divisionCode())),
            key("division_level", "行政区划级别", "Division level (province, city, county, township)", "text",
                    r -> r.keys == null ? "" : Cells.of(r.keys.divisionLevel())),
            key("division_name", "行政区划名称", "Division name", "text", KeyColumns::divisionName),
            key("region", "标题中的地区或机关", "Region or agency as the title names it", "text",
                    r -> Cells.of(r.report.region())),
            key("year", "报告年度", "Report year", "integer", r -> Cells.of(r.report.year())),
            key("published_on", "发布日期", "Published on (ISO date)", "date", r -> r.publishedOn),
            new Key("format", "格式", "Report format", "enum", r -> Cells.of(r.report.format()),
                    r -> r.report.format() == null ? "" : Integer.toString(formatCode(r.report.format()))),
            key("source_files", "来源文件", "Source files of this report, joined with ' | '", "text",
                    r -> String.join(" | ", r.keys == null ? List.of(r.report.fileName()) : r.keys.sourceFiles())),
            key("n_files", "来源文件数", "Number of source files", "integer",
                    r -> Integer.toString(r.keys == null ? 1 : r.keys.sourceFiles().size())),
            key("same_body_year", "同机关同年度的其他报告", "Other reports of this body and year (a revised edition?)",
                    "text", r -> r.keys == null ? "" : Cells.of(r.keys.sameBodyYear())),
            new Key("review_state", "审核状态", "Review state", "enum",
                    r -> r.report.state() == null ? "" : r.report.state().code(),
                    r -> r.report.state() == null ? "" : Integer.toString(r.report.state().ordinal() + 1)),
            key("n_figures", "数字总数", "Figures in the report", "integer", r -> Integer.toString(r.figures)),
            key("n_auto", "未审核数字数", "Figures as extracted, not yet reviewed", "integer",
                    r -> Integer.toString(r.count(FigureStatus.AUTO))),
            key("n_confirmed", "已确认数字数", "Figures confirmed by a coder", "integer",
                    r -> Integer.toString(r.count(FigureStatus.CONFIRMED))),
            key("n_corrected", "已更正数字数", "Figures corrected by a coder", "integer",
                    r -> Integer.toString(r.count(FigureStatus.CORRECTED))),
            key("n_blank", "原文空白数", "Figures blank in the source", "integer",
                    r -> Integer.toString(r.count(FigureStatus.BLANK_IN_SOURCE))),
            key("n_not_stated", "未说明数", "Figures marked not stated", "integer",
                    r -> Integer.toString(r.count(FigureStatus.NOT_STATED))));

    private static Key key(String name, String zh, String en, String type, Function<DatasetRecord, String> text) {
        return new Key(name, zh, en, type, text, text);
    }

    static List<String> names() {
        return ALL.stream().map(Key::name).toList();
    }

    static int formatCode(ReportFormat f) {
        return f.ordinal() + 1;
    }

    static int reviewCode(ReviewState s) {
        return s.ordinal() + 1;
    }

    private static String divisionName(DatasetRecord r) {
        if (r.keys == null || r.keys.divisionCode() == null) {
            return "";
        }
        return Divisions.standard().byCode(r.keys.divisionCode()).map(d -> d.name()).orElse("");
    }
}
