package org.ogireview.gui.common;

import javafx.concurrent.Task;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the window's long work runs: one pool of named daemon threads, shut down when the window closes, and on it
 * one serial <em>lane</em> per kind of work. Each lane runs its jobs one at a time in order (an import before the
 * export asked after it; the latest text search after the one before), while lanes run side by side, so drawing a
 * PDF page never waits for a ten-minute import. Daemon threads so a forgotten job never keeps the JVM alive; idle
 * threads go away after half a minute.
 */
public final class Background implements AutoCloseable {

    /** Imports and exports: one at a time, in the order asked. */
    public static final String TASKS = "tasks";
    /** The report list's text search and its loading of the failing checks. */
    public static final String LIST = "list";
    /** Drawing the pages of the open PDF. */
    public static final String PAGES = "pages";

    private static final int THREADS = 4;

    private final ThreadPoolExecutor pool;
    private final Executor tasks;

    public Background() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "ogi-desk-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        pool.allowCoreThreadTimeOut(true);
        tasks = lane(TASKS);
    }

    /** A serial lane on the shared pool: its jobs run one after another, never two at once. */
    public Executor lane(String name) {
        return new Lane(name);
    }

    /** The lane of imports and exports. */
    public Executor executor() {
        return tasks;
    }

    public <T> Task<T> run(Task<T> task) {
        tasks.execute(task);
        return task;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** Runs its jobs in order on the pool, one at a time; after the window closed, a new job is dropped. */
    private final class Lane implements Executor {

        private final String name;
        private final Queue<Runnable> waiting = new ArrayDeque<>();
        private boolean running;

        Lane(String name) {
            this.name = name;
        }

        @Override
        public void execute(Runnable job) {
            synchronized (this) {
                waiting.add(job);
                if (running) {
                    return;
                }
                running = true;
            }
            next();
        }

        private void next() {
            Runnable job;
            synchronized (this) {
                job = waiting.poll();
                if (job == null) {
                    running = false;
                    return;
                }
            }
            try {
                pool.execute(() -> {
                    Thread t = Thread.currentThread();
                    String poolName = t.getName();
                    t.setName("ogi-desk-" + name);
                    try {
                        job.run();
                    } finally {
                        t.setName(poolName);
                        next();
                    }
                });
            } catch (RejectedExecutionException closed) {
                synchronized (this) { // the window is gone: nothing more runs
                    waiting.clear();
                    running = false;
                }
            }
        }
    }
}
