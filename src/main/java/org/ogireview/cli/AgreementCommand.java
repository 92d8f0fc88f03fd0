package org.ogireview.cli;

import org.ogireview.coding.AgreementReport;
import org.ogireview.coding.AgreementStatistics;
import org.ogireview.coding.AgreementTable;
import org.ogireview.coding.DoubleCoding;
import org.ogireview.export.CsvFile;
import org.ogireview.model.FieldCatalog;
import org.ogireview.store.CodingStore;
import org.ogireview.store.H2ReportStore;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code agreement --db PATH [--coders A,B] [--out FILE.csv]}: agreement between the two coders of the
 * double-coded reports, per field, per section and overall, as CSV and as a table on standard output.
 */
final class AgreementCommand implements Cli.Command {

    private static final Set<String> VALUES = Set.of("--db", "--coders", "--out", "--replicates", "--seed");

    @Override
    public String usage() {
        return "agreement [--db PATH] [--coders A,B] [--out FILE.csv] [--replicates N] [--seed N]"
                + "\n                                  agreement of the double-coded reports per field, section and"
                + "\n                                  overall: n, percent agreement, Krippendorff's alpha, Cohen's"
                + "\n                                  kappa, each with a bootstrap 95% interval (N replicates, default"
                + "\n                                  " + AgreementStatistics.REPLICATES + "; seed default "
                + AgreementStatistics.SEED + "); CSV to FILE (default agreement.csv), a table on stdout";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("agreement", args, VALUES, Set.of());
        if (!a.positional().isEmpty()) {
            throw new Cli.UsageException("agreement: unexpected argument " + a.positional().get(0));
        }
        Optional<List<String>> coders = a.option("--coders") == null ? Optional.empty()
                : Optional.of(CodingCommands.coders("agreement", a.option("--coders")));
        int replicates = a.intOption("agreement", "--replicates", AgreementStatistics.REPLICATES);
        long seed;
        try {
            seed = Long.parseLong(a.option("--seed", Long.toString(AgreementStatistics.SEED)));
        } catch (NumberFormatException e) {
            throw new Cli.UsageException("agreement: --seed takes a whole number");
        }
        Path target = a.path("--out") == null ? Path.of("agreement.csv") : a.path("--out");
        try (H2ReportStore store = CodingCommands.openExisting("agreement", DbOption.argument(a, "--db"), err)) {
            if (store == null) {
                return 1;
            }
            DoubleCoding coding = new DoubleCoding(store, new CodingStore(store.database()));
            List<DoubleCoding.CodedReport> reports = coding.codedReports();
            List<AgreementTable.Row> rows = new AgreementTable(FieldCatalog.standard(),
                    new AgreementStatistics(replicates, seed)).compute(reports, coders);
            if (rows.isEmpty()) {
                err.println("agreement: no double-coded report" + coders.map(c -> " of " + c.get(0) + " and "
                        + c.get(1)).orElse("") + " in " + store.path() + " (mark reports with double-code)");
                return 1;
            }
            CsvFile.write(target, true, csv -> {
                csv.header(AgreementReport.header().toArray(String[]::new));
                for (AgreementTable.Row r : rows) {
                    csv.row(AgreementReport.cells(r).toArray(String[]::new));
                }
            });
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            AgreementReport.writeTable(rows, w);
            w.flush();
            out.println("wrote " + rows.size() + " rows to " + target.toAbsolutePath().normalize());
        }
        return 0;
    }
}
