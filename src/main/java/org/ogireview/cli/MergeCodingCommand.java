package org.ogireview.cli;

import org.ogireview.coding.CodingTransfer;
import org.ogireview.coding.DoubleCoding;
import org.ogireview.store.CodingStore;
import org.ogireview.store.H2ReportStore;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code merge-coding --db PATH FILE.csv}: brings a coder's work written by export-coding into this database.
 * Conflicts are listed on stderr and left as they are (exit 1); nothing is overwritten.
 */
final class MergeCodingCommand implements Cli.Command {

    @Override
    public String usage() {
        return "merge-coding [--db PATH] [--by NAME] FILE.csv"
                + "\n                                  bring a coder's work from export-coding into this database;"
                + "\n                                  conflicts are listed, never resolved silently";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("merge-coding", args, Set.of("--db", "--by"), Set.of());
        if (a.positional().size() != 1) {
            throw new Cli.UsageException("merge-coding: name one file written by export-coding");
        }
        Path file = Path.of(a.positional().get(0));
        if (!Files.isRegularFile(file)) {
            err.println("merge-coding: " + file + " is not a file");
            return 1;
        }
        try (H2ReportStore store = CodingCommands.openExisting("merge-coding", DbOption.argument(a, "--db"), err)) {
            if (store == null) {
                return 1;
            }
            DoubleCoding coding = new DoubleCoding(store, new CodingStore(store.database()));
            CodingTransfer.MergeResult r = new CodingTransfer(store, coding)
                    .merge(file, a.option("--by", System.getProperty("user.name", "coder")));
            for (String c : r.conflicts()) {
                err.println("merge-coding: conflict: " + c);
            }
            for (String u : r.unplaced()) {
                err.println("merge-coding: " + u);
            }
            out.println("merged " + r.applied() + " figures (" + r.same() + " already the same, "
                    + r.conflicts().size() + " conflicts left as they are, " + r.unplaced().size()
                    + " rows not placed)");
            return r.conflicts().isEmpty() && r.unplaced().isEmpty() ? 0 : 1;
        }
    }
}
