package org.ogireview.model;

import java.util.List;

/**
 * The result of one rule on one report (or one pair of reports for the across-year rules). The rules build them
 * through {@code org.ogireview.check.FindingWords}; the store keeps them, so they live in the model.
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

    /** True when the rule ran and found the report contradicting itself. */
    public boolean isProblem() {
        return ran && failed;
    }

    /** Space-separated field keys: how the CLI prints them and how a check mark names its finding. */
    public String fieldList() {
        return String.join(" ", fields);
    }
}
