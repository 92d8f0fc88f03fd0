package org.ogireview.gui.reportlist;

import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * What the list's "failing check" filter knows: for every rule failing somewhere (and not marked "as published"),
 * the reports it fails on. Loaded whole in the background on a refresh (a second or more on a large collection),
 * kept current report by report as the checks run again, and never overwritten by a load that started before a
 * report changed.
 */
final class FailingChecks {

    private final ReportStore store;
    private final Executor storeThread;
    private final Executor fxThread;
    /** Rule → reports failing it (open failures). */
    private final Map<String, Set<Long>> failures = new HashMap<>();
    /** Counts loads, so that an answer that arrives after a newer load is dropped. */
    private long run;
    /** Reports whose checks ran again while a load was under way: read again once it is in. */
    private final Set<Long> changedWhileLoading = new HashSet<>();
    private boolean loading;

    FailingChecks(ReportStore store, Executor storeThread, Executor fxThread) {
        this.store = store;
        this.storeThread = storeThread;
        this.fxThread = fxThread;
    }

    /** Reads them all in the background; {@code whenLoaded} runs on the FX thread once they are in. */
    void load(Runnable whenLoaded) {
        long mine = ++run;
        loading = true;
        changedWhileLoading.clear();
        storeThread.execute(() -> {
            Map<String, Set<Long>> read;
            try {
                read = store.openFailures();
            } catch (StoreException | RuntimeException e) {
                // the filter then offers what it had; the list itself is complete
                fxThread.execute(() -> loading = loading && mine != run);
                return;
            }
            fxThread.execute(() -> {
                if (mine != run) {
                    return;
                }
                loading = false;
                failures.clear();
                read.forEach((rule, ids) -> failures.put(rule, new HashSet<>(ids)));
                for (long id : List.copyOf(changedWhileLoading)) {
                    reread(id);
                }
                changedWhileLoading.clear();
                whenLoaded.run();
            });
        });
    }

    /** The checks ran again on a report: its failing rules are read again (one indexed query, fine here). */
    void changed(long reportId) {
        if (loading) {
            changedWhileLoading.add(reportId);
        }
        reread(reportId);
    }

    private void reread(long id) {
        Set<String> now;
        try {
            now = store.openFailures(id);
        } catch (StoreException e) {
            return;
        }
        failures.values().forEach(ids -> ids.remove(id));
        now.forEach(rule -> failures.computeIfAbsent(rule, k -> new HashSet<>()).add(id));
        failures.values().removeIf(Set::isEmpty);
    }

    /** The reports failing a rule, or any rule for {@link ReportListViewModel#ANY_FAILING}; null for no rule. */
    Set<Long> ids(String rule) {
        if (rule == null) {
            return null;
        }
        if (rule.equals(ReportListViewModel.ANY_FAILING)) {
            Set<Long> any = new HashSet<>();
            failures.values().forEach(any::addAll);
            return any;
        }
        return failures.getOrDefault(rule, Set.of());
    }

    /** Every failing rule with its number of reports, the most common first. */
    List<Map.Entry<String, Integer>> counts() {
        return failures.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().size()))
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }
}
