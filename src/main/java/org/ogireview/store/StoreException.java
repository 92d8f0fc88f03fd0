package org.ogireview.store;

/**
 * A database problem, worded for the user: names the database file and what is wrong (open in another instance,
 * damaged, read-only). The view shows the message; nothing is lost.
 */
public class StoreException extends Exception {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
