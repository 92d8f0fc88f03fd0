package org.ogireview.extract;

import org.ogireview.ingest.TableCell;
import org.ogireview.ingest.TableRow;
import org.ogireview.ingest.TextTable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds tables written as text: cells split by tabs, '|' or runs of two or more spaces (or, for PDF text, a label
 * followed by numbers split by single spaces), with every cell's exact offsets in the document text.
 *
 * <p>Text copies of the standard tables are rarely clean, so the detector also mends what converters do to them:
 * <ul>
 *   <li>a row label wrapped over lines with its numbers alone on the next line
 *       ("（二）部分公开（区分处理的，只计这一情 形，不" / "计其他情形）" / "4 | 0 | 0 | 0 | 0 | 0 | 4") becomes one row
 *       whose first cell spans the label lines;</li>
 *   <li>header cells wrapped over several lines are joined column by column (by cell position for tab and '|'
 *       lines, by display column for lines aligned with spaces);</li>
 *   <li>group labels floating on their own line between rows ("（三）不予公开") stay as one-cell rows, so readers
 *       can use them or ignore them;</li>
 *   <li>a row set out one cell per line (a web page copied as text) becomes one row;</li>
 *   <li>page footers ("-3-", "第 3 页") and ASCII rules inside a table are skipped.</li>
 * </ul>
 * Prose ends a table: a sentence line, or more than a handful of text lines without a row.
 */
final class TextTableDetector {

    /** Text lines a table may hold between two rows (floating labels, a split header) before it is over. */
    private static final int MAX_TEXT_RUN = 8;
    private static final int MAX_BLANK_RUN = 3;
    /** A row label is wrapped over at most this many lines. */
    private static final int MAX_LABEL_LINES = 4;
    private static final int MAX_LABEL_LINE_CHARS = 60;
    /** A label line that wrapped filled its cell: shorter lines above a row are labels of their own. */
    private static final int MIN_WRAPPED_LINE_CHARS = 10;
    /** A row set out one cell per line holds at most table 四's fifteen numbers. */
    private static final int MAX_VERTICAL_CELLS = 16;
    /** Space-aligned columns are inferred from at least this many rows of at least this many values. */
    private static final int MIN_ALIGNED_ROWS = 3;
    private static final int MIN_ALIGNED_COLUMNS = 3;

