package org.ogireview.cli;

import org.ogireview.coding.DoubleCoding;
import org.ogireview.store.CodingStore;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code double-code --db PATH --coders A,B (--report ID ... | --all | --share S [--seed N]) [--by NAME]}: marks
 * reports for double coding by two coders.
 */
final class DoubleCodeCommand implements Cli.Command {

    @Override
    public String usage() {
        return "double-code [--db PATH] --coders A,B (--report ID[,ID...] | --all | --share 0.2 [--seed N]) [--by NAME]"
                + "\n                                  mark reports for double coding by A and B: the given reports,"
                + "\n                                  all, or a random share (reproducible with the seed)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("double-code", args, Set.of("--db", "--coders", "--report", "--share", "--seed",
                "--by"), Set.of("--all"));
        if (a.option("--coders") == null) {
            throw new Cli.UsageException("double-code: --coders A,B is required");
        }
        List<String> coders = CodingCommands.coders("double-code", a.option("--coders"));
        int ways = (a.option("--report") == null ? 0 : 1) + (a.flag("--all") ? 1 : 0)
                + (a.option("--share") == null ? 0 : 1);
        if (ways != 1) {
            throw new Cli.UsageException("double-code: give one of --report, --all, --share");
        }
        String by = a.option("--by", System.getProperty("user.name", "coder"));
        try (H2ReportStore store = CodingCommands.openExisting("double-code", DbOption.argument(a, "--db"), err)) {
            if (store == null) {
                return 1;
            }
            DoubleCoding coding = new DoubleCoding(store, new CodingStore(store.database()));
            List<Long> all = new ArrayList<>();
            for (ReportSummary s : store.list()) {
                all.add(s.id());
            }
            List<Long> marked;
            List<Long> kept;
            if (a.option("--share") != null) {
                double share;
                long seed;
                try {
                    share = Double.parseDouble(a.option("--share"));
                    seed = Long.parseLong(a.option("--seed", "1"));
                } catch (NumberFormatException e) {
                    throw new Cli.UsageException("double-code: --share takes a number such as 0.2, --seed a whole "
                            + "number");
                }
                marked = coding.assignSample(all, share, seed, coders.get(0), coders.get(1), by);
                kept = List.of();
            } else {
                marked = new ArrayList<>();
                if (a.flag("--all")) {
                    marked.addAll(all);
                } else {
                    for (String id : a.option("--report").split(",")) {
                        try {
                            marked.add(Long.parseLong(id.strip()));
                        } catch (NumberFormatException e) {
                            throw new Cli.UsageException("double-code: --report takes report ids, not " + id);
                        }
                    }
                }
                kept = coding.assign(marked, coders.get(0), coders.get(1), by);
            }
            for (long id : kept) {
                err.println("double-code: report " + id + " is already double coded by other coders; left as it is");
            }
            out.println("marked " + (marked.size() - kept.size()) + " reports for double coding by "
                    + coders.get(0) + " and " + coders.get(1) + ": " + marked);
            return kept.isEmpty() ? 0 : 1;
        }
    }
}
