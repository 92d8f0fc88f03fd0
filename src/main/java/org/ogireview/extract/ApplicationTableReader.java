package org.ogireview.extract;

import org.ogireview.extract.FieldVocabulary.Table3Row;
import org.ogireview.model.ApplicantColumn;
import org.ogireview.model.ExtractedFigure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Table 三 of the standard format: rows of the application table matched by their wording (tolerant of spaces,
 * typos and OCR slips, with or without numbering), columns by the header when it can be read, else in the
 * template's order when a row holds exactly seven values (自然人 · 商业企业 · 科研机构 · 社会公益组织 · 法律服务机构 · 其他 ·
 * 总计). A row whose label cannot be read at all is placed by its neighbours when exactly one template row is
 * missing between them.
 */
final class ApplicationTableReader {

    static final double MATCHED = 0.95;
    static final double FUZZY = 0.85;
    static final double BY_POSITION = 0.6;
    static final double TOTAL_ONLY = 0.6;
    /** Least label similarity for a row without any of its key phrases ("其他法律行政止公开" scores 0.86). */
    private static final double THRESHOLD = 0.7;
    /** Shorter labels must match exactly or by key phrase: two characters resemble too much. */
    private static final int MIN_FUZZY_CHARS = 3;
    /** Header rows read above the table's first row (a wrapped corner cell and three header levels fit). */
    private static final int MAX_HEADER_ROWS = 10;

    /** The template's rows, then its group headings (key null): the vocabulary's table-三 lines. */
    private static final List<Table3Row> DEFS = FieldVocabulary.standard().table3();

    /** Template order with （六）其他处理 as one row, and with its three sub-rows. */
    private static final List<String> ORDER_SINGLE = order(false);
    private static final List<String> ORDER_SPLIT = order(true);

    private static final List<ApplicantColumn> STANDARD = List.of(ApplicantColumn.NATURAL_PERSON,
            ApplicantColumn.COMMERCIAL, ApplicantColumn.RESEARCH, ApplicantColumn.NGO, ApplicantColumn.LEGAL_SERVICES,
            ApplicantColumn.OTHER_ORG, ApplicantColumn.TOTAL);

    private static List<String> order(boolean split) {
        List<String> out = new ArrayList<>();
        for (Table3Row d : DEFS) {
            if (d.isGroup()) {
                continue;
            }
            boolean sub = d.key().startsWith("applications.other_handling.");
            if (d.key().equals("applications.other_handling") ? !split : !sub || split) {
                out.add(d.key());
            }
        }
        return out;
    }

    private record Match(SourceRow row, Table3Row def, double score) {
    }

    List<ExtractedFigure> read(List<SourceRow> rows, CellFigures figures) {
        List<Match> matches = new ArrayList<>();
        List<SourceRow> unmatched = new ArrayList<>();
        String group = "";
        String previousGroup = "";
        for (SourceRow row : rows) {
            for (int i = 0; i + 1 < row.labels().size(); i++) {
                String outer = groupOf(LabelText.words(row.labels().get(i).text()));
                if (outer != null) {
                    group = outer;
                }
            }
            if (row.values().isEmpty() || !row.hasNumber() && row.values().size() < 2) {
                String floating = row.label() == null ? null : groupOf(LabelText.words(row.labelText()));
                if (floating != null) {
                    group = floating; // a group label on its own: 其他处理 announces its sub-rows
                }
                continue;
            }
            String words = LabelText.words(row.labelText());
            Table3Row def = best(words, group, previousGroup);
            String tail = LabelText.afterItemMark(words);
            if (tail != null) {
                // PDF text puts a piece of a spanning group label before the item: "果 3.其他", "（三）不 4.保护…"
                Table3Row byTail = best(tail, group, previousGroup);
                if (byTail != null && (def == null || score(tail, byTail, 0) > score(words, def, 0))) {
                    def = byTail;
                    words = tail;
                }
            }
            if (def != null && "applications.total_handled".equals(def.key()) && matches.isEmpty()) {
                continue; // 总计 before any row is the header's 总计 column (a header row with its empty cells)
            }
            if (def == null || def.isGroup()) {
                // a row nothing resembles may be placed by its neighbours; a group's subtotal row never is
                if (def == null && row.fit(STANDARD.size()) != null && row.table() >= 0) {
                    unmatched.add(row);
                }
                continue;
            }
            matches.add(new Match(row, def, score(words, def, 0)));
            group = def.group();
            previousGroup = def.group();
        }
        placeByNeighbours(matches, unmatched);

        List<ExtractedFigure> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Map<Integer, ApplicantColumn> header = matches.isEmpty() ? Map.of()
                : headerColumns(rows, matches.stream().mapToInt(m -> m.row().position()).min().getAsInt());
        for (Match m : matches) {
            if (!done.add(m.def().key())) {
                continue; // a repeated table: the first one stands
            }
            emit(m, header, figures, out);
        }
        return out;
    }

