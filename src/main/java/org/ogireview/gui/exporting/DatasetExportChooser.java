package org.ogireview.gui.exporting;

import javafx.stage.FileChooser;
import org.ogireview.gui.common.DialogService;
import org.ogireview.gui.common.Messages;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where a dataset export goes: a folder for Stata's four files, an .xlsx file for Excel. */
public final class DatasetExportChooser {

    private DatasetExportChooser() {
    }

    public static Optional<Path> choose(DialogService dialogs, Messages m, ExportViewModel choice, Path folder) {
        if (choice.datasetProperty().get() == DatasetLayout.STATA) {
            return dialogs.chooseFolder(m.get("export.stata.folder"), folder);
        }
        return dialogs.chooseSaveFile(m.get("export.title"), folder, choice.suggestedFileName(LocalDate.now()),
                List.of(new FileChooser.ExtensionFilter("Excel", "*.xlsx")));
    }
}
