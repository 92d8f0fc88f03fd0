package org.ogireview.cli;

import org.ogireview.store.DataFolder;
import org.ogireview.store.Database;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.StoreException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What the double-coding commands share: opening an existing database and reading a pair of coders. */
final class CodingCommands {

    private CodingCommands() {
    }

    /** The database of --db (or the default), or null after saying on stderr that there is none. */
    static H2ReportStore openExisting(String command, String db, PrintStream err) throws StoreException {
        if (DbOption.missingFile(db)) {
            err.println(command + ": there is no database at " + DbOption.described(db) + " (import reports first)");
            return null;
        }
        return DbOption.openStore(db); // an H2 file or a team database (postgresql://…)
    }

    /** "A,B": two different, non-empty coder names. */
    static List<String> coders(String command, String value) throws Cli.UsageException {
        List<String> names = Arrays.stream(value.split(",")).map(String::strip).toList();
        if (names.size() != 2 || names.get(0).isEmpty() || names.get(1).isEmpty()
                || names.get(0).equals(names.get(1))) {
            throw new Cli.UsageException(command + ": --coders takes two different names, as in --coders li,wang");
        }
        return names;
    }
}
