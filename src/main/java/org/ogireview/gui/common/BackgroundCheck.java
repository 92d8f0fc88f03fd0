package org.ogireview.gui.common;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import org.ogireview.model.UserText;
import org.ogireview.store.DailyCheck;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportStore;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs the database's {@link DailyCheck} (the full check of the file and the day's backup, left for later when the
 * window opened it) on a background thread once the list shows, and tells the coder: a line in the status bar while
 * it runs and when it is done, and, when it finds the file damaged, the same message as a damaged database opened
 * read-only (the database is read-only from then on; every later save says not saved).
 */
public final class BackgroundCheck {

    private BackgroundCheck() {
    }

    /**
     * Starts the check, if the store left one for later; returns it (empty when there is none).
     *
     * @param messages the window's current wording (it changes with the language)
     * @param dialogs  the window's current dialogs
     * @param status   the window's current status line
     */
    public static Optional<DailyCheck> start(ReportStore store, Supplier<Messages> messages,
                                             Supplier<DialogService> dialogs, Supplier<StringProperty> status) {
        if (!(store instanceof H2ReportStore h2)) {
            return Optional.empty();
        }
        Optional<DailyCheck> pending = h2.database().dailyCheck().filter(c -> c.outcome() == null);
        pending.ifPresent(check -> {
            status.get().set(messages.get().get(check.backupDue() ? "dailyCheck.running.backup" : "dailyCheck.running"));
            Thread t = new Thread(() -> {
                DailyCheck.Outcome o = check.run();
                if (o != null) {
                    Platform.runLater(() -> tell(o, store, messages.get(), dialogs.get(), status.get()));
                }
            }, "ogi-daily-check");
            t.setDaemon(true); // quitting mid-check leaves only hidden files, which the next check deletes
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        });
        return pending;
    }

    private static void tell(DailyCheck.Outcome o, ReportStore store, Messages m, DialogService dialogs,
                             StringProperty status) {
        switch (o.kind()) {
            case BACKED_UP -> status.set(m.format("dailyCheck.backedUp", o.backup().getFileName()));
            case HEALTHY -> status.set(m.get("dailyCheck.healthy"));
            case NOT_MADE -> status.set(new UserText("dailyCheck.notMade", store.location(), o.reason())
                    .in(m.locale()));
            case DAMAGED -> {
                String reason = store.readOnlyReason(m.locale()).orElseGet(() -> o.reason().in(m.locale()));
                status.set(m.get("database.readOnly.title"));
                dialogs.showError(m.get("database.readOnly.title"), reason);
            }
        }
    }
}
