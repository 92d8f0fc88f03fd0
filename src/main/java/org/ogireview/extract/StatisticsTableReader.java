package org.ogireview.extract;

import org.ogireview.ingest.TableCell;
import org.ogireview.ingest.TableRow;
import org.ogireview.ingest.TextTable;
import org.ogireview.model.Qualifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The free-form statistics table of narrative reports (Fujian template and the like):
 * 指标名称 | 计量单位 | 本年度 | 历年累计, one row per indicator. The figure is the current-year column, never the
 * cumulative one; the year can stand as the column title (2014年度).
 *
 * <p>Reads the tables the ingest step found (HTML, PDF) and, when a text report has none, table lines in the text
 * itself: cells split by tabs, '|' or runs of spaces, or one cell per line as web pages copied to text give them.
 * Either way the cells become one stream that is cut into rows at each label, so both layouts read alike.
 */
final class StatisticsTableReader {

    /** A cell of the stream: normalised text and its span in the report text. */
    private record Cell(String text, int start, int end) {
        boolean isBlank() {
            return text.isBlank();
        }
    }

    private static final Pattern HEADER_LINE = Pattern.compile(
            "指标名称|统计指标|(?:本年度?|本期|\\d{4}年度?)\\s{0,3}(?:\\S{1,6}\\s{1,3}){0,2}?历?年?累计"
                    + "|累计\\S{0,2}\\s{1,3}(?:本年度?|\\d{4}年度?)");
    private static final Pattern HEADER_CELL = Pattern.compile(
            "^(?:指标名称|指标|统计指标|项目|名称|计量单位|单位|本年度?|本年度?数|本期|当年|\\d{4}年度?|历年累计|累计|累计数|备注|数量"
                    + "|统计数|数值|数据)$");
    private static final Pattern UNIT_HEADER = Pattern.compile("^(?:计量单位|单位)$");
    private static final Pattern LABEL_HEADER = Pattern.compile("^(?:指标名称|指标|统计指标|项目|名称)$");
    private static final Pattern NOTE_HEADER = Pattern.compile("^备注$");
    private static final Pattern CUMULATIVE = Pattern.compile("累计");
    private static final Pattern CURRENT = Pattern.compile("本年|本期|当年");
    private static final Pattern UNIT = Pattern.compile("^\\(?(?:条|件|元|万元|次|个|人|项|篇|件次|人次|家|处)\\)?$");
    private static final Pattern BLANK_MARK = Pattern.compile("^(?:-|—|/|--|——)?$");
    private static final Pattern CELL_SPLIT = Pattern.compile("\\t|\\||[ ]{2,}");
    private static final Pattern LABEL_NOISE = Pattern.compile(
            "^(?:其中[:]?|[(]?[一二三四五六七八九十\\d]+[)、.]|[①②③④⑤⑥⑦⑧⑨⑩])+|[ ]");
    private static final Pattern LABEL_UNIT = Pattern.compile("[(](?<unit>万元|元|条|件|次|个|人)[)]$");
    private static final int MAX_TABLE_LINES = 150;

    /** Row labels -> field keys, first match wins (a row of two joined channels maps to none): the vocabulary's. */
    private static final List<FieldVocabulary.StatsRow> LABELS = FieldVocabulary.standard().statsRows();
    private static final Pattern OUTCOME = Pattern.compile(
            "^(?:(?<upheld>维持)|(?<corrected>被依法纠错|纠错|纠正|撤销)|(?<pending>尚未审结|未审结|正在审理)|(?<other>其他|其它))");

    private StatisticsTableReader() {
    }

    /**
     * Rows of the statistics tables: from the tables of the source (HTML, PDF) first, then from table lines in the
     * text, then from tables another reader found in the text; each later source only where the earlier gave none
     * of a key, so a table stated twice gives each figure once.
     *
     * @param sourceTables   tables the source file itself laid out
     * @param detectedTables tables found in plain text by the generic detector (used when the text's own lines
     *                       do not read as a statistics table)
     */
    static List<Candidate> read(NormalizedText text, List<TextTable> sourceTables, List<TextTable> detectedTables,
                                Integer year) {
        List<Candidate> out = new ArrayList<>(fromTables(text, sourceTables, year, 0.95));
        addMissing(out, fromLines(text, year, sourceTables.isEmpty() ? 0.95 : 0.945));
        addMissing(out, fromTables(text, detectedTables, year, 0.94));
        return out;
    }

    private static void addMissing(List<Candidate> out, List<Candidate> more) {
        java.util.Set<String> have = new java.util.HashSet<>();
        out.forEach(c -> have.add(c.key()));
        for (Candidate c : more) {
            if (!have.contains(c.key())) {
                out.add(c);
            }
        }
    }

