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
import java.util.regex.Pattern;

/**
 * Tables 二 and 三 read as a stream of cells decoded against the template, not as rows of a layout. The 2019 trial
 * and 2021 revised tables are fixed: each row label is followed, sooner or later, by a known number of cells. So
 * whatever the flattening (a row a line with padding or trailing empty cells, one cell a line or a paragraph,
 * labels a converter put before a block of bare numbers, header cells cut or split or duplicated, a page footer
 * inside the table, the text ending inside a row) the decoder walks the cells in reading order: a row label opens
 * a row, the numbers after it fill that row's cells in the template's column order, and labels seen before their
 * numbers queue up and are filled in turn.
 *
 * <p>Where several readings fit (table 三's columns in the template's order or in the order a flattened header
 * names them), the table's own arithmetic chooses: the 总计 column is the sum of the applicant columns. A cell
 * whose value differs between readings the arithmetic cannot tell apart carries a low confidence, so the form
 * flags it for the reviewer. Each figure's confidence says how sure the reading is:
 * {@link #SURE} a labelled row with exactly its cells; {@link #CUT} the first cells of a row the text ends in;
 * {@link #TOTAL_ONLY} a row of table 三 left with one number; {@link #UNDECIDED} readings the arithmetic could not
 * separate.
 */
final class TemplateDecoder {

    static final double SURE = 0.95;
    static final double EMPTY_ROW = 0.9;
    static final double CUT = 0.8;
    static final double TOTAL_ONLY = 0.6;
    static final double UNDECIDED = 0.5;

    /** Page footers and page counters a converter leaves inside a table: -3-, 第3页, 共5页. */
    private static final Pattern FOOTER = Pattern.compile(
            "^(?:[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d{1,3}\\s*页(?:\\s*[,/共]\\s*\\d{1,3}\\s*页)?|共\\s*\\d{1,3}\\s*页"
                    + "|\\d{1,3}\\s*/\\s*\\d{1,3})$");
    /** What only a sentence holds: a count with its unit, a full stop. */
    private static final Pattern PROSE = Pattern.compile("\\d\\s*(?:件|条|项|个|次|人|篇|期|场)|。");
    /** A table a stray text ends cut: at most this many text cells may follow a row for it to count as cut. */
    private static final int CUT_TAIL_CELLS = 2;
    /** Table 四: three parts of five results. */
    private static final int REVIEW_CELLS = 15;

    private enum Part { NONE, PROACTIVE, APPLICATIONS, AFTER }

    /** The rows of table 二 and the names of its columns: the vocabulary's. */
    private static final List<Table2Row> PROACTIVE_ROWS = FieldVocabulary.standard().table2Rows();
    private static final Map<String, String> COLUMN_NAMES = FieldVocabulary.standard().table2Columns();

    private static final List<ApplicantColumn> STANDARD = List.of(ApplicantColumn.NATURAL_PERSON,
            ApplicantColumn.COMMERCIAL, ApplicantColumn.RESEARCH, ApplicantColumn.NGO, ApplicantColumn.LEGAL_SERVICES,
            ApplicantColumn.OTHER_ORG, ApplicantColumn.TOTAL);

    /** A row being read: its label, the key (table 二: the part; table 三: the row's key) and its cells so far. */
    private static final class Row {
        final boolean proactive;
        final String key;
        final String canonical;
        final Token label;
        final List<String> columns;
        final Map<String, String> units;
        final List<Token> values = new ArrayList<>();
        boolean empty;
        int lastIndex = -1;

        Row(boolean proactive, String key, String canonical, Token label, List<String> columns,
            Map<String, String> units) {
            this.proactive = proactive;
            this.key = key;
            this.canonical = canonical;
            this.label = label;
            this.columns = columns;
            this.units = units;
        }

        int width() {
            return proactive ? columns.size() : STANDARD.size();
        }

        boolean full() {
            return values.size() >= width();
        }
    }

    /** Reads tables 二 and 三 from the text. */
    List<ExtractedFigure> decode(NormalizedText text, ReportFormat format, CellFigures figures) {
        if (format == ReportFormat.NARRATIVE) {
            return List.of();
        }
        List<Token> tokens = TableTokens.of(text);
        State st = new State(format, figures, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            st.take(i);
        }
        st.flushAll();
        return st.emit();
    }

