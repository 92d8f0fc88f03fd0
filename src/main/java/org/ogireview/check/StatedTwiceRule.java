package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;


import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * stated_twice: a figure the report states more than once, with different values (the prose says 27 applications,
 * the statistics table 28). The extractor keeps one statement per key and passes the others in
 * {@link ReportFacts#alternatives()}. A warning: one of the statements may speak of a part the extractor mistook
 * for the whole.
 */
final class StatedTwiceRule extends ScopedRule {

    static final String ID = "stated_twice";

    private final Labels labels;

    StatedTwiceRule(Labels labels) {
        super(ID, Formats.ALL);
        this.labels = labels;
    }

    @Override
    public List<Finding> check(ReportFacts report) {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : report.alternatives().entrySet()) {
            if (!e.getValue().isEmpty()) {
                out.add(checkOne(report, e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    private Finding checkOne(ReportFacts report, String key, List<String> others) {
        List<String> fields = List.of(key);
        Reading kept = Reading.of(report, key);
        List<String> values = new ArrayList<>();
        if (kept.present()) {
            values.add(kept.shown());
        }
        values.addAll(others.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        Set<String> distinct = new LinkedHashSet<>();
        for (String v : values) {
            BigDecimal n = Reading.parse(v);
            distinct.add(n == null ? v : Num.show(n));
        }
        String list = String.join(", ", values);
        if (distinct.size() <= 1) {
            return FindingWords.passed(ID, Severity.WARNING, fields,
                    CheckText.zh("statedTwice.same", labels.zh(key), list),
                    CheckText.en("statedTwice.same", labels.en(key), String.join("", distinct)));
        }
        if (kept.approx()) {
            return FindingWords.passed(ID, Severity.WARNING, fields,
                    CheckText.zh("statedTwice.approximate", labels.zh(key), list),
                    CheckText.en("statedTwice.approximate", labels.en(key), list));
        }
        List<String> shown = new ArrayList<>(distinct);
        return FindingWords.failed(ID, Severity.WARNING, fields,
                CheckText.zh("statedTwice.differ", labels.zh(key), CheckText.zhList(shown),
                        kept.present() ? CheckText.zh("statedTwice.kept", kept.shown()) : ""),
                CheckText.en("statedTwice.differ", labels.en(key), CheckText.enList(shown),
                        kept.present() ? CheckText.en("statedTwice.kept", kept.shown()) : ""));
    }
}
