package org.ogireview.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Flyway's log, quieted: its progress chatter ("Migrating schema ...") is not for the user, so only warnings and
 * errors reach java.util.logging. Without this Flyway picks whatever logging library happens to be on the class
 * path (a no-op SLF4J prints its own warnings to stderr). Flyway instantiates it by name (Database#migrate).
 */
public final class FlywayLog implements LogCreator {

    private static final Logger LOG = Logger.getLogger("org.flywaydb");

    @Override
    public Log createLogger(Class<?> clazz) {
        return new Log() {
            @Override
            public void debug(String message) {
                // dropped on purpose
            }

            @Override
            public void info(String message) {
                // dropped on purpose
            }

            @Override
            public void notice(String message) {
                // dropped on purpose
            }

            @Override
            public void warn(String message) {
                LOG.warning(message);
            }

            @Override
            public void error(String message) {
                LOG.severe(message);
            }

            @Override
            public void error(String message, Exception e) {
                LOG.log(Level.SEVERE, message, e);
            }
        };
    }
}
