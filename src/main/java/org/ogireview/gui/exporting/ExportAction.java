package org.ogireview.gui.exporting;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ogireview.export.ExportLayout;
import org.ogireview.export.ExportSelection;
import org.ogireview.gui.common.DeskPreferences;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.Messages;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * File ▸ Export: asks which reports and which layout ({@link ExportDialog}), then where (a CSV or xlsx file, or a
 * folder for Stata), remembers the folder, and hands the export to the window's background work.
 */
public final class ExportAction {

    /** What runs the export once everything is chosen (the desk's view model, in the background). */
    public interface Runner {
        void csv(ExportLayout layout, boolean bom, Path target, ExportSelection selection);

        void dataset(DatasetLayout layout, Path target, ExportSelection selection);
    }

    private final Supplier<Window> owner;
    private final DialogService dialogs;
    private final Messages m;
    private final DeskPreferences preferences;
    private final Runnable beforeExport;
    private final Runner runner;

    /** @param beforeExport stores the coder's pending edit, so the export holds it */
    public ExportAction(Supplier<Window> owner, DialogService dialogs, Messages m, DeskPreferences preferences,
                        Runnable beforeExport, Runner runner) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.m = m;
        this.preferences = preferences;
        this.beforeExport = beforeExport;
        this.runner = runner;
    }

    /** Shows the dialog for these choices and, unless cancelled, starts the export. */
    public void run(ExportViewModel choices) {
        new ExportDialog(owner.get(), choices, m).showAndWait().ifPresent(c -> {
            beforeExport.run();
            Path folder = preferences.exportFolder().orElse(null);
            ExportSelection selection = c.selection();
            if (c.datasetProperty().get() != null) { // Stata (a folder) or xlsx
                choose(c, folder).ifPresent(t -> {
                    remember(c.datasetProperty().get() == DatasetLayout.STATA ? t : t.getParent());
                    runner.dataset(c.datasetProperty().get(), t, selection);
                });
                return;
            }
            dialogs.chooseSaveFile(m.get("export.title"), folder, c.suggestedFileName(LocalDate.now()),
                    List.of(new FileChooser.ExtensionFilter("CSV", "*.csv"))).ifPresent(target -> {
                        remember(target.getParent());
                        runner.csv(c.layoutProperty().get(), c.bomProperty().get(), target, selection);
                    });
        });
    }

    private java.util.Optional<Path> choose(ExportViewModel choice, Path folder) {
        if (choice.datasetProperty().get() == DatasetLayout.STATA) {
            return dialogs.chooseFolder(m.get("export.stata.folder"), folder);
        }
        return dialogs.chooseSaveFile(m.get("export.title"), folder, choice.suggestedFileName(LocalDate.now()),
                List.of(new FileChooser.ExtensionFilter("Excel", "*.xlsx")));
    }

    private void remember(Path folder) {
        if (folder != null) {
            preferences.setExportFolder(folder);
        }
    }
}
