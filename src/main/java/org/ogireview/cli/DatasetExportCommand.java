package org.ogireview.cli;

import org.ogireview.export.ExportSelection;
import org.ogireview.export.StataExport;
import org.ogireview.export.XlsxExport;
import org.ogireview.importing.DatasetLinks;
import org.ogireview.store.H2ReportStore;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** {@code export --layout stata --out FOLDER} and {@code export --layout xlsx --out FILE.xlsx}. */
final class DatasetExportCommand {

    private DatasetExportCommand() {
    }

    static int run(String layout, String db, Path target, ExportSelection selection, PrintStream out,
                   PrintStream err) throws Exception {
        if (DbOption.missingFile(db)) {
            err.println("export: there is no database at " + DbOption.described(db) + " (import reports first)");
            return 1;
        }
        if (layout.equals("stata") && !Files.isDirectory(target)) {
            err.println("export: with --layout stata, --out names a folder, and " + target + " is none");
            return 1;
        }
        long started = System.nanoTime();
        try (H2ReportStore store = DbOption.openStore(db)) {
            DatasetLinks.beforeReading(store); // bodies and copies of reports not yet linked, as the export reads them
            if (!selection.isAll()) {
                out.println(SelectionLine.of(store, selection));
            }
            long rows;
            if (layout.equals("stata")) {
                rows = new StataExport(store).select(selection).write(target);
                out.println(String.format(Locale.ROOT, "wrote %d stata rows to %s (%s, %s, %s, %s) in %.1f s", rows,
                        target.resolve(StataExport.CSV).toAbsolutePath().normalize(), StataExport.CSV,
                        StataExport.DO, StataExport.CODEBOOK_CSV, StataExport.CODEBOOK_MD, seconds(started)));
            } else {
                rows = new XlsxExport(store).select(selection).write(target);
                out.println(String.format(Locale.ROOT, "wrote %d wide rows (and the long, history and codebook "
                        + "sheets) to %s in %.1f s", rows, target.toAbsolutePath().normalize(), seconds(started)));
            }
        }
        return 0;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
