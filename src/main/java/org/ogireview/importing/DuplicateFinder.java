package org.ogireview.importing;

import org.ogireview.extract.NormalizedText;
import org.ogireview.store.DuplicateRows;
import org.ogireview.store.StoreException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the reports of one body and year. Two files with near-identical text and figures (the same report as .txt
 * and .pdf, a re-saved copy) become one dataset report: the later file points at the earlier one
 * ({@code duplicate_of}) and is listed among its source files. Two that differ (a revised edition, or two bodies the
 * resolver took for one) are both flagged ({@code same_body_year}) for the user to decide; neither is dropped.
 * The texts are compared folded as the extractor reads them; the store reads and writes the rows
 * ({@link DuplicateRows}).
 */
public final class DuplicateFinder {

    /** Character 4-grams shared (Jaccard) above which two texts are one report. */
    static final double SAME_TEXT = 0.70;
    /** Share of the figures (by key) with the same value above which two extractions are one report. */
    static final double SAME_FIGURES = 0.85;
    private static final int SHINGLE = 4;

    private final DuplicateRows rows;

    public DuplicateFinder(DuplicateRows rows) {
        this.rows = rows;
    }

    /** The outcome of one pass: reports folded into another, and reports flagged. */
    public record Result(int duplicates, int flagged) {
    }

    /** Looks at every body-year with more than one dataset report. */
    public Result run() throws StoreException {
        Map<String, List<Long>> groups = rows.byBodyAndYear();
        int duplicates = 0;
        int flagged = 0;
        for (List<Long> ids : groups.values()) {
            if (ids.size() < 2) {
                continue;
            }
            List<Long> kept = new ArrayList<>();
            for (long id : ids) {
                Long same = null;
                double[] scores = null;
                for (long k : kept) {
                    double[] s = compare(k, id);
                    if (s[0] >= SAME_TEXT && s[1] >= SAME_FIGURES) {
                        same = k;
                        scores = s;
                        break;
                    }
                }
                if (same != null) {
                    rows.fold(same, id, scores[0], scores[1]);
                    duplicates++;
                } else {
                    kept.add(id);
                }
            }
            if (kept.size() > 1) {
                rows.flag(kept);
                flagged += kept.size();
            } else {
                rows.unflag(kept.get(0));
            }
        }
        return new Result(duplicates, flagged);
    }

    /** {text similarity, figure agreement} of two stored reports. */
    double[] compare(long a, long b) throws StoreException {
        DuplicateRows.Pair p = rows.pair(a, b);
        return new double[]{jaccard(shingles(p.textA()), shingles(p.textB())), agreement(p.valuesA(), p.valuesB())};
    }

    /** The text's character 4-grams, letters and digits only (page numbers, line breaks and layout ignored). */
    static Set<String> shingles(String text) {
        StringBuilder b = new StringBuilder();
        String folded = NormalizedText.foldAll(text);
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                b.append(ch);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= b.length(); i++) {
            out.add(b.substring(i, i + SHINGLE));
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String s : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(s)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }

    /** Keys with the same value over all keys either has (1 when neither has figures). */
    static double agreement(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        if (keys.isEmpty()) {
            return 1;
        }
        int same = 0;
        for (String k : keys) {
            String x = a.get(k);
            if (x != null && x.equals(b.get(k))) {
                same++;
            }
        }
        return same / (double) keys.size();
    }
}
