package org.ogireview.cli;

import org.ogireview.store.Database;
import org.ogireview.store.ProjectCopy;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code copy --from PATH_OR_URL --to PATH_OR_URL}: moves a whole project between an H2 file and a PostgreSQL team
 * database (either way), audit log included, and verifies the copy table by table (rows and a SHA-256 of every
 * value). The target must be new or empty; the source is only read.
 */
final class CopyCommand implements Cli.Command {

    @Override
    public String usage() {
        return "copy --from PATH_OR_URL --to PATH_OR_URL   move a whole project between H2 and PostgreSQL, verified";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("copy", args, Set.of("--from", "--to"), Set.of());
        if (!a.positional().isEmpty()) {
            throw new Cli.UsageException("copy: unexpected argument " + a.positional().get(0));
        }
        String from = a.option("--from");
        String to = a.option("--to");
        if (from == null || to == null) {
            throw new Cli.UsageException("copy: name both --from and --to (a database file or postgresql://HOST:PORT/NAME)");
        }
        if (!DbOption.isServer(from) && !Files.exists(Database.databaseFile(Path.of(from)))) {
            err.println("copy: there is no database at " + Database.databaseFile(Path.of(from)));
            return 1;
        }
        if (!DbOption.isServer(to) && Files.exists(Database.databaseFile(Path.of(to)))) {
            err.println("copy: " + Database.databaseFile(Path.of(to)) + " exists already; a copy goes into a new file "
                    + "(or an empty database on a server)");
            return 1;
        }
        try (Database source = DbOption.open(from); Database target = DbOption.open(to)) {
            if (source.location().equals(target.location())) {
                throw new Cli.UsageException("copy: --from and --to name the same database");
            }
            long start = System.nanoTime();
            ProjectCopy.Result r = ProjectCopy.copy(source, target, table -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("copied %s -> %s: %d rows in %d tables in %.1f s%n", source.location(), target.location(),
                    r.rows(), r.tables().size(), seconds);
            for (ProjectCopy.TableCheck t : r.tables()) {
                out.printf("  %-16s %8d rows  sha256 %s  %s%n", t.table(), t.targetRows(),
                        t.targetSum().substring(0, 16), t.same() ? "same" : "DIFFERENT (source " + t.sourceRows()
                                + " rows, sha256 " + t.sourceSum().substring(0, 16) + ")");
            }
            if (!r.verified()) {
                err.println("copy: the copy does NOT read back the same as the source (see the tables above); do not "
                        + "use it");
                return 1;
            }
            out.println("verified: every table has the same rows and checksum on both sides");
            return 0;
        }
    }
}
