package org.ogireview.store;

import org.ogireview.model.UserText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Rolling backups of a database: H2's online {@code BACKUP TO} (a consistent copy taken while the database is open)
 * as a zip in a folder beside the database ({@code ogi-review-backups/} in the data folder). A backup is taken when
 * a healthy database is opened and the newest backup is more than a day old; the newest {@link #KEEP} are kept.
 * {@link #restore} puts a backup in place of the database after checking it, and keeps the file it replaces.
 */
public final class Backups {

    /** Backups kept; older ones are deleted when a new one is made. */
    public static final int KEEP = 5;
    /** How old the newest backup may be before opening the database makes another. */
    public static final Duration INTERVAL = Duration.ofDays(1);

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final System.Logger LOG = System.getLogger(Backups.class.getName());

    private Backups() {
    }

    /** The folder holding the backups of a database file. */
    public static Path folderFor(Path databaseFile) {
        return databaseFile.toAbsolutePath().getParent().resolve(baseName(databaseFile) + "-backups");
    }

    /** The backups of a database, newest first. */
    public static List<Path> list(Path databaseFile) throws IOException {
        Path folder = folderFor(databaseFile);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String prefix = baseName(databaseFile) + "-";
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        }
    }

    /** Backs the database up now; returns the zip. Older backups beyond {@link #KEEP} are deleted. */
    public static Path backup(Database db) throws StoreException {
        return keep(snapshot(db));
    }

    /**
     * A copy taken by H2's {@code BACKUP TO} that is not yet one of the backups: a hidden {@code .part} file in the
     * backups folder, made a backup by {@link #keep} (after it was checked, for the daily one) or deleted by
     * {@link #discard}. A run killed in between leaves the part file, which {@link #removeLeftovers} deletes.
     */
    record Snapshot(Path databaseFile, Path part, LocalDateTime taken) {
    }

    /** Only one {@code BACKUP TO} at a time: H2 lets space be reused again when either of two ends. */
    private static final Object SNAPSHOTS = new Object();

    /** Takes a consistent copy of the open database into a part file beside the backups. */
    static Snapshot snapshot(Database db) throws StoreException {
        if (db.isReadOnly()) {
            throw new StoreException(new UserText("backup.notMade", db.readOnlyText()));
        }
        Path folder = folderFor(db.file());
        LocalDateTime now = LocalDateTime.now();
        Path part = folder.resolve("." + baseName(db.file()) + "-" + now.format(STAMP) + "-"
                + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + PART);
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new StoreException(new UserText("backup.folderNotWritable", folder, e.getMessage()), e);
        }
        String partPath = part.toString();
        try {
            synchronized (SNAPSHOTS) {
                db.read("back up", c -> {
                    db.dialect().backup(c, partPath);
                    return null;
                });
            }
            return new Snapshot(db.file(), part, now);
        } catch (StoreException e) {
            deleteQuietly(part);
            throw new StoreException(new UserText("backup.notMadeIn", folder, e.text()), e);
        }
    }

    /** Makes a snapshot one of the backups (the newest), then deletes the oldest beyond {@link #KEEP}. */
    static Path keep(Snapshot snapshot) throws StoreException {
        Path folder = snapshot.part().getParent();
        String name = baseName(snapshot.databaseFile()) + "-" + snapshot.taken().format(STAMP);
        Path target = folder.resolve(name + ".zip");
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(name + "-" + i + ".zip");
        }
        try {
            move(snapshot.part(), target);
        } catch (IOException e) {
            deleteQuietly(snapshot.part());
            throw new StoreException(new UserText("backup.notMadeIn", folder, UserText.plain(e.getMessage())), e);
        }
        prune(snapshot.databaseFile());
        return target;
    }

    /** Deletes a snapshot that is not to become a backup (it failed its check, or none was due). */
    static void discard(Snapshot snapshot) {
        deleteQuietly(snapshot.part());
    }

    /** What a part file's name ends with; see {@link Snapshot}. */
    static final String PART = ".zip.part";
    /** What the unpacked copy a daily check reads through ends with ({@link DailyCheck}). */
    static final String CHECKING = ".checking" + Database.SUFFIX;

    /**
     * Deletes what a killed backup or check left in the backups folder (hidden part files and unpacked copies).
     * Only while this process has the database open: no one else can be making a backup of it then.
     */
    static void removeLeftovers(Path databaseFile) {
        Path folder = folderFor(databaseFile);
        if (!Files.isDirectory(folder)) {
            return;
        }
        String prefix = "." + baseName(databaseFile) + "-";
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && (n.endsWith(PART) || n.endsWith(CHECKING));
            }).forEach(Backups::deleteQuietly);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "leftovers in " + folder + " could not be listed: " + e.getMessage());
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not delete " + p + ": " + e.getMessage());
        }
    }

    /** Whether opening the database should make a backup (the newest is older than {@link #INTERVAL}, or none). */
    static boolean isDue(Path databaseFile) {
        if (Boolean.getBoolean("ogi.backups.off")) {
            return false;
        }
        try {
            List<Path> existing = list(databaseFile);
            return existing.isEmpty() || !Files.getLastModifiedTime(existing.get(0)).toInstant()
                    .isAfter(java.time.Instant.now().minus(INTERVAL));
        } catch (IOException e) {
            return true;
        }
    }

    /** A backup when the newest is older than {@link #INTERVAL} and the database holds reports; never fails the open. */
    static Optional<Path> rollIfDue(Database db) {
        try {
            if (db.isReadOnly() || !isDue(db.file())) {
                return Optional.empty();
            }
            boolean empty = db.read("count the reports in", c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM reports")) {
                    rs.next();
                    return rs.getLong(1) == 0;
                }
            });
            return empty ? Optional.empty() : Optional.of(backup(db));
        } catch (StoreException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the daily backup of " + db.file() + " was not made: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Puts a backup in place of the database, which must not be open. The backup is unpacked beside the database and
     * checked ({@link DatabaseVerifier}) first; the file it replaces is kept as {@code NAME.mv.db.before-restore-STAMP}
     * (never deleted: it may hold changes made since the backup). Returns that kept file, or null when there was none.
     */
    public static Path restore(Path databaseFile, Path backupZip) throws StoreException {
        Path file = databaseFile.toAbsolutePath().normalize();
        if (Database.isOpenHere(file)) {
            throw new StoreException(new UserText("restore.openHere", file));
        }
        requireNotLocked(file);
        Path folder = file.getParent();
        Path unpacked = folder.resolve(baseName(file) + "-restoring" + Database.SUFFIX);
        try {
            Files.deleteIfExists(unpacked);
            unpack(backupZip, unpacked);
        } catch (IOException e) {
            throw new StoreException(new UserText("restore.cannotUnpack", backupZip, e.getMessage()), e);
        }
        try {
            try (Database candidate = Database.open(unpacked)) {
                DatabaseVerifier.Result r = DatabaseVerifier.verify(candidate);
                if (!r.healthy()) {
                    throw new StoreException(new UserText("restore.backupUnhealthy", backupZip,
                            String.join("; ", r.problems())));
                }
            }
            Path kept = null;
            if (Files.exists(file)) {
                kept = folder.resolve(file.getFileName() + ".before-restore-" + LocalDateTime.now().format(STAMP));
                move(file, kept);
            }
            move(unpacked, file);
            return kept;
        } catch (IOException e) {
            throw new StoreException(new UserText("restore.notReplaced", file, e.getMessage()), e);
        } finally {
            try {
                Files.deleteIfExists(unpacked);
            } catch (IOException ignored) {
                // a leftover unpacked copy is harmless
            }
        }
    }

    /** Another process holding the database (H2 locks the file) must not have it replaced under it. */
    private static void requireNotLocked(Path file) throws StoreException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = ch.tryLock();
            if (lock == null) {
                throw new StoreException(new UserText("restore.openElsewhere", file));
            }
            lock.release();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new StoreException(new UserText("restore.openInProcess", file), e);
        } catch (IOException e) {
            throw new StoreException(new UserText("restore.cannotOpen", file, e.getMessage()), e);
        }
    }

    /** The file that asks for a restore when the database is next opened (the window cannot replace it while open). */
    static Path pendingMarker(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + ".restore-pending");
    }

    /** Asks for {@code backupZip} to be restored in place of the database the next time it is opened. */
    public static void requestRestore(Path databaseFile, Path backupZip) throws StoreException {
        try {
            Files.writeString(pendingMarker(databaseFile.toAbsolutePath().normalize()),
                    backupZip.toAbsolutePath().normalize().toString(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(new UserText("restore.notPrepared", e.getMessage()), e);
        }
    }

    /** Carries out a restore asked for by {@link #requestRestore}, once, before the database is opened. */
    static void restorePending(Path databaseFile) throws StoreException {
        Path marker = pendingMarker(databaseFile);
        if (!Files.isRegularFile(marker)) {
            return;
        }
        Path backup;
        try {
            backup = Path.of(Files.readString(marker, java.nio.charset.StandardCharsets.UTF_8).strip());
            Files.delete(marker); // once, whatever happens: a failing restore must not block every start
        } catch (IOException | RuntimeException e) {
            throw new StoreException(new UserText("restore.markerUnreadable", marker, e.getMessage()), e);
        }
        restore(databaseFile, backup);
    }

    static void unpack(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(Database.SUFFIX)) {
                    copy(in, target);
                    return;
                }
            }
        }
        throw new IOException("it holds no database file (" + Database.SUFFIX + ")");
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void prune(Path databaseFile) {
        try {
            List<Path> all = list(databaseFile);
            for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "old backups could not be deleted: " + e.getMessage());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static String baseName(Path databaseFile) {
        String name = databaseFile.getFileName().toString();
        return name.endsWith(Database.SUFFIX) ? name.substring(0, name.length() - Database.SUFFIX.length()) : name;
    }

    /** Every backup's size, for messages. */
    static List<String> describe(List<Path> backups) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path p : backups) {
            out.add(p + " (" + Files.size(p) / 1024 + " KB)");
        }
        return out;
    }
}