    private static List<Candidate> fromTables(NormalizedText text, List<TextTable> tables, Integer year,
                                              double confidence) {
        List<Candidate> out = new ArrayList<>();
        for (TextTable table : tables) {
            List<Cell> cells = new ArrayList<>();
            for (TableRow row : table.rows()) {
                for (TableCell c : row.cells()) {
                    cells.add(new Cell(NormalizedText.foldAll(c.text()).strip(), c.start(), c.end()));
                }
            }
            addMissing(out, readCells(text, cells, year, true, confidence));
        }
        return out;
    }

    private static List<Candidate> fromLines(NormalizedText text, Integer year, double confidence) {
        List<Candidate> out = new ArrayList<>();
        String s = text.normalized();
        int from = 0;
        while (from < s.length()) {
            int lineStart = nextHeaderLine(s, from);
            if (lineStart < 0) {
                break;
            }
            List<Cell> cells = new ArrayList<>();
            int end = lineCells(s, lineStart, cells);
            addMissing(out, readCells(text, cells, year, false, confidence));
            from = Math.max(end, s.indexOf('\n', lineStart) + 1);
            if (from <= lineStart) {
                break;
            }
        }
        return out;
    }

    /** Start of the next line from {@code from} that heads a statistics table; -1 when none. */
    private static int nextHeaderLine(String s, int from) {
        int at = from;
        while (true) {
            int a = s.indexOf("指标", at);
            int b = s.indexOf("累计", at);
            int hit = a < 0 ? b : b < 0 ? a : Math.min(a, b);
            if (hit < 0) {
                return -1;
            }
            int lineStart = s.lastIndexOf('\n', hit) + 1;
            int lineEnd = s.indexOf('\n', hit);
            lineEnd = lineEnd < 0 ? s.length() : lineEnd;
            // a header stands on one line, or (one cell per line) over the next few
            int scanEnd = Math.min(s.length(), lineEnd + 40);
            if (HEADER_LINE.matcher(s).region(lineStart, scanEnd).find() && !s.substring(lineStart, lineEnd).contains("。")) {
                return lineStart;
            }
            at = hit + 2;
        }
    }

    /** Cells of the table lines from lineStart on; returns where the table ends. */
    private static int lineCells(String s, int lineStart, List<Cell> cells) {
        int at = lineStart;
        int lines = 0;
        while (at < s.length() && lines++ < MAX_TABLE_LINES) {
            int nl = s.indexOf('\n', at);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(at, end);
            String trimmed = line.strip();
            if (lines > 1 && (trimmed.contains("。") || trimmed.length() > 60)) {
                return at; // prose again: the table is over
            }
            String[] parts = CELL_SPLIT.split(line);
            if (parts.length <= 1 && trimmed.indexOf(' ') > 0) {
                parts = trimmed.split(" +");
            }
            int search = at;
            for (String p : parts) {
                String cell = p.strip();
                if (cell.isEmpty()) {
                    continue;
                }
                int start = s.indexOf(cell, search);
                if (start < 0 || start > end) {
                    start = search;
                }
                cells.add(new Cell(cell, start, start + cell.length()));
                search = start + cell.length();
            }
            at = end + 1;
        }
        return Math.min(at, s.length());
    }

