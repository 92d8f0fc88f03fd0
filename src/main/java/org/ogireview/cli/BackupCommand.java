package org.ogireview.cli;

import org.ogireview.store.Backups;
import org.ogireview.store.Database;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code backup [--db PATH] [--list]}: backs the database up now (a zip in the backups folder beside it; the newest
 * {@value Backups#KEEP} are kept), or lists the backups there.
 */
final class BackupCommand implements Cli.Command {

    @Override
    public String usage() {
        return "backup [--db PATH] [--list]      back the database up now (or list its backups, newest first)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("backup", args, Set.of("--db"), Set.of("--list"));
        if (!a.positional().isEmpty()) {
            throw new Cli.UsageException("backup: unexpected argument " + a.positional().get(0));
        }
        Path db = Database.databaseFile(DbOption.fileOnly("backup", DbOption.argument(a, "--db")));
        if (a.flag("--list")) {
            List<Path> all = Backups.list(db);
            if (all.isEmpty()) {
                out.println("no backups of " + db + " in " + Backups.folderFor(db));
            }
            for (Path p : all) {
                out.println(p + "\t" + Files.size(p) / 1024 + " KB\t" + Files.getLastModifiedTime(p));
            }
            return 0;
        }
        if (!Files.exists(db)) {
            err.println("backup: there is no database at " + db);
            return 1;
        }
        try (Database database = Database.open(db)) {
            Path zip = Backups.backup(database);
            out.println("backed up " + db + " to " + zip + " (" + Files.size(zip) / 1024 + " KB)");
        }
        return 0;
    }
}
