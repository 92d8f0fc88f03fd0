package org.ogireview.check;

import org.ogireview.model.Finding;
import org.ogireview.model.Severity;

import java.util.ArrayList;
import java.util.List;

/** How the rules word their {@link Finding}s: passed, failed, or could not run with the gaps named. */
final class FindingWords {

    private FindingWords() {
    }

    static Finding passed(String rule, Severity severity, List<String> fields, String zh, String en) {
        return new Finding(rule, severity, fields, true, false, zh, en);
    }

    static Finding failed(String rule, Severity severity, List<String> fields, String zh, String en) {
        return new Finding(rule, severity, fields, true, true, zh, en);
    }

    /** The rule could not run: the gaps named, never counted as 0. */
    static Finding couldNotRun(String rule, Severity severity, List<String> fields, List<Reading> gaps) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Reading.Gap gap : Reading.Gap.values()) {
            List<String> keys = gaps.stream().filter(r -> r.gap() == gap && gap != Reading.Gap.NONE)
                    .map(Reading::key).toList();
            if (!keys.isEmpty()) {
                zh.add(CheckText.zh("gap.item", CheckText.zh(gap.key()), CheckText.zhList(keys)));
                en.add(CheckText.en("gap.item", CheckText.en(gap.key()), CheckText.enList(keys)));
            }
        }
        return new Finding(rule, severity, fields, false, false, CheckText.zh("couldNotRun", CheckText.zhClauses(zh)),
                CheckText.en("couldNotRun", CheckText.enClauses(en)));
    }

    /** The rule could not run for a reason that is not a figure gap. */
    static Finding couldNotRun(String rule, Severity severity, List<String> fields, String zh, String en) {
        return new Finding(rule, severity, fields, false, false, CheckText.zh("couldNotRun", zh),
                CheckText.en("couldNotRun", en));
    }

}
