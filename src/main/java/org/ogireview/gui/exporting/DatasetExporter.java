package org.ogireview.gui.exporting;

import org.ogireview.export.ExportSelection;
import org.ogireview.export.StataExport;
import org.ogireview.export.XlsxExport;
import org.ogireview.importing.DatasetLinks;
import org.ogireview.store.ReportStore;

import java.nio.file.Path;

/** Writes a dataset export of the store (off the FX thread); returns the data rows. */
public final class DatasetExporter {

    private final ReportStore store;

    public DatasetExporter(ReportStore store) {
        this.store = store;
    }

    /** @param target a folder for Stata, an .xlsx file for Excel */
    public long export(DatasetLayout layout, Path target, ExportSelection selection) throws Exception {
        DatasetLinks.beforeReading(store);
        return switch (layout) {
            case STATA -> new StataExport(store).select(selection).write(target);
            case XLSX -> new XlsxExport(store).select(selection).write(target);
        };
    }
}
