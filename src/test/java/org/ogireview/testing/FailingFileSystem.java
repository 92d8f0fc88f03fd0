package org.ogireview.testing;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An H2 file system ({@code failing:} before a path) whose writes fail with the operating system's "No space left on
 * device" while {@link #full} is set: a full disk at the unit level, where no real small file system can be made.
 * Reads keep working, as they do on a full disk.
 */
public final class FailingFileSystem extends FilePathWrapper {

    public static final String PREFIX = "failing:";

    /** While true, every write and every flush to the disk fails. */
    public static final AtomicBoolean full = new AtomicBoolean();

    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    /** Makes {@code failing:} known to H2 (once per JVM). */
    public static void register() {
        if (REGISTERED.compareAndSet(false, true)) {
            FilePath.register(new FailingFileSystem());
        }
    }

    @Override
    public String getScheme() {
        return "failing";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FailingChannel(getBase().open(mode));
    }

    private static final class FailingChannel extends FileBase {
        private final FileChannel base;

        FailingChannel(FileChannel base) {
            this.base = base;
        }

        private static void check() throws IOException {
            if (full.get()) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            check();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            check();
            return base.write(src, position);
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            check();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            check();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
