package org.ogireview.check;

import org.ogireview.model.Severity;

import org.ogireview.model.Finding;

import org.ogireview.model.FieldDef;
import org.ogireview.model.ReportFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sanity rule that looks at figures one by one: a failed finding per offending figure (its key as the finding's
 * field, so a coder's mark stays on that figure), or one passed finding for the lot. Gaps are skipped: a blank is
 * not a wrong number.
 */
abstract class PerFigureRule implements Rule {

    private final String id;
    private final Severity severity;
    protected final Labels labels;

    PerFigureRule(String id, Severity severity, Labels labels) {
        this.id = id;
        this.severity = severity;
        this.labels = labels;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean appliesTo(ReportFormat format) {
        return true;
    }

    /** True when the rule looks at figures of this field. */
    abstract boolean covers(FieldDef def);

    /** A finding message pair when the figure breaks the rule, empty when it is fine. */
    abstract Optional<String[]> problem(Reading r, FieldDef def);

    /** The passed message for n figures checked: {zh, en}. */
    abstract String[] allFine(int n);

    @Override
    public List<Finding> check(ReportFacts report) {
        List<Finding> out = new ArrayList<>();
        int checked = 0;
        for (String key : report.figures().keySet().stream().sorted().toList()) {
            Optional<FieldDef> def = labels.find(key);
            if (def.isEmpty() || !covers(def.get())) {
                continue;
            }
            Reading r = Reading.of(report, key);
            if (!r.present() && r.gap() != Reading.Gap.NOT_A_NUMBER) {
                continue;
            }
            checked++;
            problem(r, def.get()).ifPresent(m -> out.add(FindingWords.failed(id, severity, List.of(key), m[0], m[1])));
        }
        if (out.isEmpty() && checked > 0) {
            String[] m = allFine(checked);
            out.add(FindingWords.passed(id, severity, List.of(), m[0], m[1]));
        }
        return out;
    }

    /** Signed fields (比上年增减, 本年增/减) and their percentages may be negative. */
    static boolean signed(FieldDef def) {
        String base = def.baseKey();
        return base.endsWith("_change") || base.endsWith(".change")
                || def.notes().strip().toLowerCase(java.util.Locale.ROOT).startsWith("signed");
    }

    static boolean numeric(FieldDef def) {
        return def.type().numeric();
    }
}
