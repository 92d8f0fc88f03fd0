package org.ogireview.gui.team;

import javafx.application.Platform;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows the other coders' work on a team database without a restart: every few seconds, on a background thread,
 * reads the database's change mark (the audit log's size and newest entry; see docs/decisions/0250) and, when it
 * moved, runs {@code onChange} on the FX thread (the desk reloads the report list). Reading the mark is one small
 * query; on an H2 file there is nothing to watch (only this process writes) and the desk does not start one.
 */
public final class TeamWatch implements AutoCloseable {

    /** Reads the current mark; empty when it cannot be read now (the server is away: try again next time). */
    @FunctionalInterface
    public interface MarkSource {
        Optional<Object> read();
    }

    public static final long PERIOD_MS = 3000;

    private final ScheduledExecutorService timer;
    private volatile Object last;

    private TeamWatch(MarkSource source, Runnable onChange, long periodMs) {
        this.last = source.read().orElse(null);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ogi-team-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            Optional<Object> now = source.read();
            if (now.isPresent() && !Objects.equals(now.get(), last)) {
                last = now.get();
                Platform.runLater(onChange);
            }
        }, periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    public static TeamWatch start(MarkSource source, Runnable onChange) {
        return new TeamWatch(source, onChange, PERIOD_MS);
    }

    /** For tests: a shorter period. */
    static TeamWatch start(MarkSource source, Runnable onChange, long periodMs) {
        return new TeamWatch(source, onChange, periodMs);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
