package org.ogireview.cli;

import org.ogireview.store.Backups;
import org.ogireview.store.Database;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code restore [--db PATH] (--latest | BACKUP.zip)}: puts a backup in place of the database after checking it;
 * the file it replaces is kept beside it, never deleted.
 */
final class RestoreCommand implements Cli.Command {

    @Override
    public String usage() {
        return "restore [--db PATH] --latest|BACKUP.zip\n"
                + "                                  replace the database by a checked backup (the old file is kept)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("restore", args, Set.of("--db"), Set.of("--latest"));
        Path db = Database.databaseFile(DbOption.fileOnly("restore", DbOption.argument(a, "--db")));
        Path backup;
        if (a.flag("--latest") == !a.positional().isEmpty() || a.positional().size() > 1) {
            throw new Cli.UsageException("restore: name one backup file, or give --latest");
        }
        if (a.flag("--latest")) {
            List<Path> all = Backups.list(db);
            if (all.isEmpty()) {
                err.println("restore: there are no backups of " + db + " in " + Backups.folderFor(db));
                return 1;
            }
            backup = all.get(0);
        } else {
            backup = Path.of(a.positional().get(0));
            if (!Files.isRegularFile(backup)) {
                err.println("restore: there is no backup file " + backup);
                return 1;
            }
        }
        Path kept = Backups.restore(db, backup);
        out.println("restored " + db + " from " + backup);
        if (kept != null) {
            out.println("the file it replaced is kept as " + kept);
        }
        return 0;
    }
}
