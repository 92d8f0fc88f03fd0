package org.ogireview.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message for the user kept as a bundle key and its arguments, so that the command line prints it in English and
 * the window in the desk's language. Plain Java (no JavaFX): the words of import and store problems live in
 * {@code org/ogireview/model/problems*.properties}, English the base bundle; arguments are passed as text.
 *
 * @param key  the key in problems*.properties
 * @param args the arguments, already shown as text (file names, numbers), or UserTexts of their own (worded in the
 *             same language)
 */
public record UserText(String key, Object... args) {

    private static final String BUNDLE = "org.ogireview.model.problems";

    /** The text in English, the command line's language: the exceptions' getMessage(). */
    public String en() {
        return in(Locale.ROOT);
    }

    /** The text in the given language (Chinese for any zh locale, else English). */
    public String in(Locale locale) {
        Locale l = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // a part worded by the bundles itself (the problem inside "Not saved: …") reads in the same language
            text[i] = args[i] instanceof UserText part ? part.in(locale) : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, l).format(text);
    }

    /** Text that has no bundle wording (a message from the system or a library), shown as it is in every language. */
    public static UserText plain(String text) {
        return new UserText("text.plain", text == null ? "" : text);
    }

    /**
     * Words that are not ours (a library's or the system's message inside a note): kept as they are, since no bundle
     * can translate them, and marked as a quotation so a Chinese window shows plainly that they are not its own text.
     */
    public static UserText foreign(String text) {
        return new UserText("text.foreign", text == null || text.isBlank() ? "?" : text.strip());
    }

    /**
     * What went wrong, for a note: the bundle wording of our own problems (an exception carrying a UserText in its
     * cause chain), else the exception's message (or its type, when it has none) as {@link #foreign} text.
     */
    public static UserText of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Worded w && w.text() != null) {
                return w.text();
            }
        }
        if (error == null) {
            return foreign(null);
        }
        String m = error.getMessage();
        return foreign(m == null || m.isBlank() ? error.getClass().getSimpleName() : m);
    }

    /** An exception that holds its message as a UserText (without the file name it may name in getMessage()). */
    public interface Worded {
        /** The problem as bundle wording; null when it was worded in English only. */
        UserText text();
    }

    /** Several texts as one, separated by semicolons ("；" in Chinese); null when there are none. */
    public static UserText joined(java.util.List<UserText> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        UserText out = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            out = new UserText("text.joined", out, parts.get(i));
        }
        return out;
    }

    /** An exception whose message is a {@link UserText}: the window shows it in its own language. */
    public interface Carrier {
        /** The message in the given language; getMessage() stays the English one. */
        String message(Locale locale);
    }

    /** The user-facing message of an error in the given language: the first carrier in its cause chain, else its message. */
    public static String of(Throwable error, Locale locale) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Carrier c) {
                return c.message(locale);
            }
        }
        return error == null ? "" : error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
