package org.ogireview.cli;

import org.ogireview.export.CsvExporter;
import org.ogireview.export.ExportLayout;
import org.ogireview.export.ExportResult;
import org.ogireview.export.ExportSelection;
import org.ogireview.importing.DatasetLinks;
import org.ogireview.store.H2ReportStore;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code export [--db PATH] --layout long|wide|history --out FILE [--no-bom]}: the collection as CSV; {@code --layout
 * all --out FOLDER} writes long.csv, wide.csv and history.csv there, faster than one at a time. The filter options
 * of {@link ExportFilterOptions} narrow any layout to some reports.
 */
final class ExportCommand implements Cli.Command {

    private static final Set<String> VALUES = union(Set.of("--db", "--layout", "--out"),
            ExportFilterOptions.OPTIONS);
    private static final Set<String> FLAGS = Set.of("--no-bom");
    private static final String ALL = "all";

    @Override
    public String usage() {
        return "export [--db PATH] --layout long|wide|history --out FILE.csv [--no-bom]"
                + "\n                                  write the collection as CSV (UTF-8 with BOM unless --no-bom);"
                + "\n                                  --layout all --out FOLDER writes long.csv, wide.csv, history.csv;"
                + "\n                                  --layout stata --out FOLDER writes the CSV, a do-file and the codebook;"
                + "\n                                  --layout xlsx --out FILE.xlsx writes a workbook, a sheet per layout"
                + ExportFilterOptions.USAGE;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("export", args, VALUES, FLAGS);
        if (!a.positional().isEmpty()) {
            throw new Cli.UsageException("export: unexpected argument " + a.positional().get(0));
        }
        if (a.option("--layout") == null || a.option("--out") == null) {
            throw new Cli.UsageException("export: --layout and --out are required");
        }
        boolean all = a.option("--layout").strip().equalsIgnoreCase(ALL);
        ExportSelection selection = ExportFilterOptions.parse(a);
        String dataset = a.option("--layout").strip().toLowerCase(Locale.ROOT);
        if (dataset.equals("stata") || dataset.equals("xlsx")) {
            return DatasetExportCommand.run(dataset, DbOption.argument(a, "--db"), a.path("--out"), selection, out, err);
        }
        ExportLayout layout = null;
        if (!all) {
            try {
                layout = ExportLayout.fromCode(a.option("--layout"));
            } catch (IllegalArgumentException e) {
                throw new Cli.UsageException("export: " + e.getMessage() + ", all, stata or xlsx");
            }
        }
        String db = DbOption.argument(a, "--db");
        if (DbOption.missingFile(db)) {
            err.println("export: there is no database at " + DbOption.described(db) + " (import reports first)");
            return 1;
        }
        if (all && !Files.isDirectory(a.path("--out"))) {
            err.println("export: with --layout all, --out names a folder, and " + a.path("--out") + " is none");
            return 1;
        }
        try (H2ReportStore store = DbOption.openStore(db)) {
            DatasetLinks.beforeReading(store); // bodies and copies of reports not yet linked, as the export reads them
            if (!selection.isAll()) {
                out.println(SelectionLine.of(store, selection));
            }
            CsvExporter exporter = new CsvExporter(store).select(selection);
            List<ExportResult> results;
            if (all) {
                Map<ExportLayout, Path> targets = new EnumMap<>(ExportLayout.class);
                for (ExportLayout l : ExportLayout.values()) {
                    targets.put(l, a.path("--out").resolve(l.code() + ".csv"));
                }
                results = exporter.exportAll(targets, !a.flag("--no-bom"));
            } else {
                results = List.of(exporter.export(layout, a.path("--out"), !a.flag("--no-bom")));
            }
            for (ExportResult r : results) {
                out.println(String.format(Locale.ROOT, "wrote %d %s rows to %s in %.1f s", r.rows(),
                        r.layout().code(), r.file(), r.elapsed().toMillis() / 1000.0));
            }
        }
        return 0;
    }
}
