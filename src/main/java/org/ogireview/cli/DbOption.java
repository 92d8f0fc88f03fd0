package org.ogireview.cli;

import org.ogireview.store.DataFolder;
import org.ogireview.store.Database;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ServerAddress;
import org.ogireview.store.ServerCredentials;
import org.ogireview.store.StoreException;

import java.nio.file.Path;

/**
 * What a command's {@code --db} names: an H2 file (a path; the default database when the option is missing) or a
 * team database on a PostgreSQL server ({@code postgresql://host:port/name}; credentials from PGUSER/PGPASSWORD, the
 * pgpass file, or asked for on the console).
 */
final class DbOption {

    private DbOption() {
    }

    /** The argument as given, or the default database's path. */
    static String argument(CliArgs a, String option) {
        String v = a.option(option);
        return v == null ? DataFolder.defaultDatabase().toString() : v;
    }

    static boolean isServer(String argument) {
        return ServerAddress.isServer(argument);
    }

    /** Opens what the argument names (a server, or an H2 file created when new). */
    static Database open(String argument) throws StoreException {
        return Database.open(argument, ServerCredentials.PasswordPrompt.console());
    }

    /** Opens the store on what the argument names. */
    static H2ReportStore openStore(String argument) throws StoreException {
        return H2ReportStore.open(argument, ServerCredentials.PasswordPrompt.console());
    }

    /** Whether the argument names an H2 file that does not exist (a server is never "missing" before connecting). */
    static boolean missingFile(String argument) {
        return !isServer(argument) && !java.nio.file.Files.exists(Database.databaseFile(Path.of(argument)));
    }

    /** The argument as messages name it: the server's address, or the H2 file it means. */
    static String described(String argument) {
        return isServer(argument) ? argument : Database.databaseFile(Path.of(argument)).toString();
    }

    /** The H2 file an argument names, for the commands that work on files only (backup, restore). */
    static Path fileOnly(String command, String argument) throws Cli.UsageException {
        if (isServer(argument)) {
            throw new Cli.UsageException(command + ": works on an H2 database file, not on a server ("
                    + argument + "); back a team database up with PostgreSQL's pg_dump, or copy it into a file with "
                    + "copy --from " + argument + " --to FILE");
        }
        return Path.of(argument);
    }
}
