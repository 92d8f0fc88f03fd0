package org.ogireview.store;

import org.ogireview.model.UserText;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The full check of a database file and the day's backup, run in the background after the window has opened the
 * database and shown its list ({@link Database#openDeferringCheck}); the commands still do both before they open.
 *
 * <p>The check reads a copy, not the live file: H2's {@code BACKUP TO} takes a consistent copy of the file as it
 * is at one moment (a hidden part file in the backups folder); the copy is unpacked and read through and through
 * ({@link DatabaseVerifier}); only a healthy copy becomes the day's backup. So the backup is exactly the state that
 * was checked, whatever the coder saves meanwhile, and a damaged file never replaces a good backup. The copy holds
 * the file's bytes as they were, so damage in the copy is damage in the file: the database is then switched to
 * read-only ({@link Database#markDamaged}) and the window says so, as when damage is found on opening. A run killed
 * at any point leaves at most hidden files in the backups folder, deleted by the next run; the backups already
 * there are never touched until a checked copy is added.
 */
public final class DailyCheck {

    /** Where a run is, for the status bar and for tests that stop it at a given point. */
    public enum Phase { PROBING, COPYING, CHECKING, KEEPING, DONE }

    /** What a run found and did. */
    public enum Kind {
        /** The copy was healthy and became the day's backup. */
        BACKED_UP,
        /** The copy was healthy (no backup was due, so it was deleted), or the figures table read cleanly. */
        HEALTHY,
        /** The copy is damaged: no backup was made and the database is now read-only. */
        DAMAGED,
        /** The check could not be made (a full disk, the window closed): nothing changed, the next open tries again. */
        NOT_MADE
    }

    /**
     * @param backup the new backup (for {@link Kind#BACKED_UP}), else null
     * @param reason what is damaged or why nothing was made (null when healthy)
     */
    public record Outcome(Kind kind, Path backup, UserText reason, double seconds) {
    }

    private static final System.Logger LOG = System.getLogger(DailyCheck.class.getName());

    private final Database db;
    /** Whether a copy is read through (else only the figures table of the live file is read). */
    private final boolean fullCheck;
    private final boolean backupDue;
    private final List<Consumer<Phase>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Outcome outcome;

    private DailyCheck(Database db, boolean fullCheck, boolean backupDue) {
        this.db = db;
        this.fullCheck = fullCheck;
        this.backupDue = backupDue;
    }

    /**
     * The check an open left for later, or null when none is wanted (the database holds no reports: nothing to
     * protect; the commands back up no empty database). Without {@code fullCheckWanted} (a large file whose backup
     * is not due) it only reads the figures table of the live file, the part of the commands' quick look for damage
     * that takes seconds on a large database.
     */
    static DailyCheck prepare(Database db, boolean fullCheckWanted) throws StoreException {
        if (db.isReadOnly() || db.file() == null) {
            return null;
        }
        boolean empty = db.read("count the reports in", c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM reports")) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
        return empty ? null : new DailyCheck(db, fullCheckWanted, fullCheckWanted && Backups.isDue(db.file()));
    }

    /** Whether a healthy copy becomes a backup (the newest is a day old or there is none). */
    public boolean backupDue() {
        return backupDue;
    }

    /** Called on the running thread as each phase starts (a listener that blocks holds the run there). */
    public void onPhase(Consumer<Phase> listener) {
        listeners.add(listener);
    }

    /** The outcome once {@link #run} has ended, else null. */
    public Outcome outcome() {
        return outcome;
    }

    /** Runs the check once (later calls return the first outcome, or null while it runs); never throws. */
    public Outcome run() {
        if (!started.compareAndSet(false, true)) {
            return outcome;
        }
        long t0 = System.nanoTime();
        Outcome result;
        try {
            result = runOnce(t0);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the daily check of " + db.file() + " failed", e);
            result = new Outcome(Kind.NOT_MADE, null, UserText.plain(Database.firstLine(e)), seconds(t0));
        }
        outcome = result;
        tell(Phase.DONE);
        return result;
    }

    private Outcome runOnce(long t0) {
        if (!fullCheck) {
            return probeFigures(t0);
        }
        Backups.removeLeftovers(db.file());
        tell(Phase.COPYING);
        Backups.Snapshot snapshot;
        try {
            snapshot = Backups.snapshot(db);
        } catch (StoreException e) {
            if (db.isReadOnly()) { // reading the file for the copy met damage: the database said so itself
                return new Outcome(Kind.DAMAGED, null, db.readOnlyText(), seconds(t0));
            }
            LOG.log(System.Logger.Level.WARNING, "the daily check of " + db.file() + " was not made: "
                    + e.getMessage());
            return new Outcome(Kind.NOT_MADE, null, e.text(), seconds(t0));
        }
        boolean kept = false;
        Path copy = snapshot.part().resolveSibling(snapshot.part().getFileName().toString()
                .replace(Backups.PART, Backups.CHECKING));
        try {
            tell(Phase.CHECKING);
            UserText damage;
            try {
                Backups.unpack(snapshot.part(), copy);
                damage = Database.damageOfCopy(copy);
            } catch (IOException e) {
                return notMade(new UserText("backup.notMadeIn", copy.getParent(), UserText.plain(e.getMessage())),
                        t0);
            } catch (StoreException e) {
                if (e.text().key().equals("store.damagedCannotOpen") && e.text().args().length > 1
                        && e.text().args()[1] instanceof UserText words) { // H2 cannot open the copy at all
                    damage = words;
                } else {
                    return notMade(e.text(), t0);
                }
            }
            if (damage != null) {
                LOG.log(System.Logger.Level.WARNING, "the daily check found " + db.file() + " damaged: "
                        + damage.en() + "; no backup was made");
                db.markDamaged(damage);
                return new Outcome(Kind.DAMAGED, null, db.isReadOnly() ? db.readOnlyText() : damage, seconds(t0));
            }
            if (!backupDue) {
                return new Outcome(Kind.HEALTHY, null, null, seconds(t0));
            }
            tell(Phase.KEEPING);
            try {
                Path backup = Backups.keep(snapshot);
                kept = true;
                return new Outcome(Kind.BACKED_UP, backup, null, seconds(t0));
            } catch (StoreException e) {
                return notMade(e.text(), t0);
            }
        } finally {
            Backups.deleteQuietly(copy);
            if (!kept) {
                Backups.discard(snapshot);
            }
        }
    }

    /** Reads the live file's figures table (a read; the copy's full check reads them all otherwise). */
    private Outcome probeFigures(long t0) {
        tell(Phase.PROBING);
        UserText damage;
        try {
            damage = DamageProbe.probeFigures(db);
        } catch (StoreException e) {
            return notMade(e.text(), t0);
        }
        if (damage != null) {
            LOG.log(System.Logger.Level.WARNING, "the check found " + db.file() + " damaged: " + damage.en());
            db.markDamaged(damage);
            return new Outcome(Kind.DAMAGED, null, db.readOnlyText(), seconds(t0));
        }
        return new Outcome(Kind.HEALTHY, null, null, seconds(t0));
    }

    private Outcome notMade(UserText why, long t0) {
        LOG.log(System.Logger.Level.WARNING, "the daily check of " + db.file() + " was not made: " + why.en());
        return new Outcome(Kind.NOT_MADE, null, why, seconds(t0));
    }

    private void tell(Phase phase) {
        for (Consumer<Phase> l : listeners) {
            l.accept(phase);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
