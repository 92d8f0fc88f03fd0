package org.ogireview.check;

import org.ogireview.model.Finding;

import java.util.List;

/** Picking findings out of a checker's answer in tests. */
final class Findings {

    private Findings() {
    }

    static Finding one(List<Finding> findings, String rule) {
        List<Finding> hits = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one finding of " + rule + ", got " + hits + " among "
                    + findings.stream().map(Finding::rule).distinct().toList());
        }
        return hits.get(0);
    }

    static Finding one(List<Finding> findings, String rule, String field) {
        List<Finding> hits = findings.stream().filter(f -> f.rule().equals(rule) && f.fields().contains(field))
                .toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one finding of " + rule + " on " + field + ", got " + hits);
        }
        return hits.get(0);
    }

    static List<Finding> failed(List<Finding> findings) {
        return findings.stream().filter(Finding::failed).toList();
    }
}
