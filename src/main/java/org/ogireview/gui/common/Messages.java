package org.ogireview.gui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string the window shows, from {@code org/ogireview/gui/messages*.properties}. One instance per window:
 * switching the language builds a new window with a new instance.
 */
public final class Messages {

    public static final String BUNDLE = "org.ogireview.gui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle for a locale; Chinese for any zh locale, English otherwise (the base bundle is English). */
    public static Messages forLocale(Locale locale) {
        Locale chosen = isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        // The control ignores the JVM default locale, so an English desk on a Chinese system stays English.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, chosen);
    }

    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return isChinese(locale);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug the MessagesTest catches; showing the key beats crashing the window.
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        MessageFormat f = new MessageFormat(get(key), locale);
        return f.format(args);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
