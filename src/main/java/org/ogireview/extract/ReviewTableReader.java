package org.ogireview.extract;

import org.ogireview.model.ExtractedFigure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Table 四: 行政复议 (结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计) and 行政诉讼, 未经复议直接起诉 and 复议后起诉 (the same
 * five each). Printed as one row of fifteen numbers, or split by a converter into three tables of five, or as three
 * labelled rows; a part of five is named by its own label or the nearest label above it, else by its place.
 */
final class ReviewTableReader {

    private static final double IN_ROW = 0.9;
    private static final double BY_ORDER = 0.75;
    /** How far back a part of five looks for the label that names it. */
    private static final int LOOK_BACK = 10;

    static final String[] GROUPS = {"review", "litigation.direct", "litigation.after_review"};
    static final String[] GROUP_NAMES = {"行政复议", "未经复议直接起诉", "复议后起诉"};
    static final String[] RESULTS = {"upheld", "corrected", "other", "pending", "total"};
    static final String[] RESULT_NAMES = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};

    /**
     * @param afterOffset where the application table ends in the text (-1 when none was read): parts of five are
     *                    placed by their order only after it, so a row of table 三 that lost two empty cells is
     *                    never taken for one
     */
    List<ExtractedFigure> read(List<SourceRow> rows, CellFigures figures, int afterOffset) {
        List<ExtractedFigure> out = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        // one row of fifteen is the template's own layout: it goes first, and parts of five fill only what it left
        for (int r = 0; r < rows.size() && done.isEmpty(); r++) {
            List<SourceRow.Placed> all = rows.get(r).hasNumber() ? rows.get(r).fit(15) : null;
            if (all != null) {
                int[] order = resultOrder(rows, r, 15);
                for (int g = 0; g < 3; g++) {
                    emit(g, all.subList(g * 5, g * 5 + 5), order, rows.get(r), figures, IN_ROW, out);
                    done.add(g);
                }
            }
        }
        boolean inSection = false;
        int nextByOrder = 0;
        for (int r = 0; r < rows.size() && done.size() < 3; r++) {
            SourceRow row = rows.get(r);
            String labels = row.allLabels();
            boolean after = afterOffset < 0 || start(row) > afterOffset;
            if (after && mentionsSection(labels)) {
                inSection = true;
            }
            List<SourceRow.Placed> five = row.hasNumber() ? row.fit(5) : null;
            if (five == null) {
                continue;
            }
            int g = groupOf(labels);
            if (g < 0 && !labels.isEmpty() && !namesResults(labels)) {
                continue; // a labelled row that names no part of table 四 belongs to another table
            }
            double confidence = IN_ROW;
            if (g < 0) {
                g = groupAbove(rows, r);
            }
            if (g < 0 && after && inSection) {
                while (nextByOrder < 3 && done.contains(nextByOrder)) {
                    nextByOrder++;
                }
                g = nextByOrder < 3 ? nextByOrder : -1;
                confidence = BY_ORDER;
            }
            if (g < 0 || !done.add(g)) {
                continue;
            }
            inSection = true;
            emit(g, five, resultOrder(rows, r, 5), row, figures, confidence, out);
        }
        return out;
    }

    private static int start(SourceRow row) {
        List<SourceRow.Placed> cells = row.labels().isEmpty() ? row.values() : row.labels();
        return cells.isEmpty() ? -1 : cells.get(0).cell().start();
    }

    /** A label made of the result columns' words (a header line a one-cell-a-line copy put before the numbers). */
    private static boolean namesResults(String labels) {
        return labels.length() <= 8 && (labels.contains("总计") || labels.contains("审结") || labels.contains("结果"));
    }

    private static void emit(int g, List<SourceRow.Placed> cells, int[] order, SourceRow row, CellFigures figures,
                             double confidence, List<ExtractedFigure> out) {
        for (int i = 0; i < 5; i++) {
            String key = GROUPS[g] + "." + RESULTS[order[i]];
            out.add(figures.figure(key, cells.get(i), null, GROUP_NAMES[g], RESULT_NAMES[order[i]], "",
                    confidence));
        }
    }

    private static boolean mentionsSection(String labels) {
        return labels.contains("行政复议") || labels.contains("行政诉讼") || labels.contains("起诉");
    }

    /** 0, 1, 2 for a label naming 行政复议, 直接起诉 or 复议后起诉; -1 for none (or for a header naming several). */
    static int groupOf(String labels) {
        boolean after = labels.contains("复议后起诉") || labels.contains("复议后诉讼");
        boolean direct = labels.contains("直接起诉") || labels.contains("未经复议");
        boolean review = labels.replace("复议后", "").replace("未经复议", "").contains("复议");
        int named = (after ? 1 : 0) + (direct ? 1 : 0) + (review ? 1 : 0);
        if (named != 1) {
            return -1;
        }
        return after ? 2 : direct ? 1 : 0;
    }

    /** The group a label-only row above names, looking back to the previous row of numbers. */
    private static int groupAbove(List<SourceRow> rows, int r) {
        for (int i = r - 1; i >= 0 && i >= r - LOOK_BACK; i--) {
            SourceRow above = rows.get(i);
            if (above.hasNumber()) {
                return -1;
            }
            int g = groupOf(above.allLabels());
            if (g >= 0) {
                return g;
            }
        }
        return -1;
    }

    /**
     * The order of the five result columns: the header's when a header row above names each of them exactly once
     * per part, else the template's.
     */
    private static int[] resultOrder(List<SourceRow> rows, int r, int width) {
        for (int i = r - 1; i >= 0 && i >= r - LOOK_BACK; i--) {
            SourceRow above = rows.get(i);
            if (above.hasNumber()) {
                break;
            }
            List<SourceRow.Placed> cells = new ArrayList<>(above.labels());
            cells.removeIf(p -> p.cell().isBlank());
            if (cells.size() != width) {
                continue;
            }
            int[] order = new int[5];
            boolean ok = true;
            for (int part = 0; part < width / 5 && ok; part++) {
                boolean[] seen = new boolean[5];
                for (int k = 0; k < 5; k++) {
                    int res = result(LabelText.compact(cells.get(part * 5 + k).text()));
                    if (res < 0 || seen[res] || (part > 0 && order[k] != res)) {
                        ok = false;
                        break;
                    }
                    seen[res] = true;
                    order[k] = res;
                }
            }
            if (ok) {
                return order;
            }
        }
        return new int[]{0, 1, 2, 3, 4};
    }

    static int result(String h) {
        int found = -1;
        int count = 0;
        if (h.contains("维持")) {
            found = 0;
            count++;
        }
        if (h.contains("纠正")) {
            found = 1;
            count++;
        }
        if (h.contains("其他") || h.contains("其它")) {
            found = 2;
            count++;
        }
        if (h.contains("尚未") || h.contains("审结")) {
            found = 3;
            count++;
        }
        if (h.contains("总计") || h.contains("合计")) {
            found = 4;
            count++;
        }
        return count == 1 ? found : -1;
    }
}
