package org.ogireview.store;

import org.ogireview.model.UserText;

import java.util.Locale;

/**
 * A database problem, worded for the user: names the database file and what is wrong (open in another instance,
 * damaged, read-only). The view shows the message; nothing is lost. Problems made with a {@link UserText} (a key of
 * model/problems*.properties) also read in the desk's language; getMessage() is the English text.
 */
public class StoreException extends Exception implements UserText.Carrier, UserText.Worded {

    private final UserText text;

    public StoreException(String message) {
        super(message);
        this.text = null;
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.text = null;
    }

    public StoreException(UserText text) {
        this(text, null);
    }

    public StoreException(UserText text, Throwable cause) {
        super(text.en(), cause);
        this.text = text;
    }

    /** The message as bundle wording: its own, or the English message as it is when it has none. */
    @Override
    public UserText text() {
        return text == null ? UserText.plain(getMessage()) : text;
    }

    @Override
    public String message(Locale locale) {
        return text == null ? getMessage() : text.in(locale);
    }
}