    private void emit(Match m, Map<Integer, ApplicantColumn> header, CellFigures figures, List<ExtractedFigure> out) {
        SourceRow row = m.row();
        double confidence = m.score() >= 0.8 ? MATCHED : m.score() > 0 ? FUZZY : BY_POSITION;
        List<ApplicantColumn> columns = null;
        List<SourceRow.Placed> cells = row.fit(STANDARD.size());
        if (cells != null) {
            columns = byHeader(cells, header);
            if (columns == null) {
                columns = STANDARD;
            }
        } else if (row.values().size() == 1 && row.values().get(0).value().isNumber()) {
            // a space-aligned copy lost the empty applicant cells: the one number left is the row's total
            cells = row.values();
            columns = List.of(ApplicantColumn.TOTAL);
            confidence = Math.min(confidence, TOTAL_ONLY);
        } else {
            return;
        }
        for (int i = 0; i < cells.size(); i++) {
            ApplicantColumn col = columns.get(i);
            String key = col.key(m.def().key());
            if (figures.knows(key)) {
                out.add(figures.figure(key, cells.get(i), row.label(), m.def().canonical(), col.labelZh(), "",
                        confidence));
            }
        }
    }

    /**
     * The template row a label names, for the {@link TemplateDecoder}: {key, group}, with key "" for a group label
     * (（三）不予公开 …), or null when the label names no row of table 三.
     */
    static String[] classify(String label, String group, String previousGroup) {
        String words = LabelText.words(label);
        if (words.isEmpty() || words.length() > 48) {
            return null;
        }
        Table3Row def = best(words, group, previousGroup);
        String tail = LabelText.afterItemMark(words);
        if (tail != null) {
            Table3Row byTail = best(tail, group, previousGroup);
            if (byTail != null && (def == null || score(tail, byTail, 0) > score(words, def, 0))) {
                def = byTail;
            }
        }
        if (def == null) {
            return null;
        }
        return new String[]{def.isGroup() ? "" : def.key(), def.group()};
    }

    /** The canonical wording of a row of table 三, for snippets. */
    static String canonical(String key) {
        for (Table3Row d : DEFS) {
            if (key.equals(d.key())) {
                return d.canonical();
            }
        }
        return key;
    }

    /** The best template row for a label, or null when none resembles it well enough. */
    private static Table3Row best(String words, String group, String previousGroup) {
        if (words.isEmpty()) {
            return null;
        }
        Table3Row best = null;
        double bestScore = THRESHOLD;
        for (Table3Row d : DEFS) {
            if (d.onlyInGroup() && !group.equals(d.group()) && !previousGroup.equals(d.group())) {
                continue; // a bare 其他 is a row of （六）其他处理 only
            }
            double s = score(words, d, bestScore);
            if (s > bestScore) {
                bestScore = s;
                best = d;
            }
        }
        return best;
    }

    /** The group a group label names (三 for 不予公开 …; 六 for 其他处理), or null: by key phrase only. */
    private static String groupOf(String words) {
        if (words.isEmpty() || words.length() > 24) {
            return null;
        }
        for (Table3Row d : DEFS) {
            if (d.isGroup() || d.key().equals("applications.other_handling")) {
                for (String core : d.cores()) {
                    if (words.contains(core)) {
                        return d.group();
                    }
                }
            }
        }
        return null;
    }

    /** 0.9+ when the label holds one of the row's key phrases (longer phrases win), else the label similarity. */
    private static double score(String words, Table3Row d, double atLeast) {
        if (!d.exact().isEmpty()) {
            return d.exact().contains(words) ? 1.0 : 0;
        }
        double s = 0;
        for (String core : d.cores()) {
            if (words.contains(core)) {
                s = Math.max(s, (d.isGroup() ? 0.85 : 0.9) + 0.005 * core.length());
            }
        }
        if (s > 0) {
            return s;
        }
        if (d.isGroup() || words.length() < MIN_FUZZY_CHARS) {
            return 0;
        }
        return LabelText.similarity(words, d.canonical(), atLeast);
    }

