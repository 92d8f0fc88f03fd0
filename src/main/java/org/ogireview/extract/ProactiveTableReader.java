package org.ogireview.extract;

import org.ogireview.extract.FieldVocabulary.Table2Row;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.ReportFormat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Table 二 of the standard format, both versions: rows 规章 · (行政)规范性文件 · 行政许可 · 其他对外管理服务事项 · 行政处罚 ·
 * 行政强制 · 行政事业性收费 · 政府集中采购, each under the header of its block (第二十条第（一）项 …). Columns are read from
 * that header (本年制发件数, 本年新制作数量, 上一年项目数量, 本年增/减, 本年收费金额（单位：万元）…); when the header is missing
 * or renamed, from the number of values in the row and the report's version of the template.
 */
final class ProactiveTableReader {

    private static final double THRESHOLD = 0.8;

    /** The rows of table 二 (规章 …): the vocabulary's table2-row lines. */
    private static final List<Table2Row> ROWS = FieldVocabulary.standard().table2Rows();
    /** Table 二's columns and their names in the template: the vocabulary's table2-column lines. */
    private static final Map<String, String> NAMES = FieldVocabulary.standard().table2Columns();

    /** A header column: the key part of the column and the unit its header states. */
    private record Column(String part, String name, String unit) {
    }

    List<ExtractedFigure> read(List<SourceRow> rows, ReportFormat format, CellFigures figures) {
        List<ExtractedFigure> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        List<Column> header = List.of();
        for (SourceRow row : rows) {
            if (!row.hasNumber()) {
                List<Column> columns = headerOf(row);
                if (!columns.isEmpty()) {
                    header = columns;
                }
                if (row.values().isEmpty()) {
                    continue;
                }
            }
            if (row.values().isEmpty() || row.values().size() > 3) {
                continue;
            }
            Table2Row def = match(row.labelText());
            if (def == null || !done.add(def.part())) {
                continue;
            }
            List<Column> columns = columnsFor(def, row.values().size(), header, format, figures);
            if (columns == null) {
                done.remove(def.part());
                continue;
            }
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                String key = "proactive." + def.part() + "." + c.part();
                out.add(figures.figure(key, row.values().get(i), row.label(), def.canonical(), c.name(), c.unit(),
                        ApplicationTableReader.MATCHED));
            }
        }
        return out;
    }

    private static Table2Row match(String label) {
        String w = LabelText.words(label);
        if (w.isEmpty()) {
            return null;
        }
        Table2Row best = null;
        double bestScore = THRESHOLD;
        for (Table2Row d : ROWS) {
            double s = 0;
            for (String core : d.cores()) {
                if (w.contains(core)) {
                    s = 0.9 + 0.005 * core.length();
                }
            }
            s = Math.max(s, LabelText.similarity(w, d.canonical(), bestScore));
            if (d.part().equals("normative_docs")) {
                s = Math.max(s, LabelText.similarity(w, "规范性文件", bestScore));
            }
            if (s > bestScore) {
                bestScore = s;
                best = d;
            }
        }
        return best;
    }

    /**
     * The columns of a row: the block header's when it names as many known columns as the row has values, else the
     * template's for that number of values in the report's version.
     */
    private static List<Column> columnsFor(Table2Row def, int values, List<Column> header, ReportFormat format,
                                           CellFigures figures) {
        if (header.size() == values && header.stream()
                .allMatch(c -> figures.knows("proactive." + def.part() + "." + c.part()))) {
            return header;
        }
        boolean trial = format == ReportFormat.TABLE2019;
        List<String> parts = switch (def.part()) {
            case "rules", "normative_docs" -> values != 3 ? null
                    : trial ? List.of("made", "published", "total_public") : List.of("issued", "repealed", "in_force");
            case "licensing", "penalty", "coercion", "other_services" -> values == 1 ? List.of("decisions")
                    : values == 3 ? List.of("prior_items", "change", "decisions") : null;
            case "fees" -> values == 1 && !trial ? List.of("amount")
                    : values == 2 ? List.of("prior_items", "change") : null;
            case "procurement" -> values == 2 ? List.of("projects", "amount") : null;
            default -> null;
        };
        if (parts == null) {
            return null;
        }
        List<Column> out = new ArrayList<>();
        for (String p : parts) {
            if (!figures.knows("proactive." + def.part() + "." + p)) {
                return null;
            }
            out.add(new Column(p, NAMES.getOrDefault(p, p), ""));
        }
        return out;
    }

    /** The known columns a header row names, in order ("信息内容" and other cells are skipped). */
    private static List<Column> headerOf(SourceRow row) {
        List<Column> out = new ArrayList<>();
        List<SourceRow.Placed> cells = new ArrayList<>(row.labels());
        for (SourceRow.Placed p : row.values()) {
            if (!p.cell().isBlank()) {
                cells.add(p);
            }
        }
        for (SourceRow.Placed p : cells) {
            String part = columnPart(LabelText.compact(p.text()));
            if (part != null) {
                out.add(new Column(part, LabelText.display(p.text(), 14), CellValue.unitOfHeader(p.text())));
            }
        }
        return out;
    }

    static String columnPart(String h) {
        if (h.contains("新制作")) {
            return "made";
        }
        if (h.contains("新公开")) {
            return "published";
        }
        if (h.contains("公开总数") || h.contains("对外公开")) {
            return "total_public";
        }
        if (h.contains("制发")) {
            return "issued";
        }
        if (h.contains("废止")) {
            return "repealed";
        }
        if (h.contains("现行有效")) {
            return "in_force";
        }
        if (h.contains("上一年") || h.contains("上年项目")) {
            return "prior_items";
        }
        if (h.contains("增") && h.contains("减")) {
            return "change";
        }
        if (h.contains("处理决定")) {
            return "decisions";
        }
        if (h.contains("采购项目")) {
            return "projects";
        }
        if (h.contains("金额")) {
            return "amount";
        }
        return null;
    }
}
