package org.ogireview.gui.collection;

import org.ogireview.model.UserText;
import org.ogireview.store.StoreException;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs store reads off the FX thread and hands the result back on it; only the latest request's result is
 * delivered (a quick second filter change makes the first answer stale). Both executors are given, so a test runs
 * the view models without a toolkit.
 */
public final class Loader {

    public interface Work<T> {
        T run() throws StoreException;
    }

    private final Executor background;
    private final Executor fxThread;
    private final AtomicLong latest = new AtomicLong();
    private final Locale locale;

    public Loader(Executor background, Executor fxThread) {
        this(background, fxThread, Locale.ROOT);
    }

    /** With the window's language, in which {@link #describe} words a failed read. */
    public Loader(Executor background, Executor fxThread, Locale locale) {
        this.background = background;
        this.fxThread = fxThread;
        this.locale = locale;
    }

    /** A failed read's message in the window's language (our own problems from the bundles). */
    public String describe(Exception e) {
        return UserText.of(e, locale);
    }

    /** Runs the work in the background; then, if no later request came, done or failed on the FX thread. */
    public <T> void load(Work<T> work, Consumer<T> done, Consumer<Exception> failed) {
        long ticket = latest.incrementAndGet();
        background.execute(() -> {
            T value;
            try {
                value = work.run();
            } catch (StoreException | RuntimeException e) {
                fxThread.execute(() -> {
                    if (latest.get() == ticket) {
                        failed.accept(e);
                    }
                });
                return;
            }
            fxThread.execute(() -> {
                if (latest.get() == ticket) {
                    done.accept(value);
                }
            });
        });
    }
}