    /** The header, then rows cut at each label. Needs two rows that name known indicators to count as a table. */
    private static List<Candidate> readCells(NormalizedText text, List<Cell> cells, Integer year, boolean structured,
                                             double confidence) {
        int i = 0;
        while (i < cells.size() && !HEADER_CELL.matcher(cells.get(i).text()).matches()) {
            i++;
        }
        List<String> valueHeaders = new ArrayList<>();
        boolean hasUnitColumn = false;
        int headerEnd = i;
        while (headerEnd < cells.size() && HEADER_CELL.matcher(cells.get(headerEnd).text()).matches()) {
            String h = cells.get(headerEnd).text();
            if (UNIT_HEADER.matcher(h).matches()) {
                hasUnitColumn = true;
            } else if (!LABEL_HEADER.matcher(h).matches() && !NOTE_HEADER.matcher(h).matches()) {
                valueHeaders.add(h);
            }
            headerEnd++;
        }
        if (i >= cells.size()) {
            headerEnd = 0; // no header: read the rows as they come, the first number being this year's
        }
        int current = currentColumn(valueHeaders, year);
        if (current < 0) {
            return List.of();
        }
        int columns = Math.max(1, valueHeaders.size());
        List<Cell[]> labels = new ArrayList<>();   // {label, unit}
        List<List<Cell>> rowValues = new ArrayList<>();
        boolean anyFull = false;
        int r = headerEnd;
        while (r < cells.size()) {
            Cell label = cells.get(r);
            if (!isLabel(label)) {
                r++;
                continue;
            }
            int next = r + 1;
            Cell unit = null;
            List<Cell> values = new ArrayList<>();
            while (next < cells.size() && !isLabel(cells.get(next))) {
                Cell c = cells.get(next);
                if (unit == null && values.isEmpty() && UNIT.matcher(c.text()).matches()) {
                    unit = c;
                } else if (!(hasUnitColumn && unit == null && values.isEmpty() && c.isBlank())) {
                    values.add(c);
                }
                next++;
            }
            labels.add(new Cell[]{label, unit});
            rowValues.add(values);
            anyFull |= values.size() >= columns;
            r = next;
        }
        // Text loses empty cells: a row short of numbers is ambiguous where other rows fill every column.
        boolean shortRowsAreCurrent = !structured && !anyFull;
        List<Candidate> out = new ArrayList<>();
        String subject = null; // review or litigation: the group an outcome row (维持具体行政行为数) belongs to
        for (int k = 0; k < labels.size(); k++) {
            String clean = LABEL_NOISE.matcher(labels.get(k)[0].text()).replaceAll("");
            FieldVocabulary.StatsRow named = rowOf(clean);
            String key = named == null ? null : named.key();
            boolean fallback = named != null && named.fallback();
            if (key == null && subject != null) {
                key = outcomeOf(clean, subject);
            } else if (key != null) {
                subject = key.equals("review.total") ? "review" : key.equals("litigation.total") ? "litigation" : null;
            }
            if (key == null) {
                continue;
            }
            Candidate c = row(text, key, fallback, clean, labels.get(k)[0], labels.get(k)[1], rowValues.get(k),
                    current, columns, structured, shortRowsAreCurrent, confidence);
            if (c != null) {
                out.add(c);
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** Index of this year's column among the value columns; -1 when only cumulative columns exist. */
    private static int currentColumn(List<String> headers, Integer year) {
        for (int i = 0; i < headers.size(); i++) {
            if (CURRENT.matcher(headers.get(i)).find()
                    || (year != null && headers.get(i).startsWith(Integer.toString(year)))) {
                return i;
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            if (!CUMULATIVE.matcher(headers.get(i)).find() && !headers.get(i).equals("数量")) {
                return i;
            }
        }
        return headers.isEmpty() || headers.get(0).equals("数量") ? 0 : -1;
    }

    private static boolean isLabel(Cell c) {
        String t = c.text();
        if (t.isBlank() || UNIT.matcher(t).matches() || BLANK_MARK.matcher(t).matches()
                || Quantity.parse(t) != null || t.equals("无")) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch >= '\u4e00' && ch <= '\u9fff' && NumberText.NUMERAL_CLASS.indexOf(ch) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The vocabulary's row a label names, first match wins; null when none does. */
    private static FieldVocabulary.StatsRow rowOf(String clean) {
        for (FieldVocabulary.StatsRow row : LABELS) {
            if (row.pattern().matcher(clean).find()) {
                return row;
            }
        }
        return null;
    }

    /** An outcome row under 行政复议 or 行政诉讼: 维持…数, 被依法纠错数, 其他情形数, 尚未审结数. */
    private static String outcomeOf(String clean, String subject) {
        Matcher m = OUTCOME.matcher(clean);
        if (!m.find()) {
            return null;
        }
        String outcome = m.group("upheld") != null ? "upheld" : m.group("corrected") != null ? "corrected"
                : m.group("pending") != null ? "pending" : "other";
        return subject + "." + outcome;
    }

    private static Candidate row(NormalizedText text, String key, boolean fallback, String clean, Cell label,
                                 Cell unit, List<Cell> values, int current, int columns, boolean structured,
                                 boolean shortRowsAreCurrent, double tableConfidence) {
        double confidence = tableConfidence;
        if (fallback) {
            confidence -= 0.02; // 主动公开文件数 stands only where the table has no 主动公开信息数
        }
        Cell cell;
        if (values.size() == columns || (structured && values.size() > current)) {
            cell = values.get(current);
        } else if (shortRowsAreCurrent && current == 0 && !values.isEmpty() && !values.get(0).isBlank()) {
            cell = values.get(0); // the table's text has one number a row: this year's
        } else {
            return null;
        }
        Quantity q;
        if (cell.isBlank() || BLANK_MARK.matcher(cell.text()).matches()) {
            if (!structured) {
                return null;
            }
            q = new Quantity(null, Qualifier.BLANK_IN_SOURCE);
        } else if (cell.text().equals("无") || cell.text().equals("零")) {
            q = new Quantity(BigDecimal.ZERO, Qualifier.EXACT);
        } else {
            q = Quantity.parse(cell.text());
            if (q == null) {
                return null;
            }
        }
        if (key.equals("fees.collected") && isWan(clean, unit)) {
            q = q.times(BigDecimal.valueOf(10_000));
        }
        int start = label.start();
        int end = Math.max(cell.end(), label.end());
        if (end - start > 60 || cell.isBlank()) {
            start = cell.isBlank() ? label.start() : cell.start();
            end = cell.isBlank() ? label.end() : cell.end();
        }
        return new Candidate(key, q, start, end, confidence, Topic.GENERAL, Candidate.Kind.TABLE, null);
    }

    private static boolean isWan(String label, Cell unit) {
        Matcher m = LABEL_UNIT.matcher(label);
        if (m.find()) {
            return m.group("unit").equals("万元");
        }
        return unit != null && unit.text().contains("万元");
    }
}