    private static final Pattern FOOTER = Pattern.compile(
            "\\s*(?:[-—–−]+\\s*\\d{1,4}\\s*[-—–−]+|第\\s*\\d{1,4}\\s*页(?:\\s*[,/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4})\\s*");
    private static final Pattern LAYOUT = Pattern.compile("[\\s|:+\\-=—_]*");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    /** A line that opens a numbered row or group: 一、 / （三） / 1. / ①. */
    private static final Pattern NUMBERED = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]+\\s*[、.]|\\(\\s*[一二三四五六七八九十\\d]+\\s*\\)|\\d{1,2}\\s*[.、]|[①-⑳])");
    /** A sub-row's item number: "5." / "5、". */
    private static final Pattern ITEM = Pattern.compile("\\s*\\d{1,2}\\s*[.、](?!\\d)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+\\-]?\\d+(?:\\.\\d+)?");
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[,;:。]");

    private enum Kind { BLANK, FOOTER, LAYOUT, ROW, TEXT }

    private enum Mode { PIPE, TAB, SPACE }

    /** A cell while rows are being built: offsets, and display columns for lines aligned with spaces. */
    private record Cell(int start, int end, int col, int colEnd) {
        boolean empty() {
            return end <= start;
        }
    }

    /** One line of the text; {@code numbered}: a text line that opens with a numbering mark. */
    private record Line(int index, int start, int end, Kind kind, Mode mode, List<Cell> cells, boolean hasNumber,
                        boolean numbersOnly, boolean numbered) {
        Cell trimmed() {
            return cells.get(0);
        }
    }

    /** A row under construction. */
    private static final class RowBuilder {
        final List<Cell> cells;
        final List<String> texts;
        final Mode mode;
        final boolean hasNumber;
        /** Set out one cell per line: the label, then one number a line. */
        boolean vertical;
        final int firstLine;
        int lastLine;

        RowBuilder(List<Cell> cells, List<String> texts, Mode mode, boolean hasNumber, int firstLine, int lastLine) {
            this.cells = new ArrayList<>(cells);
            this.texts = new ArrayList<>(texts);
            this.mode = mode;
            this.hasNumber = hasNumber;
            this.firstLine = firstLine;
            this.lastLine = lastLine;
        }

        TableRow toRow() {
            List<TableCell> out = new ArrayList<>(cells.size());
            int start = Integer.MAX_VALUE;
            int end = 0;
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                out.add(new TableCell(texts.get(i), c.start(), c.end()));
                if (!c.empty() || cells.size() == 1) {
                    start = Math.min(start, c.start());
                    end = Math.max(end, c.end());
                }
            }
            if (start == Integer.MAX_VALUE) {
                start = cells.get(0).start();
                end = cells.get(cells.size() - 1).end();
            }
            return new TableRow(out, start, end);
        }
    }

    List<TextTable> detect(NormalizedText text) {
        String norm = text.normalized();
        String orig = text.original();
        List<Line> lines = readLines(norm, orig);
        List<TextTable> tables = new ArrayList<>();

        List<RowBuilder> region = new ArrayList<>();
        List<Line> pending = new ArrayList<>();
        int blankRun = 0;
        int rowsInRegion = 0;
        for (Line line : lines) {
            switch (line.kind()) {
                case BLANK -> {
                    if (++blankRun > MAX_BLANK_RUN) {
                        rowsInRegion = close(region, rowsInRegion, tables);
                    }
                }
                case FOOTER, LAYOUT -> {
                    // page furniture inside a table: skipped, and it does not part a label from its numbers
                }
                case TEXT -> {
                    blankRun = 0;
                    if (isProse(line, norm)) {
                        rowsInRegion = close(region, rowsInRegion, tables);
                        pending.clear();
                    } else {
                        pending.add(line);
                        if (pending.size() > MAX_TEXT_RUN) {
                            rowsInRegion = close(region, rowsInRegion, tables);
                            pending.subList(0, pending.size() - MAX_LABEL_LINES).clear();
                        }
                    }
                }
                case ROW -> {
                    blankRun = 0;
                    List<Line> label = line.numbersOnly() ? labelLines(pending, line, lines)
                            : labelHead(pending, line, lines, norm);
                    if (!region.isEmpty()) {
                        for (Line floating : pending.subList(0, pending.size() - label.size())) {
                            region.add(textRow(floating, orig));
                        }
                    }
                    boolean leftover = !pending.isEmpty();
                    pending.clear();
                    if (!leftover && label.isEmpty() && continuesVertically(region, line, lines)) {
                        RowBuilder previous = region.get(region.size() - 1);
                        Cell c = line.cells().get(0);
                        previous.cells.add(c);
                        previous.texts.add(orig.substring(c.start(), c.end()));
                        previous.lastLine = line.index();
                        continue;
                    }
                    RowBuilder row = rowOf(line, label, orig);
                    row.vertical = line.numbersOnly() && line.cells().size() == 1;
                    if (!mergeHeader(region, row, lines, norm)) {
                        region.add(row);
                    }
                    rowsInRegion++;
                }
            }
        }
        close(region, rowsInRegion, tables);
        return tables;
    }

    /**
     * Ends the current region. It is kept as a table when it holds a number, or at least two rows of several cells
     * one of which has three or more (a template left empty); a single line split by spaces ("发布日期：…　　来源：…")
     * is page furniture, not a table.
     */
    private static int close(List<RowBuilder> region, int rows, List<TextTable> tables) {
        if (!region.isEmpty()) {
            boolean number = region.stream().anyMatch(r -> r.hasNumber);
            long multi = region.stream().filter(r -> r.cells.size() >= 2).count();
            boolean wide = region.stream().anyMatch(r -> r.cells.size() >= 3);
            if (number ? rows >= 2 || wide : multi >= 2 && wide) {
                // trailing one-cell text rows are never added (text is only kept when a row follows it)
                fillAlignedBlanks(region);
                List<TableRow> out = region.stream().map(RowBuilder::toRow).toList();
                tables.add(new TextTable(out.get(0).start(), out.get(out.size() - 1).end(), out));
            }
            region.clear();
        }
        return 0;
    }

    /**
     * In a table aligned with spaces an empty cell leaves no trace but a wider gap. Where most rows hold the same
     * number of values (table 三's seven), a row between them with fewer values gets its values placed under the
     * columns they stand under, and empty cells where the others are missing.
     */
    private static void fillAlignedBlanks(List<RowBuilder> region) {
        int[] counts = new int[region.size()];
        int[] frequency = new int[MAX_VERTICAL_CELLS + 1];
        for (int r = 0; r < region.size(); r++) {
            RowBuilder row = region.get(r);
            counts[r] = row.mode == Mode.SPACE && row.hasNumber ? trailingValues(row) : 0;
            if (counts[r] <= MAX_VERTICAL_CELLS) {
                frequency[counts[r]]++;
            }
        }
        int n = 0;
        for (int k = MIN_ALIGNED_COLUMNS; k <= MAX_VERTICAL_CELLS; k++) {
            if (frequency[k] >= MIN_ALIGNED_ROWS && frequency[k] > (n == 0 ? 0 : frequency[n])) {
                n = k;
            }
        }
        if (n == 0) {
            return;
        }
        int first = -1;
        int last = -1;
        List<double[]> centres = new ArrayList<>();
        for (int r = 0; r < region.size(); r++) {
            if (counts[r] == n) {
                first = first < 0 ? r : first;
                last = r;
                RowBuilder row = region.get(r);
                double[] c = new double[n];
                for (int i = 0; i < n; i++) {
                    Cell cell = row.cells.get(row.cells.size() - n + i);
                    c[i] = (cell.col() + cell.colEnd()) / 2.0;
                }
                centres.add(c);
            }
        }
        double[] column = new double[n];
        for (int i = 0; i < n; i++) {
            double[] at = new double[centres.size()];
            for (int k = 0; k < at.length; k++) {
                at[k] = centres.get(k)[i];
            }
            java.util.Arrays.sort(at);
            column[i] = at[at.length / 2];
        }
        double tolerance = Double.MAX_VALUE;
        for (int i = 1; i < n; i++) {
            tolerance = Math.min(tolerance, (column[i] - column[i - 1]) / 2);
        }
        for (double[] c : centres) {
            for (int i = 0; i < n; i++) {
                if (Math.abs(c[i] - column[i]) > tolerance) {
                    return; // the full rows are not aligned (PDF text with single spaces): no columns to go by
                }
            }
        }
        for (int r = first + 1; r < last; r++) {
            if (counts[r] > 0 && counts[r] < n) {
                place(region.get(r), counts[r], column, tolerance);
            }
        }
    }

    /** Puts a row's k values under the nearest of the columns, empty cells in the rest; leaves it when unsure. */
    private static void place(RowBuilder row, int k, double[] column, double tolerance) {
        int firstValue = row.cells.size() - k;
        int[] at = new int[k];
        int previous = -1;
        for (int v = 0; v < k; v++) {
            Cell cell = row.cells.get(firstValue + v);
            double centre = (cell.col() + cell.colEnd()) / 2.0;
            int best = -1;
            for (int i = 0; i < column.length; i++) {
                if (best < 0 || Math.abs(column[i] - centre) < Math.abs(column[best] - centre)) {
                    best = i;
                }
            }
            if (best <= previous || Math.abs(column[best] - centre) > tolerance) {
                return;
            }
            at[v] = best;
            previous = best;
        }
        List<Cell> cells = new ArrayList<>(row.cells.subList(0, firstValue));
        List<String> texts = new ArrayList<>(row.texts.subList(0, firstValue));
        int v = 0;
        int offset = firstValue > 0 ? row.cells.get(firstValue - 1).end() : row.cells.get(firstValue).start();
        for (int i = 0; i < column.length; i++) {
            if (v < k && at[v] == i) {
                Cell c = row.cells.get(firstValue + v);
                cells.add(c);
                texts.add(row.texts.get(firstValue + v));
                offset = c.end();
                v++;
            } else {
                cells.add(new Cell(offset, offset, 0, 0));
                texts.add("");
            }
        }
        row.cells.clear();
        row.cells.addAll(cells);
        row.texts.clear();
        row.texts.addAll(texts);
    }

    private static int trailingValues(RowBuilder row) {
        int k = 0;
        for (int i = row.texts.size() - 1; i >= 0 && CellValue.parse(row.texts.get(i)).isValue(); i--) {
            k++;
        }
        return k;
    }

    // ---- lines

    private static List<Line> readLines(String norm, String orig) {
        List<Line> lines = new ArrayList<>();
        int pos = 0;
        int index = 0;
        int n = norm.length();
        while (pos <= n) {
            int nl = norm.indexOf('\n', pos);
            int end = nl < 0 ? n : nl;
            int lineEnd = end > pos && norm.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(classify(norm, orig, index++, pos, lineEnd));
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }

    private static Line classify(String norm, String orig, int index, int start, int end) {
        String s = norm.substring(start, end);
        if (s.isBlank()) {
            return new Line(index, start, end, Kind.BLANK, null, List.of(), false, false, false);
        }
        if (FOOTER.matcher(s).matches()) {
            return new Line(index, start, end, Kind.FOOTER, null, List.of(), false, false, false);
        }
        Mode mode;
        List<Cell> cells;
        if (s.indexOf('|') >= 0) {
            if (LAYOUT.matcher(s).matches()) {
                return new Line(index, start, end, Kind.LAYOUT, null, List.of(), false, false, false);
            }
            mode = Mode.PIPE;
            cells = splitPipes(s, start);
        } else if (s.indexOf('\t') >= 0) {
            mode = Mode.TAB;
            cells = splitOn(s, start, '\t');
        } else {
            mode = Mode.SPACE;
            cells = splitSpaces(s, start, norm, orig);
        }
        int nonEmpty = 0;
        int numbers = 0;
        int values = 0;
        for (Cell c : cells) {
            if (c.empty()) {
                values++;
                continue;
            }
            nonEmpty++;
            CellValue v = CellValue.parse(norm.substring(c.start(), c.end()));
            if (v.isNumber()) {
                numbers++;
            }
            if (v.isValue()) {
                values++;
            }
        }
        boolean row = nonEmpty >= 2 || numbers >= 1 || (nonEmpty == 1 && cells.size() >= 3);
        if (!row) {
            Cell only = trim(norm, start, end, 0, 0);
            boolean numbered = NUMBERED.matcher(norm.substring(only.start(), only.end())).lookingAt();
            return new Line(index, start, end, Kind.TEXT, mode, List.of(only), false, false, numbered);
        }
        return new Line(index, start, end, Kind.ROW, mode, cells, numbers > 0, numbers > 0 && values == cells.size(),
                false);
    }

    private static List<Cell> splitPipes(String s, int base) {
        List<Cell> cells = splitOn(s, base, '|');
        String t = s.strip();
        if (t.startsWith("|") && !cells.isEmpty() && cells.get(0).empty()) {
            cells.remove(0);
        }
        if (t.startsWith("|") && t.endsWith("|") && !cells.isEmpty() && cells.get(cells.size() - 1).empty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** Cells between separators, trimmed; an empty cell keeps the offset where it stands. */
    private static List<Cell> splitOn(String s, int base, char sep) {
        List<Cell> cells = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                cells.add(trim(s, from, i, base, 0));
                from = i + 1;
            }
        }
        return cells;
    }

    /** Runs of two or more spaces part cells; inside a cell, a tail of numbers split by single spaces is split too. */
    private static List<Cell> splitSpaces(String s, int base, String norm, String orig) {
        List<Cell> raw = new ArrayList<>();
        Matcher m = SPACE_RUN.matcher(s);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                raw.add(trim(s, from, m.start(), base, 0));
            }
            from = m.end();
        }
        if (from < s.length()) {
            raw.add(trim(s, from, s.length(), base, 0));
        }
        raw.removeIf(Cell::empty);
        List<Cell> cells = new ArrayList<>();
        for (Cell c : raw) {
            splitNumberTail(norm, c, raw.size() == 1, cells);
        }
        // display columns, so a wrapped header line can be matched to the columns above it
        List<Cell> out = new ArrayList<>(cells.size());
        int lineStart = base;
        for (Cell c : cells) {
            int col = displayWidth(orig, lineStart, c.start());
            out.add(new Cell(c.start(), c.end(), col, col + displayWidth(orig, c.start(), c.end())));
        }
        return out;
    }

    /**
     * PDF text sets a row out with single spaces: "1.属于国家秘密 1 0 0 0 0 0 1". The numbers at the end of such a
     * cell become cells of their own, unless they read as one number with a space as thousands separator (1 136).
     * A single trailing number is split off only from a short label that is the whole line ("行政许可 550"), so a
     * wrapped sentence ending in a number stays text.
     */
    private static void splitNumberTail(String norm, Cell c, boolean wholeLine, List<Cell> out) {
        String s = norm.substring(c.start(), c.end());
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            int j = i;
            while (j < s.length() && s.charAt(j) != ' ') {
                j++;
            }
            if (j > i) {
                tokens.add(new int[]{i, j});
            }
            i = j;
        }
        int k = 0;
        for (int t = tokens.size() - 1; t >= 0; t--) {
            int[] tok = tokens.get(t);
            if (!numberToken(s.substring(tok[0], tok[1]))) {
                break;
            }
            k++;
        }
        int n = tokens.size();
        if (k == 0 || n < 2) {
            out.add(c);
            return;
        }
        int tailStart = tokens.get(n - k)[0];
        List<Cell> numbers = new ArrayList<>();
        if (k == 2 && SPACED_THOUSANDS.matcher(s.substring(tailStart)).matches()) {
            numbers.add(new Cell(c.start() + tailStart, c.end(), 0, 0)); // 1 136: one number
        } else {
            for (int t = n - k; t < n; t++) {
                int[] tok = tokens.get(t);
                numbers.add(new Cell(c.start() + tok[0], c.start() + tok[1], 0, 0));
            }
        }
        String label = s.substring(0, tailStart).strip();
        if (label.isEmpty() ? numbers.size() < 2 : numbers.size() == 1 && !(wholeLine && shortLabel(label))) {
            out.add(c);
            return;
        }
        if (!label.isEmpty()) {
            out.add(new Cell(c.start(), c.start() + endOfLabel(s, tailStart), 0, 0));
        }
        out.addAll(numbers);
    }

    /** A number standing alone between spaces: 21, -12, +3, 7730.28, 18653200元, 2,516,300元. */
    private static boolean numberToken(String token) {
        if (PLAIN_NUMBER.matcher(token).matches()) {
            return true;
        }
        boolean digit = false;
        for (int i = 0; i < token.length() && !digit; i++) {
            digit = Character.isDigit(token.charAt(i));
        }
        return digit && CellValue.parse(token).isNumber();
    }

    private static int endOfLabel(String s, int numStart) {
        int e = numStart;
        while (e > 0 && s.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    private static boolean shortLabel(String label) {
        return !label.isEmpty() && label.length() <= 20 && !SENTENCE_MARK.matcher(label).find();
    }

    private static Cell trim(String s, int from, int to, int base, int col) {
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        return new Cell(base + a, base + b, col, col);
    }

    /**
     * Columns a run of the original text takes in a monospace view: CJK characters and full-width punctuation take
     * two (measured on the original, since folding makes （ and ， one column wide).
     */
    private static int displayWidth(String s, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }

    /** A sentence, not a label: long, or closed by 。 — a table never holds one. */
    private static boolean isProse(Line line, String norm) {
        Cell c = line.trimmed();
        int len = c.end() - c.start();
        if (len > MAX_LABEL_LINE_CHARS) {
            return true;
        }
        String s = norm.substring(c.start(), c.end());
        return len > 12 && s.indexOf('。') >= 0;
    }

    // ---- rows

    /**
     * The text lines that are the wrapped label of a row of bare numbers: the contiguous lines just above it, back to
     * the first one that opens with a numbering mark ("（二）", "5."). Lines further up stay floating labels.
     */
    private static List<Line> labelLines(List<Line> pending, Line row, List<Line> lines) {
        List<Line> out = new ArrayList<>();
        int below = row.index();
        for (int i = pending.size() - 1; i >= 0 && out.size() < MAX_LABEL_LINES; i--) {
            Line l = pending.get(i);
            if (!onlyFurnitureBetween(lines, l.index(), below, out.isEmpty() ? 1 : 0)) {
                break;
            }
            Cell c = l.trimmed();
            if (c.end() - c.start() > MAX_LABEL_LINE_CHARS) {
                break;
            }
            if (!out.isEmpty() && !l.numbered() && c.end() - c.start() < MIN_WRAPPED_LINE_CHARS) {
                break; // a short line ended where it did: a header cell or a group label, not a wrapped label
            }
            out.add(0, l);
            below = l.index();
            if (l.numbered()) {
                break;
            }
        }
        return out;
    }

    /** True when only footers, rules and at most {@code blanks} blank lines stand between two lines. */
    /**
     * The first line of a sub-row label whose rest starts the row ("5.要求行政机关确认或重新" above
     * "出具已获取信息  0  0 …"): a numbered sub-row line right above a row whose label carries no number of its own.
     */
    private static List<Line> labelHead(List<Line> pending, Line row, List<Line> lines, String norm) {
        if (pending.isEmpty() || row.cells().isEmpty()) {
            return List.of();
        }
        Line above = pending.get(pending.size() - 1);
        Cell first = row.cells().get(0);
        if (first.empty() || !onlyFurnitureBetween(lines, above.index(), row.index(), 0)) {
            return List.of();
        }
        String label = norm.substring(first.start(), first.end());
        Cell head = above.trimmed();
        if (NUMBERED.matcher(label).lookingAt() || CellValue.parse(label).isValue()
                || head.end() - head.start() > 40 || !ITEM.matcher(norm.substring(head.start(), head.end())).lookingAt()) {
            return List.of();
        }
        return List.of(above);
    }

    private static boolean onlyFurnitureBetween(List<Line> lines, int above, int below, int blanks) {
        int seen = 0;
        for (int i = above + 1; i < below; i++) {
            Kind k = lines.get(i).kind();
            if (k == Kind.BLANK) {
                if (++seen > blanks) {
                    return false;
                }
            } else if (k != Kind.FOOTER && k != Kind.LAYOUT) {
                return false;
            }
        }
        return true;
    }

    private static RowBuilder textRow(Line line, String orig) {
        Cell c = line.trimmed();
        return new RowBuilder(List.of(c), List.of(orig.substring(c.start(), c.end())), null, false, line.index(),
                line.index());
    }

    /**
     * A row with its wrapped label: the label lines become the row's first cell (before the numbers of a bare row of
     * numbers, or joined to the start of the label a row carries itself).
     */
    private static RowBuilder rowOf(Line line, List<Line> label, String orig) {
        List<Cell> cells = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Cell> own = line.cells();
        if (!label.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            for (Line l : label) {
                Cell c = l.trimmed();
                joined.append(orig, c.start(), c.end());
            }
            int end = label.get(label.size() - 1).trimmed().end();
            if (!line.numbersOnly()) {
                Cell rest = own.get(0);
                joined.append(orig, rest.start(), rest.end());
                end = rest.end();
                own = own.subList(1, own.size());
            }
            cells.add(new Cell(label.get(0).trimmed().start(), end, 0, 0));
            texts.add(joined.toString());
        }
        for (Cell c : own) {
            cells.add(c);
            texts.add(orig.substring(c.start(), c.end()));
        }
        int first = label.isEmpty() ? line.index() : label.get(0).index();
        return new RowBuilder(cells, texts, line.mode(), line.hasNumber(), first, line.index());
    }

    /**
     * A lone number right under a row set out one cell per line ("规章" / "0" / "0" / "0", as text copied from a web
     * page often is) is that row's next cell.
     */
    private static boolean continuesVertically(List<RowBuilder> region, Line line, List<Line> lines) {
        if (region.isEmpty() || !line.numbersOnly() || line.cells().size() != 1) {
            return false;
        }
        RowBuilder previous = region.get(region.size() - 1);
        return previous.vertical && previous.cells.size() < MAX_VERTICAL_CELLS
                && onlyFurnitureBetween(lines, previous.lastLine, line.index(), 0);
    }

    /**
     * Joins a header line into the header line just above it when it continues its cells (a header cell wrapped
     * over lines): both lines hold no number, stand next to each other, and line up cell for cell (tab and '|'
     * lines: same number of cells; space-aligned lines: every cell sits under one cell above).
     */
    private static boolean mergeHeader(List<RowBuilder> region, RowBuilder row, List<Line> lines, String norm) {
        if (region.isEmpty() || row.hasNumber || row.mode == null) {
            return false;
        }
        RowBuilder above = region.get(region.size() - 1);
        if (above.hasNumber || above.mode != row.mode || above.cells.size() < 2
                || !onlyFurnitureBetween(lines, above.lastLine, row.firstLine, 0)) {
            return false;
        }
        int[] target = new int[row.cells.size()];
        if (row.mode == Mode.SPACE) {
            for (int i = 0; i < row.cells.size(); i++) {
                target[i] = overlapping(above.cells, row.cells.get(i));
                if (target[i] < 0) {
                    return false;
                }
            }
        } else {
            if (above.cells.size() != row.cells.size()) {
                return false;
            }
            for (int i = 0; i < target.length; i++) {
                target[i] = i;
            }
        }
        for (int i = 0; i < row.cells.size(); i++) {
            Cell add = row.cells.get(i);
            if (add.empty()) {
                continue;
            }
            int t = target[i];
            Cell old = above.cells.get(t);
            int start = old.empty() ? add.start() : old.start();
            above.cells.set(t, new Cell(start, add.end(), Math.min(old.col(), add.col()),
                    Math.max(old.colEnd(), add.colEnd())));
            above.texts.set(t, above.texts.get(t) + row.texts.get(i));
        }
        above.lastLine = row.lastLine;
        return true;
    }

    /** The cell above whose display columns overlap a cell most; -1 when none does. */
    private static int overlapping(List<Cell> above, Cell c) {
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < above.size(); i++) {
            Cell a = above.get(i);
            int overlap = Math.min(a.colEnd(), c.colEnd()) - Math.max(a.col(), c.col());
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = i;
            }
        }
        return best;
    }
}
