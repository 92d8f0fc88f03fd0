package org.ogireview.cli;

import org.ogireview.coding.DoubleCoding;
import org.ogireview.export.ExportSelection;
import org.ogireview.importing.DatasetLinks;
import org.ogireview.store.CodingStore;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code double-code --db PATH --coders A,B (--report ID ... | --all | FILTER... | [FILTER...] --share S [--seed N])
 * [--by NAME]}: marks reports for double coding by two coders: the given reports, all of them, the list the filters
 * of {@code export} choose ({@link ExportFilterOptions}: body, division, year, state, report ids), or a random share
 * of all or of that list, reproducible with the seed.
 *
 * <p>All, the filtered list and the sample take dataset reports only: a further file of a report (its PDF beside the
 * text) holds the same figures, and coding it again would count one report twice in the agreement.
 */
final class DoubleCodeCommand implements Cli.Command {

    private static final Set<String> VALUES;

    static {
        Set<String> v = new HashSet<>(Set.of("--db", "--coders", "--report", "--share", "--seed", "--by"));
        v.addAll(ExportFilterOptions.OPTIONS);
        VALUES = Set.copyOf(v);
    }

    @Override
    public String usage() {
        return "double-code [--db PATH] --coders A,B (--report ID[,ID...] | --all | FILTER... | [FILTER...] --share 0.2"
                + " [--seed N]) [--by NAME]"
                + "\n                                  mark reports for double coding by A and B: the given reports,"
                + "\n                                  all, the reports the filters choose, or a random share of all or"
                + "\n                                  of the filtered list (reproducible with the seed); FILTER is"
                + "\n                                  --body ID|NAME  --division CODE|NAME  --year Y[-Y]"
                + "\n                                  --state new|in_progress|verified  --reports ID,ID  (as in export)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("double-code", args, VALUES, Set.of("--all"));
        if (!a.positional().isEmpty()) {
            throw new Cli.UsageException("double-code: unexpected argument " + a.positional().get(0));
        }
        if (a.option("--coders") == null) {
            throw new Cli.UsageException("double-code: --coders A,B is required");
        }
        List<String> coders = CodingCommands.coders("double-code", a.option("--coders"));
        boolean filtered = ExportFilterOptions.given(a);
        boolean sample = a.option("--share") != null;
        int ways = (a.option("--report") == null ? 0 : 1) + (a.flag("--all") ? 1 : 0)
                + (sample || filtered ? 1 : 0);
        if (ways != 1) {
            throw new Cli.UsageException("double-code: give one of --report, --all, the filters (--body, --division, "
                    + "--year, --state, --reports), --share (of all reports or of the filtered list)");
        }
        if (a.option("--seed") != null && !sample) {
            throw new Cli.UsageException("double-code: --seed goes with --share");
        }
        ExportSelection selection = ExportFilterOptions.parse("double-code", a);
        double share = 0;
        long seed = 1;
        if (sample) {
            try {
                share = Double.parseDouble(a.option("--share"));
                seed = Long.parseLong(a.option("--seed", "1"));
            } catch (NumberFormatException e) {
                throw new Cli.UsageException("double-code: --share takes a number such as 0.2, --seed a whole "
                        + "number");
            }
            if (!(share > 0 && share <= 1)) {
                throw new Cli.UsageException("double-code: --share is above 0 and at most 1 (0.2 for 20 %), not "
                        + a.option("--share"));
            }
        }
        String by = a.option("--by", System.getProperty("user.name", "coder"));
        try (H2ReportStore store = CodingCommands.openExisting("double-code", DbOption.argument(a, "--db"), err)) {
            if (store == null) {
                return 1;
            }
            DoubleCoding coding = new DoubleCoding(store, new CodingStore(store.database()));
            List<Long> marked;
            List<Long> kept;
            if (a.option("--report") != null) {
                marked = new ArrayList<>();
                for (String id : a.option("--report").split(",")) {
                    try {
                        marked.add(Long.parseLong(id.strip()));
                    } catch (NumberFormatException e) {
                        throw new Cli.UsageException("double-code: --report takes report ids, not " + id);
                    }
                }
                kept = coding.assign(marked, coders.get(0), coders.get(1), by);
            } else {
                List<Long> chosen = chosen(store, selection, filtered ? out : null);
                if (chosen.isEmpty()) {
                    err.println("double-code: no report to mark" + (filtered ? ": nothing matches the filters" : ""));
                    return 1;
                }
                if (sample) {
                    marked = coding.assignSample(chosen, share, seed, coders.get(0), coders.get(1), by);
                    kept = List.of();
                } else {
                    marked = chosen;
                    kept = coding.assign(marked, coders.get(0), coders.get(1), by);
                }
            }
            for (long id : kept) {
                err.println("double-code: report " + id + " is already double coded by other coders; left as it is");
            }
            out.println("marked " + (marked.size() - kept.size()) + " reports for double coding by "
                    + coders.get(0) + " and " + coders.get(1) + ": " + marked);
            return kept.isEmpty() ? 0 : 1;
        }
    }

    /** The dataset reports the selection takes, in id order (further files go with their report, not apart). */
    private static List<Long> chosen(H2ReportStore store, ExportSelection selection, PrintStream said)
            throws Exception {
        List<ReportSummary> all = store.list();
        DatasetKeys keys = DatasetLinks.keys(store); // bodies and copies of reports not yet linked, as export reads them
        ExportSelection.Chosen c = selection.resolve(all, keys);
        List<Long> out = new ArrayList<>();
        int reports = 0;
        for (ReportSummary s : all) {
            if (!keys.isCopy(s.id())) {
                reports++;
                if (c.contains(s.id())) {
                    out.add(s.id());
                }
            }
        }
        out.sort(null);
        if (said != null) {
            said.println("the filters (" + selection.describe() + ") choose " + out.size() + " of " + reports
                    + " reports");
        }
        return out;
    }
}
