package org.ogireview.extract;

import org.ogireview.extract.FieldVocabulary.Table2Row;
import org.ogireview.extract.TableTokens.Kind;
import org.ogireview.extract.TableTokens.Token;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.ReportFormat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link TemplateDecoder}'s walk over the cells of tables 二 and 三 in reading order: a row label opens a row,
 * the numbers after it fill that row's cells in the template's column order, labels seen before their numbers queue
 * up and are filled in turn; table 四's cells go to a {@link StreamReviewTable}.
 */
final class TemplateWalk {

    /** The longest label read as a sub-row's (行政检查, 行政确认, 公共服务事项). */
    private static final int SUB_ROW_LABEL = 12;

    private enum Part { NONE, PROACTIVE, APPLICATIONS, AFTER }

    final ReportFormat format;
    final CellFigures figures;
    final List<Token> tokens;
    private final TokenLines lines;
    Part part = Part.NONE;
    final List<DecodedRow> queue = new ArrayList<>();
    final List<DecodedRow> finished = new ArrayList<>();
    final List<Token> proactiveHeader = new ArrayList<>();
    final List<Token> applicationHeader = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    boolean applicationRows;
    /** Table 四: the result columns its header names, its numbers, and the part a label names before them. */
    final StreamReviewTable review = new StreamReviewTable();
    String group = "";
    String previousGroup = "";

    TemplateWalk(ReportFormat format, CellFigures figures, List<Token> tokens) {
        this.format = format;
        this.figures = figures;
        this.tokens = tokens;
        this.lines = new TokenLines(tokens);
    }

    /** The figures of the rows read. */
    List<ExtractedFigure> emit() {
        return new DecodedRowFigures(finished, applicationHeader, review, figures, lines).emit();
    }

    void take(int i) {
        Token t = tokens.get(i);
        if (t.kind() == Kind.EMPTY) {
            if (part == Part.PROACTIVE || part == Part.APPLICATIONS) {
                emptyCell(i, t);
            }
            return;
        }
        if (part == Part.NONE && t.kind() != Kind.TEXT) {
            return;
        }
        if (t.isValue()) {
            if (part == Part.AFTER) {
                review.value(t);
                return;
            }
            for (DecodedRow r : queue) {
                if (!r.full()) {
                    r.trailingEmpty.clear();
                    r.values.add(t);
                    r.lastIndex = i;
                    return;
                }
            }
            return; // a stray number: no row waits for it
        }
        String w = LabelText.compact(t.folded());
        if (w.isEmpty() || TemplateLabels.FOOTER.matcher(w).matches()) {
            return;
        }
        if (TemplateLabels.PROSE.matcher(w).find()) {
            // a sentence (全年新收申请217件，上年结转10件) is no cell of a table, however it is worded
            if (part != Part.NONE) {
                other(w);
            }
            return;
        }
        if (part == Part.APPLICATIONS && !applicationRows && w.contains("第二十条")) {
            part = Part.NONE; // table 三 was only announced: table 二 comes first
        }
        if (part == Part.APPLICATIONS && TemplateLabels.endsApplications(w)
                || part != Part.AFTER && w.contains("行政复议") && w.contains("行政诉讼")) {
            flushAll();
            part = Part.AFTER;
            return;
        }
        if (part == Part.AFTER && !review.hasValues()
                && (w.contains("第二十条") || TemplateLabels.startsApplications(w))) {
            part = Part.NONE; // the review words were an overview's heading (（三）因…行政复议、提起行政诉讼的情况)
        }
        if (part == Part.AFTER) {
            review.word(w, lines.nextText(i) == null && i + 1 < tokens.size());
            return;
        }
        if (part != Part.APPLICATIONS && part != Part.AFTER && TemplateLabels.startsApplications(w)) {
            flushAll();
            part = Part.APPLICATIONS;
            if (!TemplateLabels.startsWithRow(w)) {
                return;
            }
        }
        if (part == Part.NONE || part == Part.PROACTIVE) {
            if (w.contains("第二十条") || w.equals("信息内容") || w.length() <= 16 && w.contains("主动公开政府信息情况")) {
                flushAll();
                part = Part.PROACTIVE;
                if (w.contains("第二十条")) {
                    proactiveHeader.clear();
                }
                return;
            }
        }
        if (part == Part.PROACTIVE) {
            takeProactive(i, t, w);
        } else if (part == Part.APPLICATIONS) {
            takeApplication(i, t, w);
        }
    }
    private void takeProactive(int i, Token t, String w) {
        Table2Row def = TemplateLabels.proactiveRow(w);
        if (def == null) {
            if (w.length() <= 60 && ProactiveTableReader.columnPart(w) != null) {
                if (!queue.isEmpty()) {
                    flushAll(); // a header after rows starts a new block
                    proactiveHeader.clear();
                }
                proactiveHeader.add(t);
                return;
            }
            other(w);
            return;
        }
        List<String> columns = new ArrayList<>();
        Map<String, String> units = new LinkedHashMap<>();
        columnsOf(def.part(), columns, units);
        if (columns.isEmpty()) {
            other(w);
            return;
        }
        open(i, new DecodedRow(true, def.part(), def.canonical(), t, columns, units));
    }

