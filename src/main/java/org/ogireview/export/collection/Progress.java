package org.ogireview.export.collection;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How far the review of some reports has come: figures reviewed of all, and how many reports are in each state.
 */
public record Progress(int reports, int figures, int reviewed, Map<CoverageState, Integer> states) {

    public Progress {
        EnumMap<CoverageState, Integer> copy = new EnumMap<>(CoverageState.class);
        for (CoverageState s : CoverageState.values()) {
            copy.put(s, states.getOrDefault(s, 0));
        }
        states = java.util.Collections.unmodifiableMap(copy);
    }

    public static Progress of(Collection<CollectionReport> reports) {
        int figures = 0;
        int reviewed = 0;
        Map<CoverageState, Integer> states = new EnumMap<>(CoverageState.class);
        for (CollectionReport r : reports) {
            figures += r.figures();
            reviewed += r.reviewed();
            states.merge(r.coverageState(), 1, Integer::sum);
        }
        return new Progress(reports.size(), figures, reviewed, states);
    }

    public int count(CoverageState state) {
        return states.get(state);
    }

    public int verified() {
        return count(CoverageState.VERIFIED);
    }

    /** Share of figures reviewed, 0..1 (0 when there are none). */
    public double reviewedShare() {
        return figures == 0 ? 0 : reviewed / (double) figures;
    }

    /** Share of reports verified, 0..1 (0 when there are none). */
    public double verifiedShare() {
        return reports == 0 ? 0 : verified() / (double) reports;
    }
}
