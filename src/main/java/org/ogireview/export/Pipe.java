package org.ogireview.export;

import org.ogireview.store.RowSink;
import org.ogireview.store.StoreException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads from the database on one thread while the calling thread formats and writes CSV, so an export of a large
 * collection uses two cores: decoding rows and writing text take about the same time. The reading thread is never
 * interrupted (H2 must not see an interrupt during file I/O); it stops at the next row when told to.
 */
final class Pipe<T> {

    /** Streams items into a sink (a store's forEach method). */
    @FunctionalInterface
    interface Source<T> {
        void stream(RowSink<T> sink) throws StoreException, IOException;
    }

    private static final Object END = new Object();
    /** Chunks in flight, and items per chunk: one hand-over per chunk keeps the two threads from waking each other
     * for every report, which on a busy machine costs a scheduler slice each time. */
    private static final int CAPACITY = 8;
    private static final int CHUNK = 64;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicBoolean stop = new AtomicBoolean();
    private volatile Throwable failure;

    /** Runs the source on a reading thread and hands each item to the consumer on this thread, in order. */
    static <T> void run(Source<T> source, RowSink<T> consumer) throws StoreException, IOException {
        new Pipe<T>().go(source, consumer);
    }

    @SuppressWarnings("unchecked")
    private void go(Source<T> source, RowSink<T> consumer) throws StoreException, IOException {
        Thread reader = new Thread(() -> {
            List<T> chunk = new ArrayList<>(CHUNK);
            try {
                source.stream(item -> {
                    if (stop.get()) {
                        throw new CancellationException("export stopped");
                    }
                    chunk.add(item);
                    if (chunk.size() == CHUNK) {
                        put(new ArrayList<>(chunk));
                        chunk.clear();
                    }
                });
                if (!chunk.isEmpty()) {
                    put(new ArrayList<>(chunk));
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                put(END);
            }
        }, "ogi-export-reader");
        reader.setDaemon(true);
        reader.start();
        boolean finished = false;
        try {
            while (true) {
                Object chunk = take();
                if (chunk == END) {
                    finished = true;
                    break;
                }
                for (T item : (List<T>) chunk) {
                    consumer.accept(item);
                }
            }
        } finally {
            if (!finished) {
                stop.set(true);
                drainUntilEnd();
            }
            joinQuietly(reader);
        }
        Throwable t = failure;
        if (t instanceof CancellationException && !finished) {
            return; // our own stop; the consumer's exception is already on its way
        }
        if (t != null) {
            rethrow(t);
        }
    }

    /** Throws a problem from another thread as itself when the caller may throw it, else wrapped. */
    static void rethrow(Throwable t) throws StoreException, IOException {
        if (t instanceof StoreException e) {
            throw e;
        }
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("export interrupted");
        }
    }

    /** Blocks until there is room; the reader is never interrupted, and the consumer drains on a stop. */
    private void put(Object item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void drainUntilEnd() {
        boolean interrupted = Thread.interrupted();
        try {
            while (true) {
                try {
                    if (queue.take() == END) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
