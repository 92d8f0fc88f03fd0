package org.ogireview.export;

import org.ogireview.model.Figure;
import org.ogireview.store.CodingStore;
import org.ogireview.store.CodingStore.Assignment;
import org.ogireview.store.CodingStore.CoderFigure;
import org.ogireview.store.CodingStore.Decision;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Double coding in the exports, read once before the figures stream: for the long layout each coder's value of a
 * figure and the adjudicator's decision; for the history layout the role and note of each audit entry.
 */
final class CodingColumns {

    /** Appended to the long layout's header. */
    static final List<String> LONG = List.of("first_coder", "first_value", "first_qualifier", "first_status",
            "second_coder", "second_value", "second_qualifier", "second_status", "decision", "adjudicator",
            "decision_note");
    /** Appended to the history layout's header. */
    static final List<String> HISTORY = List.of("role", "note");

    private static final String[] NO_CODING = new String[LONG.size()];

    static {
        java.util.Arrays.fill(NO_CODING, "");
    }

    private final Map<Long, Assignment> assignments;
    private final Map<Long, Map<String, Map<String, Figure>>> codings;
    private final Map<Long, Map<String, Decision>> decisions;
    private final Map<Long, String[]> roles;

    private CodingColumns(Map<Long, Assignment> assignments, Map<Long, Map<String, Map<String, Figure>>> codings,
                          Map<Long, Map<String, Decision>> decisions, Map<Long, String[]> roles) {
        this.assignments = assignments;
        this.codings = codings;
        this.decisions = decisions;
        this.roles = roles;
    }

    static CodingColumns none() {
        return new CodingColumns(Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** Everything the columns show, from a database store; none from a stand-in store. */
    static CodingColumns of(ReportStore store) throws StoreException {
        var coding = CodingStore.of(store);
        if (coding.isEmpty()) {
            return none();
        }
        CodingStore c = coding.get();
        Map<Long, Map<String, Map<String, Figure>>> codings = new HashMap<>();
        for (CoderFigure f : c.allCodings()) {
            codings.computeIfAbsent(f.reportId(), k -> new HashMap<>())
                    .computeIfAbsent(f.coder(), k -> new HashMap<>()).put(f.figure().key(), f.figure());
        }
        return new CodingColumns(c.assignments(), codings, c.decisions(), c.auditRoles());
    }

    /**
     * The long layout's coding cells of a figure: each coder's value (the extractor's proposal, status auto, where
     * that coder left it standing) and the decision; empty for a report nobody double codes.
     */
    String[] longCells(long reportId, Figure stored) {
        Assignment a = assignments.get(reportId);
        if (a == null) {
            return NO_CODING;
        }
        Map<String, Map<String, Figure>> own = codings.getOrDefault(reportId, Map.of());
        Figure first = own.getOrDefault(a.firstCoder(), Map.of()).get(stored.key());
        Figure second = own.getOrDefault(a.secondCoder(), Map.of()).get(stored.key());
        Decision d = decisions.getOrDefault(reportId, Map.of()).get(stored.key());
        String[] out = new String[LONG.size()];
        out[0] = a.firstCoder();
        fill(out, 1, first, stored);
        out[4] = a.secondCoder();
        fill(out, 5, second, stored);
        out[8] = d == null ? "" : d.choice();
        out[9] = d == null ? "" : d.adjudicator();
        out[10] = d == null ? "" : Cells.oneLine(d.note());
        return out;
    }

    private static void fill(String[] out, int at, Figure coded, Figure stored) {
        if (coded == null) {
            out[at] = stored.extractedValue();
            out[at + 1] = stored.extractedQualifier().code();
            out[at + 2] = "auto";
        } else {
            out[at] = coded.value();
            out[at + 1] = coded.qualifier().code();
            out[at + 2] = coded.status().code();
        }
    }

    /** The history layout's role and note of an audit entry (empty for single coding). */
    String[] historyCells(long entryId) {
        String[] r = roles.get(entryId);
        return r == null ? new String[]{"", ""} : new String[]{r[0] == null ? "" : r[0],
                r[1] == null ? "" : Cells.oneLine(r[1])};
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
