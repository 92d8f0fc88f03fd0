package org.ogireview.cli;

import org.ogireview.export.CsvExporter;
import org.ogireview.export.ExportLayout;
import org.ogireview.export.ExportResult;
import org.ogireview.store.DataFolder;
import org.ogireview.store.Database;
import org.ogireview.store.H2ReportStore;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** {@code export [--db PATH] --layout long|wide|history --out FILE [--no-bom]}: the collection as CSV. */
final class ExportCommand implements Cli.Command {

    private static final Set<String> VALUES = Set.of("--db", "--layout", "--out");
    private static final Set<String> FLAGS = Set.of("--no-bom");

    @Override
    public String usage() {
        return "export [--db PATH] --layout long|wide|history --out FILE.csv [--no-bom]"
                + "\n                                  write the collection as CSV (UTF-8 with BOM unless --no-bom)";
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
        ExportLayout layout;
        try {
            layout = ExportLayout.fromCode(a.option("--layout"));
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException("export: " + e.getMessage());
        }
        Path db = a.path("--db") == null ? DataFolder.defaultDatabase() : a.path("--db");
        if (!Files.exists(Database.databaseFile(db))) {
            err.println("export: there is no database at " + Database.databaseFile(db) + " (import reports first)");
            return 1;
        }
        try (H2ReportStore store = H2ReportStore.open(db)) {
            ExportResult r = new CsvExporter(store).export(layout, a.path("--out"), !a.flag("--no-bom"));
            out.println(String.format(Locale.ROOT, "wrote %d %s rows to %s in %.1f s", r.rows(), layout.code(),
                    r.file(), r.elapsed().toMillis() / 1000.0));
        }
        return 0;
    }
}
