package org.ogireview.extract;

import org.ogireview.ingest.TableCell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's text as the template decoder reads it: a stream of cells in reading order, whatever the layout a
 * converter left. A line is cut into cells at {@code |}, tabs and runs of two or more spaces; a label followed by
 * numbers set off by single spaces ("行政许可 9487", PDF text) gives the label and each number. Cells left empty
 * between separators on a line are kept as {@link Kind#EMPTY} (a row printed with its empty cells), so the decoder
 * can tell an empty row from a label whose numbers follow on later lines.
 */
final class TableTokens {

    enum Kind {
        /** A number, or a zero in words. */
        NUMBER,
        /** A cell that holds only a dash or slash: the publisher left the figure out. */
        DASH,
        /** Nothing between two separators on one line. */
        EMPTY,
        /** Words: a label, a header, a heading, prose. */
        TEXT
    }

    /**
     * @param text   the cell's text as the source has it (original characters)
     * @param folded the same text folded (Traditional to Simplified, full-width to ASCII)
     * @param line   the number of the line the cell stands on
     * @param piped  whether its line is cut by {@code |} or tabs (a row printed with its cells)
     */
    record Token(Kind kind, String text, String folded, int start, int end, int line, boolean piped,
                 CellValue value) {

        boolean isValue() {
            return kind == Kind.NUMBER || kind == Kind.DASH;
        }

        SourceRow.Placed placed() {
            return new SourceRow.Placed(new TableCell(text, start, end), 0, value);
        }
    }

    /** A label and numbers after it, set off by single spaces: "行政许可 9487", "规章 0 0 0". */
    private static final Pattern TRAILING_NUMBERS = Pattern.compile(
            "^((?=.*[\\u4e00-\\u9fff]).*[^\\d\\s+\\-.,])((?: +[+\\-]?\\d+(?:\\.\\d+)?)+)$");
    /** A row's numbers set off by single spaces, with no label: "5 1 0 0 0 0 6" (a wrapped label's row). */
    private static final Pattern BARE_NUMBERS = Pattern.compile("^[+\\-]?\\d+(?:\\.\\d+)?(?: +[+\\-]?\\d+(?:\\.\\d+)?)+$");
    private static final Pattern ONE_NUMBER = Pattern.compile("[+\\-]?\\d+(?:\\.\\d+)?");

    private TableTokens() {
    }

    static List<Token> of(NormalizedText text) {
        String s = text.original();
        String f = text.normalized();
        List<Token> out = new ArrayList<>();
        int line = 0;
        int pos = 0;
        while (pos <= s.length()) {
            int nl = s.indexOf('\n', pos);
            int end = nl < 0 ? s.length() : nl;
            readLine(s, f, pos, end, line, out);
            line++;
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out;
    }

    private static void readLine(String s, String f, int from, int to, int line, List<Token> out) {
        boolean piped = false;
        for (int i = from; i < to; i++) {
            char c = f.charAt(i);
            if (c == '|' || c == '\t') {
                piped = true;
                break;
            }
        }
        int cellStart = from;
        int i = from;
        while (i < to) {
            char c = f.charAt(i);
            if (c == '|' || c == '\t') {
                cell(s, f, cellStart, i, line, piped, out);
                cellStart = i + 1;
                i++;
            } else if (isSpace(c) && i + 1 < to && isSpace(f.charAt(i + 1))) {
                int run = i;
                while (run < to && isSpace(f.charAt(run))) {
                    run++;
                }
                if (!f.substring(cellStart, i).isBlank()) {
                    cell(s, f, cellStart, i, line, piped, out); // spaces set cells apart, they make no empty cell
                    cellStart = run;
                }
                i = run;
            } else {
                i++;
            }
        }
        cell(s, f, cellStart, to, line, piped, out);
    }

    private static void cell(String s, String f, int a, int b, int line, boolean piped, List<Token> out) {
        while (a < b && isSpace(f.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(f.charAt(b - 1))) {
            b--;
        }
        if (a == b) {
            if (piped) {
                out.add(new Token(Kind.EMPTY, "", "", a, a, line, true, CellValue.blank()));
            }
            return;
        }
        String original = s.substring(a, b);
        String folded = f.substring(a, b);
        CellValue v = CellValue.parse(original);
        if (v.kind() == CellValue.Kind.TEXT) {
            Matcher m = TRAILING_NUMBERS.matcher(folded);
            if (m.matches() && !m.group(1).endsWith("如")) { // 如 -8: the header's example, not a cell
                int labelEnd = a + m.end(1);
                out.add(text(s, f, a, labelEnd, line, piped));
                Matcher n = ONE_NUMBER.matcher(folded);
                n.region(m.start(2), folded.length());
                while (n.find()) {
                    int na = a + n.start();
                    int nb = a + n.end();
                    out.add(new Token(Kind.NUMBER, s.substring(na, nb), f.substring(na, nb), na, nb, line, piped,
                            CellValue.parse(s.substring(na, nb))));
                }
                return;
            }
            if (BARE_NUMBERS.matcher(folded).matches()) {
                Matcher n = ONE_NUMBER.matcher(folded);
                while (n.find()) {
                    int na = a + n.start();
                    int nb = a + n.end();
                    out.add(new Token(Kind.NUMBER, s.substring(na, nb), f.substring(na, nb), na, nb, line, piped,
                            CellValue.parse(s.substring(na, nb))));
                }
                return;
            }
            out.add(text(s, f, a, b, line, piped));
            return;
        }
        out.add(new Token(v.isBlank() ? Kind.DASH : Kind.NUMBER, original, folded, a, b, line, piped, v));
    }

    private static Token text(String s, String f, int a, int b, int line, boolean piped) {
        return new Token(Kind.TEXT, s.substring(a, b), f.substring(a, b), a, b, line, piped, CellValue.parse("x"));
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00a0' || c == '\r' || c == '\f' || c == '\u200b';
    }
}