    /**
     * Rows whose label could not be read (or that have none) take the one template row missing between two matched
     * neighbours.
     */
    private static void placeByNeighbours(List<Match> matches, List<SourceRow> unmatched) {
        if (unmatched.isEmpty() || matches.isEmpty()) {
            return;
        }
        boolean split = matches.stream().anyMatch(m -> m.def().key().startsWith("applications.other_handling."));
        List<String> order = split ? ORDER_SPLIT : ORDER_SINGLE;
        for (SourceRow row : unmatched) {
            Match before = null;
            Match after = null;
            for (Match m : matches) {
                if (m.row().position() < row.position()) {
                    before = m;
                } else if (after == null) {
                    after = m;
                }
            }
            if (before == null || after == null) {
                continue;
            }
            int a = order.indexOf(before.def().key());
            int b = order.indexOf(after.def().key());
            if (a >= 0 && b == a + 2) {
                String key = order.get(a + 1);
                Table3Row def = DEFS.stream().filter(d -> key.equals(d.key())).findFirst().orElseThrow();
                int at = matches.indexOf(after);
                matches.add(at, new Match(row, def, 0));
            }
        }
    }

    /** The applicant columns of the value cells by the header's grid columns; null when the header does not say. */
    private static List<ApplicantColumn> byHeader(List<SourceRow.Placed> cells, Map<Integer, ApplicantColumn> header) {
        if (header.size() < STANDARD.size()) {
            return null;
        }
        int lastHeader = header.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        int lastCell = cells.get(cells.size() - 1).col();
        for (int shift : new int[]{0, lastHeader - lastCell}) {
            List<ApplicantColumn> cols = new ArrayList<>();
            Set<ApplicantColumn> seen = EnumSet.noneOf(ApplicantColumn.class);
            for (SourceRow.Placed p : cells) {
                ApplicantColumn c = header.get(p.col() + shift);
                if (c == null || !seen.add(c)) {
                    break;
                }
                cols.add(c);
            }
            if (cols.size() == cells.size()) {
                return cols;
            }
        }
        return null;
    }

    /**
     * What the header rows above the table's first row say each grid column holds: the texts of all header cells over
     * a column (申请人情况 over 法人或其他组织 over 商业企业 …) read together. Header rows are the rows of the same table
     * without numbers just above its first row of values.
     */
    private static Map<Integer, ApplicantColumn> headerColumns(List<SourceRow> rows, int first) {
        Map<Integer, StringBuilder> texts = new HashMap<>();
        int table = rows.get(first).table();
        for (int i = first - 1; i >= 0 && i >= first - MAX_HEADER_ROWS; i--) {
            SourceRow row = rows.get(i);
            if (row.table() != table || row.hasNumber()) {
                break;
            }
            List<SourceRow.Placed> cells = new ArrayList<>(row.labels());
            cells.addAll(row.values());
            for (SourceRow.Placed p : cells) {
                for (int c = p.col(); c < p.col() + p.cell().colSpan(); c++) {
                    texts.computeIfAbsent(c, k -> new StringBuilder()).insert(0, p.text() + "|");
                }
            }
        }
        Map<Integer, ApplicantColumn> out = new HashMap<>();
        texts.forEach((col, text) -> {
            ApplicantColumn c = applicant(text.toString());
            if (c != null) {
                out.put(col, c);
            }
        });
        return out;
    }

    /**
     * The applicant column a header text names, or null, also when it names two (header lines that do not line up
     * with the data rows put 自然人 and 商业企业 over one column: better the template's order than a guess).
     */
    static ApplicantColumn applicant(String header) {
        String t = LabelText.compact(header).replace("法人或其他组织", "").replace("申请人情况", "");
        if (t.contains("勾稽")) {
            return null;
        }
        ApplicantColumn found = null;
        int named = 0;
        for (ApplicantColumn c : ApplicantColumn.values()) {
            if (names(t, c)) {
                found = c;
                named++;
            }
        }
        return named == 1 ? found : null;
    }

    private static boolean names(String t, ApplicantColumn c) {
        return switch (c) {
            case NATURAL_PERSON -> t.contains("自然人");
            case COMMERCIAL -> t.contains("商业");
            case RESEARCH -> t.contains("科研");
            case NGO -> t.contains("公益");
            case LEGAL_SERVICES -> t.contains("法律服务");
            case OTHER_ORG -> t.contains("其他") || t.contains("其它");
            case TOTAL -> t.contains("总计") || t.contains("合计");
        };
    }
}
