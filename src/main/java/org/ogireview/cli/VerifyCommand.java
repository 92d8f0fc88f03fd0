package org.ogireview.cli;

import org.ogireview.store.Database;
import org.ogireview.store.DatabaseVerifier;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code verify [--db PATH]}: checks a database (structure, that every report and figure can be read, the list's
 * counts, the audit log's chain) and says plainly what is wrong; exit 0 when healthy, 1 when not.
 */
final class VerifyCommand implements Cli.Command {

    @Override
    public String usage() {
        return "verify [--db PATH_OR_URL]        check a database: structure, counts, the audit log's chain";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("verify", args, Set.of("--db"), Set.of());
        if (!a.positional().isEmpty()) {
            throw new Cli.UsageException("verify: unexpected argument " + a.positional().get(0));
        }
        String argument = DbOption.argument(a, "--db");
        String db = DbOption.described(argument);
        if (DbOption.missingFile(argument)) {
            err.println("verify: there is no database at " + db);
            return 1;
        }
        try (Database database = DbOption.open(argument)) {
            DatabaseVerifier.Result r = DatabaseVerifier.verify(database);
            out.println(db + ": " + r.reports() + " reports, " + r.figures() + " figures, " + r.auditEntries()
                    + " audit entries read");
            if (r.healthy()) {
                out.println("healthy: every report and figure can be read, the counts agree, the audit log's chain "
                        + "is whole");
                return 0;
            }
            err.println(db + ": NOT healthy, " + r.problems().size() + " problem(s):");
            r.problems().forEach(p -> err.println("  " + p));
            return 1;
        }
    }
}
