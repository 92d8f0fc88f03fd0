package org.ogireview.store;

import org.ogireview.model.CheckMark;
import org.ogireview.model.Finding;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The latest findings of the checks on each report, and the coders' check marks ("as published" with a note). */
public interface Checks {

    /**
     * Replaces the report's stored findings with the latest run of the checks (failed, passed and not run, in the
     * checker's order) and recounts its open checks: failed findings not marked "as published".
     */
    void saveFindings(long reportId, List<Finding> findings) throws StoreException;

    /** The latest findings of the checks on a report, in the order they were saved. */
    List<Finding> findings(long reportId) throws StoreException;

    List<CheckMark> checkMarks(long reportId) throws StoreException;

    /** Saves a mark and appends it to the audit log. */
    void saveCheckMark(CheckMark mark) throws StoreException;

    /**
     * For every rule failing on some report in the latest run of the checks and not marked "as published" there:
     * the ids of those reports (what the list's "failing check" filter offers).
     */
    Map<String, Set<Long>> openFailures() throws StoreException;

    /** The rules failing on one report and not marked "as published". */
    Set<String> openFailures(long reportId) throws StoreException;
}
