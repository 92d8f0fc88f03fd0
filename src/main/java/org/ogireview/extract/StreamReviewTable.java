package org.ogireview.extract;

import org.ogireview.extract.TableTokens.Token;
import org.ogireview.model.ExtractedFigure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Table 四 as the {@link TemplateDecoder} meets it in the cell stream: the result columns its header names, its
 * numbers (at most fifteen: three parts of five), and the part a label names right before its five numbers.
 */
final class StreamReviewTable {

    /** Table 四: three parts of five results. */
    private static final int CELLS = 15;

    private final List<Integer> header = new ArrayList<>();
    private final List<Token> values = new ArrayList<>();
    private final Map<Integer, Integer> groupAt = new LinkedHashMap<>();
    private boolean done;

    /** A number after table 四 began. */
    void value(Token t) {
        if (!done && values.size() < CELLS) {
            values.add(t);
        }
    }


    /** Whether table 四 has taken a number yet. */
    boolean hasValues() {
        return !values.isEmpty();
    }

    /** Table 四's words: the result columns of its header, the part a label names, or the end of the table. */
    void word(String w, boolean beforeItsNumbers) {
        if (done) {
            return;
        }
        int g = ReviewTableReader.groupOf(w);
        if (g >= 0 && w.length() <= 12) {
            if (beforeItsNumbers) {
                groupAt.put(values.size(), g); // a label right before its five numbers
            }
            return;
        }
        int r = ReviewTableReader.result(w);
        if (r >= 0 && w.length() <= 8) {
            if (values.isEmpty() && !header.contains(r)) {
                header.add(r);
            }
            return;
        }
        if (!values.isEmpty() && w.length() > 1) {
            done = true; // the text after the table
        }
    }


    /**
     * Table 四: its numbers in parts of five (行政复议 · 未经复议直接起诉 · 复议后起诉, in that order unless a label
     * names the part), each in the header's result order or the template's. The arithmetic (总计 is the sum of the
     * other four) chooses between the two orders; where it cannot, cells that differ are flagged.
     */
    void emit(CellFigures figures, List<ExtractedFigure> out) {
        int parts = values.size() / 5;
        if (parts == 0 || values.size() % 5 != 0) {
            return;
        }
        int[] template = {0, 1, 2, 3, 4};
        int[] named = header.size() == 5 ? header.stream().mapToInt(Integer::intValue).toArray()
                : template;
        int byTemplate = sums(template);
        int byHeader = sums(named);
        int[] order = byHeader > byTemplate ? named : template;
        int[] rival = byHeader == byTemplate && !java.util.Arrays.equals(named, template) ? named : null;
        int next = 0;
        Set<Integer> used = new HashSet<>();
        for (int p = 0; p < parts; p++) {
            Integer labelled = groupAt.get(p * 5);
            int g = labelled != null && !used.contains(labelled) ? labelled : next;
            while (used.contains(g) && g < 3) {
                g++;
            }
            if (g >= 3) {
                return;
            }
            used.add(g);
            next = g + 1;
            for (int k = 0; k < 5; k++) {
                Token cell = values.get(p * 5 + k);
                double confidence = TemplateDecoder.SURE;
                if (rival != null) {
                    int other = indexOf(rival, order[k]);
                    String mine = cell.value().value();
                    String theirs = values.get(p * 5 + other).value().value();
                    if (!mine.equals(theirs)) {
                        confidence = TemplateDecoder.UNDECIDED;
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
    private int sums(int[] order) {
        int total = indexOf(order, 4);
        int hits = 0;
        for (int p = 0; p + 5 <= values.size(); p += 5) {
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            java.math.BigDecimal t = null;
            boolean numbers = true;
            for (int k = 0; k < 5; k++) {
                CellValue v = values.get(p + k).value();
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
}
