package org.ogireview.extract;

import org.ogireview.extract.FieldVocabulary.Table2Row;
import org.ogireview.extract.TableTokens.Kind;
import org.ogireview.extract.TableTokens.Token;
import org.ogireview.model.ApplicantColumn;
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

    /** Table 二's columns and their names in the template: the vocabulary's. */
    private static final Map<String, String> COLUMN_NAMES = FieldVocabulary.standard().table2Columns();

    /** A table a stray text ends cut: at most this many text cells may follow a row for it to count as cut. */
    private static final int CUT_TAIL_CELLS = 2;
    /** The longest label read as a sub-row's (行政检查, 行政确认, 公共服务事项). */
    private static final int SUB_ROW_LABEL = 12;

    private enum Part { NONE, PROACTIVE, APPLICATIONS, AFTER }

    final ReportFormat format;
    final CellFigures figures;
    final List<Token> tokens;
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
            review.word(w, nextText(i) == null && i + 1 < tokens.size());
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
            Token next = nextText(i);
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
        if (c[0].equals("applications.other_handling") && nextText(i) != null) {
            group = c[1]; // 其他处理 announcing its three sub-rows
            return;
        }
        group = c[1];
        previousGroup = c[1];
        applicationRows = true;
        open(i, new DecodedRow(false, c[0], ApplicationTableReader.canonical(c[0]), t, null, Map.of()));
    }

    /**
     * The text cell right after cell i when no number comes between (其他处理 followed by its sub-rows is their
     * group, not a row; a label's second half), else null.
     */
    private Token nextText(int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            Token n = tokens.get(j);
            if (n.kind() == Kind.EMPTY) {
                continue;
            }
            return n.kind() == Kind.TEXT && !TemplateLabels.FOOTER.matcher(LabelText.compact(n.folded())).matches() ? n : null;
        }
        return null;
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
        return empties == width && !valueNext(j);
    }

    /** Whether the first cell from index j on that is not empty is a number. */
    private boolean valueNext(int j) {
        for (; j < tokens.size(); j++) {
            Token n = tokens.get(j);
            if (n.kind() != Kind.EMPTY) {
                return n.isValue();
            }
        }
        return false;
    }

    /**
     * An empty cell among a row's cells: web tables flattened one cell a line keep an empty cell as a bare `|`
     * line (`| 25 |` / `|` / `|` / `| 25 |`), so it holds its column. It counts only where it stands between the
     * row's label and a number of the same row; empties after a row's last number are padding, and the piece after
     * a line's closing separator is no cell at all.
     */
    private void emptyCell(int i, Token t) {
        boolean lastOnLine = i + 1 >= tokens.size() || tokens.get(i + 1).line() != t.line();
        if (lastOnLine) {
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
        if (waiting == null || t.line() == waiting.label.line() || wordsOnLine(i)) {
            return; // empties on a row's own line are a label's span or padding (`行政许可 | | 5`, tab layouts)
        }
        if (valueBeforeText(i + 1)) {
            waiting.trailingEmpty.clear();
            waiting.values.add(t);
            waiting.lastIndex = i;
        } else if (!waiting.values.isEmpty() && onlyEmptyOnLine(i)) {
            waiting.trailingEmpty.add(t);
        }
    }

    /** Whether cell i's line holds words. */
    private boolean wordsOnLine(int i) {
        return otherOnLine(i, Kind.TEXT);
    }

    /** Whether cell i's line holds nothing but separators (a bare `|` line). */
    private boolean onlyEmptyOnLine(int i) {
        return !otherOnLine(i, Kind.TEXT) && !otherOnLine(i, Kind.NUMBER) && !otherOnLine(i, Kind.DASH);
    }

    /** Whether a cell of the given kind stands on cell i's line besides cell i. */
    private boolean otherOnLine(int i, Kind kind) {
        int line = tokens.get(i).line();
        for (int j = i - 1; j >= 0 && tokens.get(j).line() == line; j--) {
            if (tokens.get(j).kind() == kind) {
                return true;
            }
        }
        for (int j = i + 1; j < tokens.size() && tokens.get(j).line() == line; j++) {
            if (tokens.get(j).kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** Whether a number comes from index j on before the next words. */
    private boolean valueBeforeText(int j) {
        for (; j < tokens.size(); j++) {
            Token n = tokens.get(j);
            if (n.isValue()) {
                return true;
            }
            if (n.kind() == Kind.TEXT) {
                return false;
            }
        }
        return false;
    }

    /** Whether a row's last number is followed on its line by empty cells: the row was printed whole. */
    private boolean paddedAfter(int index) {
        Token last = tokens.get(index);
        int j = index + 1;
        boolean padded = false;
        for (; j < tokens.size() && tokens.get(j).line() == last.line(); j++) {
            if (tokens.get(j).kind() != Kind.EMPTY) {
                return false;
            }
            if (j + 1 < tokens.size() && tokens.get(j + 1).line() == last.line()) {
                padded = true;
            }
        }
        return padded;
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
    /** Whether the text ends within a row's cells: nothing but a few words after its last number. */
    private boolean cutAfter(int index) {
        int words = 0;
        for (int j = index + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.isValue()) {
                return false;
            }
            if (t.kind() == Kind.TEXT && ++words > CUT_TAIL_CELLS) {
                return false;
            }
        }
        return true;
    }

    List<ExtractedFigure> emit() {
        List<ExtractedFigure> out = new ArrayList<>();
        List<ApplicantColumn> headerOrder = ApplicantColumnOrder.headerOrder(applicationHeader);
        List<DecodedRow> applicationRowsRead = finished.stream().filter(r -> !r.proactive).toList();
        List<ApplicantColumn> order = TemplateDecoder.STANDARD;
        boolean decided = true;
        if (headerOrder != null) {
            int byTemplate = ApplicantColumnOrder.sums(applicationRowsRead, TemplateDecoder.STANDARD);
            int byHeader = ApplicantColumnOrder.sums(applicationRowsRead, headerOrder);
            if (byHeader > byTemplate) {
                order = headerOrder;
            } else if (byHeader == byTemplate) {
                decided = false;
            }
        }
        review.emit(figures, out);
        for (DecodedRow r : finished) {
            if (r.proactive) {
                emitProactive(r, out);
            } else {
                emitApplication(r, order, decided ? null : headerOrder, out);
            }
        }
        return out;
    }

    private void emitProactive(DecodedRow r, List<ExtractedFigure> out) {
        int width = r.width();
        if (r.empty) {
            for (String c : r.columns) {
                add(out, "proactive." + r.key + "." + c, blankAt(r.label), r, COLUMN_NAMES.get(c), "",
                        TemplateDecoder.EMPTY_ROW);
            }
            return;
        }
        double confidence = TemplateDecoder.SURE;
        int n = r.values.size();
        if (n < width) {
            if (!cutAfter(r.lastIndex)) {
                return; // cells missing inside the table: no reading can place them
            }
            confidence = TemplateDecoder.CUT;
        }
        for (int k = 0; k < Math.min(n, width); k++) {
            String c = r.columns.get(k);
            add(out, "proactive." + r.key + "." + c, cell(r, k), r, COLUMN_NAMES.get(c),
                    r.units.getOrDefault(c, ""), confidence);
        }
    }

    private void emitApplication(DecodedRow r, List<ApplicantColumn> order, List<ApplicantColumn> rival,
                                 List<ExtractedFigure> out) {
        int n = r.values.size();
        if (r.empty) {
            for (ApplicantColumn c : TemplateDecoder.STANDARD) {
                add(out, c.key(r.key), blankAt(r.label), r, c.labelZh(), "", TemplateDecoder.EMPTY_ROW);
            }
            return;
        }
        if (n == 1 && (!cutAfter(r.lastIndex) || paddedAfter(r.lastIndex))) {
            // a copy that lost the empty applicant cells: the one number left is the row's total
            add(out, r.key, r.values.get(0).placed(), r, ApplicantColumn.TOTAL.labelZh(), "", TemplateDecoder.TOTAL_ONLY);
            return;
        }
        double confidence = TemplateDecoder.SURE;
        if (n < TemplateDecoder.STANDARD.size()) {
            if (!cutAfter(r.lastIndex)) {
                return;
            }
            confidence = TemplateDecoder.CUT;
        }
        for (int k = 0; k < Math.min(n, TemplateDecoder.STANDARD.size()); k++) {
            ApplicantColumn c = order.get(k);
            double cellConfidence = confidence;
            if (rival != null && !ApplicantColumnOrder.sameUnder(r, order, rival, c)) {
                cellConfidence = TemplateDecoder.UNDECIDED; // the arithmetic cannot tell the readings apart: the reviewer decides
            }
            add(out, c.key(r.key), cell(r, k), r, c.labelZh(), "", cellConfidence);
        }
    }
    private void add(List<ExtractedFigure> out, String key, SourceRow.Placed cell, DecodedRow r, String column,
                     String unit, double confidence) {
        if (figures.knows(key)) {
            out.add(figures.figure(key, cell, r.label.placed(), r.canonical, column, unit, confidence));
        }
    }

    /** Cell k of a row; an empty cell is shown at its row's label, as an empty row is. */
    private static SourceRow.Placed cell(DecodedRow r, int k) {
        Token t = r.values.get(k);
        return t.kind() == Kind.EMPTY ? blankAt(r.label) : t.placed();
    }

    private static SourceRow.Placed blankAt(Token label) {
        return new SourceRow.Placed(new org.ogireview.ingest.TableCell("", label.start(), label.start()), 0,
                CellValue.blank());
    }
}
