package org.ogireview.gui;

import org.ogireview.export.CsvExporter;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.exporting.ExportService;
import org.ogireview.gui.importing.CollectionImport;
import org.ogireview.gui.importing.Importer;
import org.ogireview.importing.DatasetLinks;
import org.ogireview.store.DataFolder;
import org.ogireview.store.Database;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ServerCredentials;
import org.ogireview.store.StoreException;

import java.nio.file.Path;

/** The one place where the desk meets the store, import and export implementations. */
final class Wiring {

    private Wiring() {
    }

    /** The database the desk opens when no --db is given: in the user's data folder. */
    static Path defaultDatabase() {
        return DataFolder.defaultDatabase();
    }

    /** The window leaves the full check and the day's backup to the background ({@link BackgroundCheck}). */
    static ReportStore openStore(Path database) throws StoreException {
        return H2ReportStore.open(Database.openDeferringCheck(database));
    }

    /** Opens what {@code --db} or File ▸ Connect names: an H2 file, or a team database on a PostgreSQL server. */
    static ReportStore openStore(String database, ServerCredentials.PasswordPrompt prompt) throws StoreException {
        return H2ReportStore.open(Database.openDeferringCheck(database, prompt));
    }

    /** Whether the store is a team database on a server (then the list follows the others' work). */
    static boolean isServer(ReportStore store) {
        return store.isTeamDatabase();
    }

    /** What the person knows the store by: the file's path or the server's address. */
    static String location(ReportStore store) {
        return store.location();
    }

    static Importer importer(ReportStore store, DeskPreferences preferences) {
        return new CollectionImport(store, () -> preferences.coder().orElse(null), preferences::locale);
    }

    static ExportService exporter(ReportStore store) {
        return (layout, bom, target, selection) -> {
            DatasetLinks.beforeReading(store);
            return new CsvExporter(store).select(selection).export(layout, target, bom).rows();
        };
    }
}
