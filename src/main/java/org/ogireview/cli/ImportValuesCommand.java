package org.ogireview.cli;

import org.ogireview.coding.DoubleCoding;
import org.ogireview.coding.ValuesImport;
import org.ogireview.model.FieldCatalog;
import org.ogireview.store.CodingStore;
import org.ogireview.store.H2ReportStore;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code import-values --db PATH --coder NAME FILE.csv}: values coded elsewhere, applied as that coder's coding;
 * every row that cannot be placed is named on stderr (exit 1 when there was one, the other rows applied).
 */
final class ImportValuesCommand implements Cli.Command {

    @Override
    public String usage() {
        return "import-values [--db PATH] --coder NAME FILE.csv"
                + "\n                                  apply values coded elsewhere as NAME's coding (columns of the"
                + "\n                                  long layout: report_id or file, field, value, qualifier);"
                + "\n                                  every row it cannot place is named";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("import-values", args, Set.of("--db", "--coder"), Set.of());
        if (a.positional().size() != 1) {
            throw new Cli.UsageException("import-values: name one CSV file");
        }
        if (a.option("--coder") == null || a.option("--coder").isBlank()) {
            throw new Cli.UsageException("import-values: --coder NAME is required (whose coding the values are)");
        }
        Path file = Path.of(a.positional().get(0));
        if (!Files.isRegularFile(file)) {
            err.println("import-values: " + file + " is not a file");
            return 1;
        }
        try (H2ReportStore store = CodingCommands.openExisting("import-values", DbOption.argument(a, "--db"), err)) {
            if (store == null) {
                return 1;
            }
            DoubleCoding coding = new DoubleCoding(store, new CodingStore(store.database()));
            ValuesImport.Result r = new ValuesImport(store, coding, FieldCatalog.standard())
                    .apply(file, a.option("--coder").strip());
            for (String p : r.problems()) {
                err.println("import-values: " + p);
            }
            out.println("applied " + r.applied() + " values as " + a.option("--coder").strip() + "'s coding ("
                    + r.unchanged() + " already so, " + r.problems().size() + " rows not placed)");
            return r.problems().isEmpty() ? 0 : 1;
        }
    }
}
