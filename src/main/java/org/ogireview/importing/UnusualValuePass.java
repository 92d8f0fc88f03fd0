package org.ogireview.importing;

import org.ogireview.check.ReviewProgress;
import org.ogireview.check.UnusualValues;
import org.ogireview.model.Figure;
import org.ogireview.model.Finding;
import org.ogireview.store.CollectionFindings;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportValues;
import org.ogireview.store.StoreException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the collection-level check ({@link UnusualValues}) over every dataset report and stores its findings with
 * each report's others (rules {@code unusual.*} in check_findings), so the report list's counts, the checks panel,
 * the findings window and the audit memo treat them like any finding, and a coder's "as published" mark dismisses
 * one with a note. Only reports whose unusual values changed are written; their open-check count and review state
 * follow. Run after an import that stored new reports (by {@link CollectionImporter}, once their bodies are linked)
 * and on demand from the findings window.
 */
public final class UnusualValuePass {

    private static final Logger LOG = Logger.getLogger(UnusualValuePass.class.getName());

    /**
     * @param reports  dataset reports compared
     * @param flagged  reports with an unusual value after the pass
     * @param rewritten reports whose unusual findings changed (and were written)
     */
    public record Result(int reports, int flagged, int rewritten) {
    }

    private UnusualValuePass() {
    }

    /** After an import: a problem here never undoes the import (it is logged; the next pass or import retries). */
    static void afterImport(ReportStore store) {
        try {
            run(store);
        } catch (StoreException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not look for unusual values: " + e.getMessage(), e);
        }
    }

    /** Runs the pass; nothing on a store open read-only. */
    public static Result run(ReportStore store) throws StoreException {
        if (store.readOnlyReason().isPresent()) {
            return new Result(0, 0, 0);
        }
        DatasetKeys keys = DatasetLinks.keys(store);
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
            throw new StoreException("Could not read the figures of " + store.path() + ": " + e.getMessage(), e);
        }
        Map<Long, List<Finding>> found = new UnusualValues().check(entries);
        Map<Long, Set<String>> stored = CollectionFindings.signatures(store, UnusualValues.PREFIX);
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

    private static Set<String> signatures(List<Finding> findings) {
        Set<String> out = new HashSet<>();
        for (Finding f : findings) {
            out.add(CollectionFindings.signature(f.rule(), f.fieldList(), f.messageEn()));
        }
        return out;
    }
}