    /** The walk over the cells. */
    private static final class State {
        final ReportFormat format;
        final CellFigures figures;
        final List<Token> tokens;
        Part part = Part.NONE;
        final List<Row> queue = new ArrayList<>();
        final List<Row> finished = new ArrayList<>();
        final List<Token> proactiveHeader = new ArrayList<>();
        final List<Token> applicationHeader = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        boolean applicationRows;
        /** Table 四: the result columns its header names, its numbers, and the part a label names before them. */
        final List<Integer> reviewHeader = new ArrayList<>();
        final List<Token> reviewValues = new ArrayList<>();
        final Map<Integer, Integer> reviewGroupAt = new LinkedHashMap<>();
        boolean reviewDone;
        String group = "";
        String previousGroup = "";

        State(ReportFormat format, CellFigures figures, List<Token> tokens) {
            this.format = format;
            this.figures = figures;
            this.tokens = tokens;
        }

        void take(int i) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.EMPTY || part == Part.NONE && t.kind() != Kind.TEXT) {
                return;
            }
            if (t.isValue()) {
                if (part == Part.AFTER) {
                    if (!reviewDone && reviewValues.size() < REVIEW_CELLS) {
                        reviewValues.add(t);
                    }
                    return;
                }
                for (Row r : queue) {
                    if (!r.full()) {
                        r.values.add(t);
                        r.lastIndex = i;
                        return;
                    }
                }
                return; // a stray number: no row waits for it
            }
            String w = LabelText.compact(t.folded());
            if (w.isEmpty() || FOOTER.matcher(w).matches()) {
                return;
            }
            if (PROSE.matcher(w).find()) {
                // a sentence (全年新收申请217件，上年结转10件) is no cell of a table, however it is worded
                if (part != Part.NONE) {
                    other(w);
                }
                return;
            }
            if (part == Part.APPLICATIONS && !applicationRows && w.contains("第二十条")) {
                part = Part.NONE; // table 三 was only announced: table 二 comes first
            }
            if (part == Part.APPLICATIONS && endsApplications(w)
                    || part != Part.AFTER && w.contains("行政复议") && w.contains("行政诉讼")) {
                flushAll();
                part = Part.AFTER;
                return;
            }
            if (part == Part.AFTER) {
                takeReview(i, w);
                return;
            }
            if (part != Part.APPLICATIONS && part != Part.AFTER && startsApplications(w)) {
                flushAll();
                part = Part.APPLICATIONS;
                if (!startsWithRow(w)) {
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

        /** Table 四's words: the result columns of its header, the part a label names, or the end of the table. */
        private void takeReview(int i, String w) {
            if (reviewDone) {
                return;
            }
            int g = ReviewTableReader.groupOf(w);
            if (g >= 0 && w.length() <= 12) {
                if (nextText(i) == null && i + 1 < tokens.size()) {
                    reviewGroupAt.put(reviewValues.size(), g); // a label right before its five numbers
                }
                return;
            }
            int r = ReviewTableReader.result(w);
            if (r >= 0 && w.length() <= 8) {
                if (reviewValues.isEmpty() && !reviewHeader.contains(r)) {
                    reviewHeader.add(r);
                }
                return;
            }
            if (!reviewValues.isEmpty() && w.length() > 1) {
                reviewDone = true; // the text after the table
            }
        }

        private void takeProactive(int i, Token t, String w) {
            Table2Row def = proactiveRow(w);
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
            open(i, new Row(true, def.part(), def.canonical(), t, columns, units));
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
            open(i, new Row(false, c[0], ApplicationTableReader.canonical(c[0]), t, null, Map.of()));
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
                return n.kind() == Kind.TEXT && !FOOTER.matcher(LabelText.compact(n.folded())).matches() ? n : null;
            }
            return null;
        }

        /** A new row label: rows that got their numbers are done, rows still waiting keep their turn. */
        private void open(int i, Row row) {
            for (Row r : queue) {
                if (r.values.isEmpty() && r.key.equals(row.key) && r.proactive == row.proactive) {
                    return; // the rest of a label wrapped over lines that names the same row again
                }
            }
            List<Row> keep = new ArrayList<>();
            for (Row r : queue) {
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

        /** A row printed with its cells, all of them empty: `行政许可 | ||||`. */
        private boolean emptyOnItsLine(int i, int width) {
            Token label = tokens.get(i);
            if (!label.piped()) {
                return false;
            }
            int empties = 0;
            for (int j = i + 1; j < tokens.size() && tokens.get(j).line() == label.line(); j++) {
                if (tokens.get(j).kind() != Kind.EMPTY) {
                    return false;
                }
                empties++;
            }
            return empties >= width;
        }

        /**
         * Words that are no row: the rest of a label wrapped over lines while its row waits for numbers; else the
         * end of the rows read so far (a foreign row, 其他主动公开文件, takes its numbers with it).
         */
        private void other(String w) {
            boolean waiting = !queue.isEmpty() && queue.stream().allMatch(r -> r.values.isEmpty());
            if (waiting) {
                return;
            }
            flushAll();
        }

        void flushAll() {
            for (Row r : queue) {
                if (!r.values.isEmpty()) {
                    finish(r);
                }
            }
            queue.clear();
        }

        private void finish(Row r) {
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
            List<String> template = template(part);
            boolean headerFits = !header.isEmpty() && new HashSet<>(header).size() == header.size()
                    && header.size() == template.size()
                    && header.stream().allMatch(p -> figures.knows("proactive." + part + "." + p));
            columns.addAll(headerFits ? header : template);
        }

        private List<String> template(String part) {
            boolean trial = format == ReportFormat.TABLE2019;
            return switch (part) {
                case "rules", "normative_docs" -> trial ? List.of("made", "published", "total_public")
                        : List.of("issued", "repealed", "in_force");
                case "licensing", "penalty", "coercion" -> trial ? List.of("prior_items", "change", "decisions")
                        : List.of("decisions");
                case "other_services" -> trial ? List.of("prior_items", "change", "decisions") : List.of();
                case "fees" -> trial ? List.of("prior_items", "change") : List.of("amount");
                case "procurement" -> trial ? List.of("projects", "amount") : List.of();
                default -> List.of();
            };
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
            List<ApplicantColumn> headerOrder = headerOrder();
            List<Row> applicationRowsRead = finished.stream().filter(r -> !r.proactive).toList();
            List<ApplicantColumn> order = STANDARD;
            boolean decided = true;
            if (headerOrder != null) {
                int byTemplate = sums(applicationRowsRead, STANDARD);
                int byHeader = sums(applicationRowsRead, headerOrder);
                if (byHeader > byTemplate) {
                    order = headerOrder;
                } else if (byHeader == byTemplate) {
                    decided = false;
                }
            }
            emitReview(out);
            for (Row r : finished) {
                if (r.proactive) {
                    emitProactive(r, out);
                } else {
                    emitApplication(r, order, decided ? null : headerOrder, out);
                }
            }
            return out;
        }

        private void emitProactive(Row r, List<ExtractedFigure> out) {
            int width = r.width();
            if (r.empty) {
                for (String c : r.columns) {
                    add(out, "proactive." + r.key + "." + c, blankAt(r.label), r, COLUMN_NAMES.get(c), "",
                            EMPTY_ROW);
                }
                return;
            }
            double confidence = SURE;
            int n = r.values.size();
            if (n < width) {
                if (!cutAfter(r.lastIndex)) {
                    return; // cells missing inside the table: no reading can place them
                }
                confidence = CUT;
            }
            for (int k = 0; k < Math.min(n, width); k++) {
                String c = r.columns.get(k);
                add(out, "proactive." + r.key + "." + c, r.values.get(k).placed(), r, COLUMN_NAMES.get(c),
                        r.units.getOrDefault(c, ""), confidence);
            }
        }

        private void emitApplication(Row r, List<ApplicantColumn> order, List<ApplicantColumn> rival,
                                     List<ExtractedFigure> out) {
            int n = r.values.size();
            if (r.empty) {
                for (ApplicantColumn c : STANDARD) {
                    add(out, c.key(r.key), blankAt(r.label), r, c.labelZh(), "", EMPTY_ROW);
                }
                return;
            }
            if (n == 1 && !cutAfter(r.lastIndex)) {
                // a copy that lost the empty applicant cells: the one number left is the row's total
                add(out, r.key, r.values.get(0).placed(), r, ApplicantColumn.TOTAL.labelZh(), "", TOTAL_ONLY);
                return;
            }
            double confidence = SURE;
            if (n < STANDARD.size()) {
                if (!cutAfter(r.lastIndex)) {
                    return;
                }
                confidence = CUT;
            }
            for (int k = 0; k < Math.min(n, STANDARD.size()); k++) {
                ApplicantColumn c = order.get(k);
                double cellConfidence = confidence;
                if (rival != null && !sameUnder(r, order, rival, c)) {
                    cellConfidence = UNDECIDED; // the arithmetic cannot tell the readings apart: the reviewer decides
                }
                add(out, c.key(r.key), r.values.get(k).placed(), r, c.labelZh(), "", cellConfidence);
            }
        }

        /**
         * Table 四: its numbers in parts of five (行政复议 · 未经复议直接起诉 · 复议后起诉, in that order unless a label
         * names the part), each in the header's result order or the template's. The arithmetic (总计 is the sum of the
         * other four) chooses between the two orders; where it cannot, cells that differ are flagged.
         */
        private void emitReview(List<ExtractedFigure> out) {
            int parts = reviewValues.size() / 5;
            if (parts == 0 || reviewValues.size() % 5 != 0) {
                return;
            }
            int[] template = {0, 1, 2, 3, 4};
            int[] header = reviewHeader.size() == 5 ? reviewHeader.stream().mapToInt(Integer::intValue).toArray()
                    : template;
            int byTemplate = reviewSums(template);
            int byHeader = reviewSums(header);
            int[] order = byHeader > byTemplate ? header : template;
            int[] rival = byHeader == byTemplate && !java.util.Arrays.equals(header, template) ? header : null;
            int next = 0;
            Set<Integer> used = new HashSet<>();
            for (int p = 0; p < parts; p++) {
                Integer named = reviewGroupAt.get(p * 5);
                int g = named != null && !used.contains(named) ? named : next;
                while (used.contains(g) && g < 3) {
                    g++;
                }
                if (g >= 3) {
                    return;
                }
                used.add(g);
                next = g + 1;
                for (int k = 0; k < 5; k++) {
                    Token cell = reviewValues.get(p * 5 + k);
                    double confidence = SURE;
                    if (rival != null) {
                        int other = indexOf(rival, order[k]);
                        String mine = cell.value().value();
                        String theirs = reviewValues.get(p * 5 + other).value().value();
                        if (!mine.equals(theirs)) {
                            confidence = UNDECIDED;
                        }
                    }
                    String key = ReviewTableReader.GROUPS[g] + "." + ReviewTableReader.RESULTS[order[k]];
                    if (figures.knows(key)) {
                        out.add(figures.figure(key, cell.placed(), null, ReviewTableReader.GROUP_NAMES[g],
                                ReviewTableReader.RESULT_NAMES[order[k]], "", confidence));
                    }
                }
            }
        }

        private static int indexOf(int[] a, int v) {
            for (int i = 0; i < a.length; i++) {
                if (a[i] == v) {
                    return i;
                }
            }
            return -1;
        }

        /** Parts of five whose 总计 is the sum of the other four (and not zero) under a result order. */
        private int reviewSums(int[] order) {
            int total = indexOf(order, 4);
            int hits = 0;
            for (int p = 0; p + 5 <= reviewValues.size(); p += 5) {
                java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
                java.math.BigDecimal t = null;
                boolean numbers = true;
                for (int k = 0; k < 5; k++) {
                    CellValue v = reviewValues.get(p + k).value();
                    if (!v.isNumber()) {
                        numbers = false;
                        break;
                    }
                    java.math.BigDecimal d = new java.math.BigDecimal(v.value());
                    if (k == total) {
                        t = d;
                    } else {
                        sum = sum.add(d);
                    }
                }
                if (numbers && t != null && t.signum() != 0 && t.compareTo(sum) == 0) {
                    hits++;
                }
            }
            return hits;
        }

        /** Whether column c holds the same value under both readings of the columns. */
        private static boolean sameUnder(Row r, List<ApplicantColumn> a, List<ApplicantColumn> b, ApplicantColumn c) {
            int ia = a.indexOf(c);
            int ib = b.indexOf(c);
            if (ia >= r.values.size() || ib >= r.values.size()) {
                return false;
            }
            return r.values.get(ia).value().value().equals(r.values.get(ib).value().value());
        }

        private void add(List<ExtractedFigure> out, String key, SourceRow.Placed cell, Row r, String column,
                         String unit, double confidence) {
            if (figures.knows(key)) {
                out.add(figures.figure(key, cell, r.label.placed(), r.canonical, column, unit, confidence));
            }
        }

        private static SourceRow.Placed blankAt(Token label) {
            return new SourceRow.Placed(new org.ogireview.ingest.TableCell("", label.start(), label.start()), 0,
                    CellValue.blank());
        }

        /** The order table 三's header names the seven columns in, when it names each once and not the template's. */
        private List<ApplicantColumn> headerOrder() {
            List<ApplicantColumn> cols = new ArrayList<>();
            for (Token h : applicationHeader) {
                ApplicantColumn c = ApplicationTableReader.applicant(h.folded());
                if (c != null && !cols.contains(c)) {
                    cols.add(c);
                }
            }
            return cols.size() == STANDARD.size() && !cols.equals(STANDARD) ? cols : null;
        }

        /** Rows whose total column is the sum of the applicant columns (and not all zero) under a reading. */
        private static int sums(List<Row> rows, List<ApplicantColumn> order) {
            int hits = 0;
            int total = order.indexOf(ApplicantColumn.TOTAL);
            for (Row r : rows) {
                if (r.values.size() != STANDARD.size() || r.values.stream().anyMatch(v -> !v.value().isNumber())) {
                    continue;
                }
                java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
                for (int k = 0; k < STANDARD.size(); k++) {
                    if (k != total) {
                        sum = sum.add(new java.math.BigDecimal(r.values.get(k).value().value()));
                    }
                }
                java.math.BigDecimal t = new java.math.BigDecimal(r.values.get(total).value().value());
                if (t.signum() != 0 && t.compareTo(sum) == 0) {
                    hits++;
                }
            }
            return hits;
        }
    }

    private static boolean startsApplications(String w) {
        return w.contains("勾稽") || w.contains("申请人情况")
                || w.length() <= 24 && w.contains("收到和处理政府信息公开申请") || startsWithRow(w);
    }

    /** The first rows of table 三 open it even where its header was lost. */
    private static boolean startsWithRow(String w) {
        return w.length() <= 30 && (w.contains("本年新收") || w.contains("上年结转"));
    }

    private static boolean endsApplications(String w) {
        return w.contains("行政复议") || w.contains("行政诉讼") || w.startsWith("四、") && !w.contains("结转")
                || w.contains("存在的主要问题");
    }

    /** The table-二 row a label names: its annotation in brackets dropped, 檔案 read as 文件 (a converter's slip). */
    private static Table2Row proactiveRow(String compact) {
        String w = LabelText.words(compact).replace("档案", "文件");
        int bracket = w.indexOf('(');
        if (bracket > 0) {
            w = w.substring(0, bracket);
        }
        if (w.isEmpty() || w.length() > 16) {
            return null;
        }
        Table2Row best = null;
        double bestScore = 0.8;
        for (Table2Row d : PROACTIVE_ROWS) {
            double s = w.equals(d.canonical()) ? 1.0 : 0;
            for (String core : d.cores()) {
                if (w.contains(core) && w.length() <= d.canonical().length() + 4) {
                    s = Math.max(s, 0.9 + 0.005 * core.length());
                }
            }
            if (d.canonical().length() > 2) {
                s = Math.max(s, LabelText.similarity(w, d.canonical(), bestScore));
            }
            if (s > bestScore) {
                bestScore = s;
                best = d;
            }
        }
        return best;
    }
}