    private void takeApplication(int i, Token t, String w) {
        if (!applicationRows && ApplicationTableReader.applicant(w) != null) {
            applicationHeader.add(t);
            return;
        }
        String[] c = ApplicationTableReader.classify(t.folded(), group, previousGroup);
        if (c == null) {
            // a label wrapped over two cells whose first part names no row: 逾期不补 / 正、行政机关…
            Token next = lines.nextText(i);
            String[] joined = next == null
                    || ApplicationTableReader.classify(next.folded(), group, previousGroup) != null ? null
                    : ApplicationTableReader.classify(t.folded() + next.folded(), group, previousGroup);
            if (joined != null && !joined[0].isEmpty()) {
                c = joined;
            } else {
                other(w);
                return;
            }
        }
        if (c[0].isEmpty()) {
            group = c[1];
            // a group label between a row and its numbers does not end the row
            return;
        }
        if (c[0].equals("applications.other_handling") && lines.nextText(i) != null) {
            group = c[1]; // 其他处理 announcing its three sub-rows
            return;
        }
        group = c[1];
        previousGroup = c[1];
        applicationRows = true;
        open(i, new DecodedRow(false, c[0], ApplicationTableReader.canonical(c[0]), t, null, Map.of()));
    }

    /** A new row label: rows that got their numbers are done, rows still waiting keep their turn. */
    private void open(int i, DecodedRow row) {
        for (DecodedRow r : queue) {
            if (r.values.isEmpty() && r.key.equals(row.key) && r.proactive == row.proactive) {
                return; // the rest of a label wrapped over lines that names the same row again
            }
        }
        List<DecodedRow> keep = new ArrayList<>();
        for (DecodedRow r : queue) {
            if (r.values.isEmpty()) {
                keep.add(r);
            } else {
                finish(r);
            }
        }
        queue.clear();
        queue.addAll(keep);
        row.lastIndex = i;
        if (emptyOnItsLine(i, row.width())) {
            row.empty = true;
            finish(row);
            return;
        }
        queue.add(row);
    }

    /**
     * A row printed with its cells, all of them empty: `行政许可 | ||||`. The piece after a line's closing
     * separator is no cell, so a label that only ends its line (`行政许可 |`, its number on the next line) is an
     * empty row only when no number follows it.
     */
    private boolean emptyOnItsLine(int i, int width) {
        Token label = tokens.get(i);
        if (!label.piped()) {
            return false;
        }
        int empties = 0;
        int j = i + 1;
        for (; j < tokens.size() && tokens.get(j).line() == label.line(); j++) {
            if (tokens.get(j).kind() != Kind.EMPTY) {
                return false;
            }
            empties++;
        }
        if (empties > width) {
            return true;
        }
        return empties == width && !lines.valueNext(j);
    }

