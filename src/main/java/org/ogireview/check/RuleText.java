package org.ogireview.check;

import java.util.Locale;
import java.util.MissingResourceException;

/**
 * A rule in words, for a reader who has not seen docs/checks.md (the audit memo says what each finding's rule
 * demands). The words are in the check bundles under {@code ruleText.<id>}; a rule's instance suffix
 * ({@code @natural_person}, {@code @applications.received}) is dropped, since the finding's own message names it.
 */
public final class RuleText {

    private RuleText() {
    }

    /** The rule in Chinese ({@code zh}) or English (any other language). */
    public static String of(String rule, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        String base = rule.contains("@") ? rule.substring(0, rule.indexOf('@')) : rule;
        try {
            return zh ? CheckText.zh("ruleText." + base) : CheckText.en("ruleText." + base);
        } catch (MissingResourceException e) {
            return zh ? CheckText.zh("ruleText.unknown", rule) : CheckText.en("ruleText.unknown", rule);
        }
    }
}
