package org.ogireview.gui.common;

import javafx.concurrent.Task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where long work runs: one executor of named daemon threads, shut down when the window closes. Daemon threads so
 * a forgotten task never keeps the JVM alive after the window is gone.
 */
public final class Background implements AutoCloseable {

    private final ExecutorService executor;

    public Background() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "ogi-desk-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        executor = Executors.newSingleThreadExecutor(threads);
    }

    public Executor executor() {
        return executor;
    }

    public <T> Task<T> run(Task<T> task) {
        executor.execute(task);
        return task;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
