package org.ogireview.gui;

import javafx.stage.Window;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.FxDialogService;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.exporting.ExportService;
import org.ogireview.gui.importing.Importer;
import org.ogireview.store.ReportStore;

import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What the desk is built from: the open store, the preferences node, and the parts tests replace (dialogs). The
 * importer and exporter default to the real ones over the store.
 *
 * @param loadSamplesWhenEmpty import the bundled sample reports when the database is empty
 */
public record DeskSetup(ReportStore store, DeskPreferences preferences, boolean loadSamplesWhenEmpty,
                        BiFunction<Supplier<Window>, Messages, DialogService> dialogs, Importer importer,
                        ExportService exporter) {

    public DeskSetup {
        if (dialogs == null) {
            dialogs = FxDialogService::new;
        }
        if (importer == null) {
            importer = Wiring.importer(store, preferences);
        }
        if (exporter == null) {
            exporter = Wiring.exporter(store);
        }
    }

    public static DeskSetup of(ReportStore store, DeskPreferences preferences) {
        return new DeskSetup(store, preferences, true, null, null, null);
    }

    public DeskSetup withDialogs(DialogService service) {
        return new DeskSetup(store, preferences, loadSamplesWhenEmpty, (w, m) -> service, importer, exporter);
    }

    public DeskSetup withSamples(boolean load) {
        return new DeskSetup(store, preferences, load, dialogs, importer, exporter);
    }
}