    /**
     * An empty cell among a row's cells: web tables flattened one cell a line keep an empty cell as a bare `|`
     * line (`| 25 |` / `|` / `|` / `| 25 |`), so it holds its column. It counts only where it stands between the
     * row's label and a number of the same row; empties after a row's last number are padding, and the piece after
     * a line's closing separator is no cell at all.
     */
    private void emptyCell(int i, Token t) {
        if (lines.lastOnLine(i)) {
            return;
        }
        DecodedRow waiting = null;
        for (DecodedRow r : queue) {
            if (!r.full()) {
                if (waiting != null) {
                    return; // labels queued before a block of numbers: an empty cell cannot be placed
                }
                waiting = r;
            }
        }
        if (waiting == null || t.line() == waiting.label.line() || lines.wordsOnLine(i)) {
            return; // empties on a row's own line are a label's span or padding (`行政许可 | | 5`, tab layouts)
        }
        if (lines.valueBeforeText(i + 1)) {
            waiting.trailingEmpty.clear();
            waiting.values.add(t);
            waiting.lastIndex = i;
        } else if (!waiting.values.isEmpty() && lines.onlyEmptyOnLine(i)) {
            waiting.trailingEmpty.add(t);
        }
    }

    /**
     * Words that are no row: the rest of a label wrapped over lines while its row waits for numbers; else the
     * end of the rows read so far (a foreign row, 其他主动公开文件, takes its numbers with it).
     */
    private void other(String w) {
        boolean waiting = !queue.isEmpty() && queue.stream().allMatch(r -> r.values.isEmpty());
        if (waiting) {
            DecodedRow last = queue.get(queue.size() - 1);
            if (last.interlude == null) {
                last.interlude = w;
            }
            return;
        }
        for (DecodedRow r : queue) {
            if (r.proactive && !r.values.isEmpty() && subRowLabel(r.interlude) && subRowLabel(w)) {
                r.split = true; // a second short label after the first one's numbers: the row has sub-rows
            }
        }
        flushAll();
    }

    /** A sub-row's label: a few words, not a bracketed note or a wrapped label's rest. */
    private static boolean subRowLabel(String w) {
        return w != null && w.length() <= SUB_ROW_LABEL && w.indexOf('(') < 0 && w.indexOf(')') < 0
                && !TemplateLabels.PROSE.matcher(w).find() && w.chars().allMatch(c -> c >= 0x4e00 && c <= 0x9fff);
    }

    void flushAll() {
        for (DecodedRow r : queue) {
            if (!r.values.isEmpty()) {
                finish(r);
            }
        }
        queue.clear();
    }

    private void finish(DecodedRow r) {
        if (r.split) {
            return;
        }
        int missing = r.width() - r.values.size();
        if (!r.empty && !r.values.isEmpty() && missing > 0 && r.trailingEmpty.size() >= missing) {
            // one cell a line, the row's last cells empty (`0 |` / `0 |` / `|`): they are blanks, not a cut row
            r.values.addAll(r.trailingEmpty.subList(0, missing));
        }
        if (seen.add((r.proactive ? "p:" : "a:") + r.key)) {
            finished.add(r);
        }
    }

    /** The columns of a table-二 row: its block header's when it names them all, else the template's. */
    private void columnsOf(String part, List<String> columns, Map<String, String> units) {
        List<String> header = new ArrayList<>();
        for (Token h : proactiveHeader) {
            String p = ProactiveTableReader.columnPart(LabelText.compact(h.folded()));
            if (p != null) {
                header.add(p);
                String unit = CellValue.unitOfHeader(h.folded());
                if (!unit.isEmpty()) {
                    units.put(p, unit);
                }
            }
        }
        List<String> template = TemplateLabels.template(part, format);
        boolean headerFits = !header.isEmpty() && new HashSet<>(header).size() == header.size()
                && header.size() == template.size()
                && header.stream().allMatch(p -> figures.knows("proactive." + part + "." + p));
        columns.addAll(headerFits ? header : template);
    }

}
