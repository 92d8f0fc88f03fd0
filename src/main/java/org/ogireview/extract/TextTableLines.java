package org.ogireview.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a text as the {@link TextTableDetector} sees them: blank, page footer, ASCII rule, row (cells split
 * by '|', tabs, runs of spaces, or a label followed by numbers) or text, each cell with its exact offsets in the
 * document text and, for lines aligned with spaces, its display columns.
 */
final class TextTableLines {

    private static final Pattern FOOTER = Pattern.compile(
            "\\s*(?:[-—–−]+\\s*\\d{1,4}\\s*[-—–−]+|第\\s*\\d{1,4}\\s*页(?:\\s*[,/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4})\\s*");
    private static final Pattern LAYOUT = Pattern.compile("[\\s|:+\\-=—_]*");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    /** A line that opens a numbered row or group: 一、 / （三） / 1. / ①. */
    static final Pattern NUMBERED = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]+\\s*[、.]|\\(\\s*[一二三四五六七八九十\\d]+\\s*\\)|\\d{1,2}\\s*[.、]|[①-⑳])");
    /** A sub-row's item number: "5." / "5、". */
    static final Pattern ITEM = Pattern.compile("\\s*\\d{1,2}\\s*[.、](?!\\d)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+\\-]?\\d+(?:\\.\\d+)?");
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[,;:。]");

    enum Kind { BLANK, FOOTER, LAYOUT, ROW, TEXT }

    enum Mode { PIPE, TAB, SPACE }


    /** A cell while rows are being built: offsets, and display columns for lines aligned with spaces. */
    record Cell(int start, int end, int col, int colEnd) {
        boolean empty() {
            return end <= start;
        }
    }

    /** One line of the text; {@code numbered}: a text line that opens with a numbering mark. */
    record Line(int index, int start, int end, Kind kind, Mode mode, List<Cell> cells, boolean hasNumber,
                        boolean numbersOnly, boolean numbered) {
        Cell trimmed() {
            return cells.get(0);
        }
    }

    private TextTableLines() {
    }

    static List<Line> readLines(String norm, String orig) {
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

    static Cell trim(String s, int from, int to, int base, int col) {
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
}
