package org.ogireview.store;

import org.ogireview.check.Finding;
import org.ogireview.check.ReviewProgress;
import org.ogireview.check.UnusualValues;
import org.ogireview.model.Figure;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the collection-level check ({@link UnusualValues}) over every dataset report and stores its findings with
 * each report's others (rules {@code unusual.*} in check_findings), so the report list's counts, the checks panel,
 * the findings window and the audit memo treat them like any finding, and a coder's "as published" mark dismisses
 * one with a note. Only reports whose unusual values changed are written; their open-check count and review state
 * follow. Run after an import (see {@link DatasetLinks}) and on demand from the findings window.
 */
public final class UnusualValuePass {

    /**
     * @param reports  dataset reports compared
     * @param flagged  reports with an unusual value after the pass
     * @param rewritten reports whose unusual findings changed (and were written)
     */
    public record Result(int reports, int flagged, int rewritten) {
    }

    private UnusualValuePass() {
    }

    /** Runs the pass; nothing on a store that is not the database or is open read-only. */
    public static Result run(ReportStore store) throws StoreException {
        if (!(store instanceof H2ReportStore h2) || store.readOnlyReason().isPresent()) {
            return new Result(0, 0, 0);
        }
        Database db = h2.database();
        DatasetKeys keys = DatasetKeys.load(db);
        Set<String> read = UnusualValues.keysRead();
        List<UnusualValues.Entry> entries = new ArrayList<>();
        try {
            store.forEachReportValues(r -> {
                long id = r.report().id();
                if (keys.isCopy(id)) {
                    return;
                }
                DatasetKeys.Row row = keys.get(id);
                Map<String, Figure> figures = new HashMap<>();
                for (ReportValues.Value v : r.values()) {
                    if (read.contains(v.key())) {
                        figures.put(v.key(), new Figure(v.key(), v.value(), v.qualifier(), v.status(), -1, -1, "",
                                1, "", null));
                    }
                }
                entries.add(new UnusualValues.Entry(id, row == null ? null : row.bodyId(),
                        row == null ? null : row.bodyKind(), row == null ? null : row.divisionLevel(),
                        r.report().year(), figures));
            });
        } catch (IOException e) {
            throw new StoreException("Could not read the figures of " + db.file() + ": " + e.getMessage(), e);
        }
        Map<Long, List<Finding>> found = new UnusualValues().check(entries);
        Map<Long, Set<String>> stored = storedUnusual(db);
        Set<Long> touched = new TreeSet<>(stored.keySet());
        touched.addAll(found.keySet());
        int rewritten = 0;
        for (long id : touched) {
            List<Finding> now = found.getOrDefault(id, List.of());
            if (signatures(now).equals(stored.getOrDefault(id, Set.of()))) {
                continue;
            }
            List<Finding> all = new ArrayList<>();
            for (Finding f : store.findings(id)) {
                if (!f.rule().startsWith(UnusualValues.PREFIX)) {
                    all.add(f);
                }
            }
            all.addAll(now);
            store.saveFindings(id, all);
            ReviewProgress p = ReviewProgress.of(store.figures(id), all, store.checkMarks(id));
            store.updateReviewSummary(id, p.failedOpen(), p.state());
            rewritten++;
        }
        return new Result(entries.size(), found.size(), rewritten);
    }

    /** The findings of this check a report holds now, as rule, fields and message (what a rerun may change). */
    private static Map<Long, Set<String>> storedUnusual(Database db) throws StoreException {
        return db.read("read the unusual values from", c -> {
            Map<Long, Set<String>> out = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT report_id, rule, fields, message_en FROM check_findings "
                         + "WHERE rule LIKE '" + UnusualValues.PREFIX + "%'")) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(rs.getString(2) + "\u0000" + rs.getString(3) + "\u0000" + rs.getString(4));
                }
            }
            return out;
        });
    }

    private static Set<String> signatures(List<Finding> findings) {
        Set<String> out = new HashSet<>();
        for (Finding f : findings) {
            out.add(f.rule() + "\u0000" + f.fieldList() + "\u0000" + f.messageEn());
        }
        return out;
    }
}
