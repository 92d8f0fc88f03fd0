package org.ogireview.extract;

import org.ogireview.extract.TableTokens.Kind;
import org.ogireview.extract.TableTokens.Token;

import java.util.List;

/**
 * What stands around a cell of the {@link TemplateWalk}'s stream: the cells on its line and the cells after it. A
 * web table flattened cell by cell tells its empty cells, its padding and its cut rows apart only by these.
 */
final class TokenLines {

    /** A table a stray text ends cut: at most this many text cells may follow a row for it to count as cut. */
    private static final int CUT_TAIL_CELLS = 2;

    private final List<Token> tokens;

    TokenLines(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Whether cell i is the piece after its line's last separator (no cell at all). */
    boolean lastOnLine(int i) {
        return i + 1 >= tokens.size() || tokens.get(i + 1).line() != tokens.get(i).line();
    }

    /**
     * The text cell right after cell i when no number comes between (其他处理 followed by its sub-rows is their
     * group, not a row; a label's second half), else null.
     */
    Token nextText(int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            Token n = tokens.get(j);
            if (n.kind() == Kind.EMPTY) {
                continue;
            }
            return n.kind() == Kind.TEXT && !TemplateLabels.FOOTER.matcher(LabelText.compact(n.folded())).matches() ? n : null;
        }
        return null;
    }

    /** Whether the first cell from index j on that is not empty is a number. */
    boolean valueNext(int j) {
        for (; j < tokens.size(); j++) {
            Token n = tokens.get(j);
            if (n.kind() != Kind.EMPTY) {
                return n.isValue();
            }
        }
        return false;
    }

    /** Whether cell i's line holds words. */
    boolean wordsOnLine(int i) {
        return otherOnLine(i, Kind.TEXT);
    }

    /** Whether cell i's line holds nothing but separators (a bare `|` line). */
    boolean onlyEmptyOnLine(int i) {
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
    boolean valueBeforeText(int j) {
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
    boolean paddedAfter(int index) {
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

    /** Whether the text ends within a row's cells: nothing but a few words after its last number. */
    boolean cutAfter(int index) {
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
}
