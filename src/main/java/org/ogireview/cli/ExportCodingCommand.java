package org.ogireview.cli;

import org.ogireview.coding.CodingTransfer;
import org.ogireview.coding.DoubleCoding;
import org.ogireview.store.CodingStore;
import org.ogireview.store.H2ReportStore;

import java.io.PrintStream;
import java.util.Set;

/** {@code export-coding --db PATH --coder NAME --out FILE.csv}: one coder's work, to merge into another database. */
final class ExportCodingCommand implements Cli.Command {

    @Override
    public String usage() {
        return "export-coding [--db PATH] --coder NAME --out FILE.csv"
                + "\n                                  write NAME's coding (values, qualifiers, statuses, source"
                + "\n                                  spans; reports by SHA-256) for merge-coding elsewhere";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("export-coding", args, Set.of("--db", "--coder", "--out"), Set.of());
        if (a.option("--coder") == null || a.option("--out") == null || !a.positional().isEmpty()) {
            throw new Cli.UsageException("export-coding: --coder and --out are required, nothing else");
        }
        try (H2ReportStore store = CodingCommands.openExisting("export-coding", DbOption.argument(a, "--db"), err)) {
            if (store == null) {
                return 1;
            }
            DoubleCoding coding = new DoubleCoding(store, new CodingStore(store.database()));
            long n = new CodingTransfer(store, coding).export(a.option("--coder").strip(), a.path("--out"));
            out.println("wrote " + n + " figures of " + a.option("--coder").strip() + "'s coding to "
                    + a.path("--out").toAbsolutePath().normalize());
        }
        return 0;
    }
}
