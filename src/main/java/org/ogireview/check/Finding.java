package org.ogireview.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of one rule on one report (or one pair of reports for the across-year rules).
 *
 * @param rule      the rule's stable id, e.g. {@code apps.table.balance@natural_person}
 * @param fields    the field keys involved
 * @param ran       false when a figure the rule needs is missing or blank: the rule could not run
 * @param failed    true when the rule ran and the report contradicts itself
 * @param messageZh the finding in Chinese, with the numbers
 * @param messageEn the finding in English, with the numbers
 */
public record Finding(String rule, Severity severity, List<String> fields, boolean ran, boolean failed,
                      String messageZh, String messageEn) {

    public Finding {
        fields = List.copyOf(fields);
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

    /** True when the rule ran and found the report contradicting itself. */
    public boolean isProblem() {
        return ran && failed;
    }

    /** Space-separated field keys: how the CLI prints them and how a check mark names its finding. */
    public String fieldList() {
        return String.join(" ", fields);
    }
}
