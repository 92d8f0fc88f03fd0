package org.ogireview.gui.common;

import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import org.ogireview.store.Backups;
import org.ogireview.store.DatabaseVerifier;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The File menu's care of the database: back it up now, check it (verify), and restore a backup. A restore cannot
 * replace the file the window has open, so it is put in place when the app next starts (the store does it before
 * opening), and the window closes. Also tells the user once when the database was opened read-only (damaged).
 */
public final class DatabaseCare {

    private final ReportStore store;
    private final DialogService dialogs;
    private final Messages m;
    private final Runnable quit;

    public DatabaseCare(ReportStore store, DialogService dialogs, Messages messages, Runnable quit) {
        this.store = store;
        this.dialogs = dialogs;
        this.m = messages;
        this.quit = quit;
    }

    /** Back up now, Verify, Restore a backup (empty for a store that is no H2 database, as in some tests). */
    public List<MenuItem> menuItems() {
        if (!(store instanceof H2ReportStore)) {
            return List.of();
        }
        MenuItem backup = new MenuItem(m.get("menu.file.backup"));
        backup.setId("menuBackup");
        backup.setOnAction(e -> backUp());
        MenuItem verify = new MenuItem(m.get("menu.file.verify"));
        verify.setId("menuVerify");
        verify.setOnAction(e -> verify());
        MenuItem restore = new MenuItem(m.get("menu.file.restore"));
        restore.setId("menuRestore");
        restore.setOnAction(e -> restore());
        // a team database is backed up by its server (pg_dump) or copied into a file (the copy command)
        return store.isTeamDatabase() ? List.of(verify) : List.of(backup, verify, restore);
    }

    /** A damaged database was opened read-only: say so once the window is up. */
    public void warnIfReadOnly() {
        store.readOnlyReason(m.locale()).ifPresent(reason -> Platform.runLater(() ->
                dialogs.showError(m.get("database.readOnly.title"), reason)));
    }

    void backUp() {
        try {
            Path zip = Backups.backup(((H2ReportStore) store).database());
            dialogs.showInfo(m.get("menu.file.backup"), m.format("database.backup.done", zip));
        } catch (StoreException e) {
            dialogs.showError(m.get("menu.file.backup"), org.ogireview.model.UserText.of(e).in(m.locale()));
        }
    }

    void verify() {
        try {
            DatabaseVerifier.Result r = DatabaseVerifier.verify(((H2ReportStore) store).database());
            if (r.healthy()) {
                dialogs.showInfo(m.get("menu.file.verify"), m.format("database.verify.healthy", r.reports(),
                        r.figures(), r.auditEntries()));
            } else {
                dialogs.showError(m.get("menu.file.verify"), m.format("database.verify.problems",
                        r.problemTexts().size()) + "\n" + String.join("\n",
                        r.problemTexts().stream().map(p -> p.in(m.locale())).toList()));
            }
        } catch (StoreException e) {
            dialogs.showError(m.get("menu.file.verify"), org.ogireview.model.UserText.of(e).in(m.locale()));
        }
    }

    void restore() {
        Path db = store.path();
        List<Path> backups;
        try {
            backups = Backups.list(db);
        } catch (IOException e) {
            dialogs.showError(m.get("menu.file.restore"), org.ogireview.model.UserText.of(e).in(m.locale()));
            return;
        }
        if (backups.isEmpty()) {
            dialogs.showInfo(m.get("menu.file.restore"), m.format("database.restore.none", Backups.folderFor(db)));
            return;
        }
        Path latest = backups.get(0);
        if (!dialogs.confirm(m.get("menu.file.restore"), m.format("database.restore.confirm", latest, db))) {
            return;
        }
        try {
            Backups.requestRestore(db, latest);
        } catch (StoreException e) {
            dialogs.showError(m.get("menu.file.restore"), org.ogireview.model.UserText.of(e).in(m.locale()));
            return;
        }
        quit.run();
    }
}
