package org.ogireview.check;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of check findings, from {@code org/ogireview/check/messages*.properties} (plain Java: the check package
 * knows no JavaFX). A finding keeps its message in both languages, so the store and the CSV have both and the desk
 * shows the one it speaks; the words come from the bundles, the numbers and field keys from the rule. Arguments are
 * passed as text (numbers already shown by {@link Num}), so MessageFormat adds no grouping of its own.
 */
final class CheckText {

    private static final ResourceBundle ZH = bundle(Locale.SIMPLIFIED_CHINESE);
    private static final ResourceBundle EN = bundle(Locale.ENGLISH);

    private CheckText() {
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.ogireview.check.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static String zh(String key, Object... args) {
        return format(ZH, key, args);
    }

    static String en(String key, Object... args) {
        return format(EN, key, args);
    }

    /** True when both bundles have words for the key. */
    static boolean has(String key) {
        return ZH.containsKey(key) && EN.containsKey(key);
    }

    /** Items joined the way each language lists them: "、" in Chinese, ", " in English. */
    static String zhList(List<String> items) {
        return String.join(ZH.getString("list.separator"), items);
    }

    static String enList(List<String> items) {
        return String.join(EN.getString("list.separator"), items);
    }

    /** Clauses joined: "；" and "; ". */
    static String zhClauses(List<String> items) {
        return String.join(ZH.getString("clause.separator"), items);
    }

    static String enClauses(List<String> items) {
        return String.join(EN.getString("clause.separator"), items);
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]); // a year stays 2023, never "2,023"
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(text);
    }
}
