package org.ogireview.cli;

import org.ogireview.export.AuditMemo;
import org.ogireview.check.RuleText;
import org.ogireview.export.MemoScope;
import org.ogireview.export.MemoSources;
import org.ogireview.ingest.PrintedPages;
import org.ogireview.store.DataFolder;
import org.ogireview.store.Database;
import org.ogireview.store.H2ReportStore;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code memo [--db PATH] [--body B,…] [--year Y,…] [--open] [--lang zh|en] --out FILE.html}: the audit memo of the
 * database's failed findings (every inconsistency with its figures, the quoted source line and page, the rule in
 * words and the reviewer's note) as one self-contained HTML file.
 */
final class MemoCommand implements Cli.Command {

    @Override
    public String usage() {
        return "memo [--db PATH] [--body NAME|CODE,...] [--year Y,...] [--open] [--lang zh|en] --out FILE.html   "
                + "the audit memo (HTML)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("memo", args, Set.of("--db", "--body", "--year", "--lang", "--out"),
                Set.of("--open"));
        if (!a.positional().isEmpty()) {
            throw new Cli.UsageException("memo: unexpected argument " + a.positional().get(0));
        }
        if (a.path("--out") == null) {
            throw new Cli.UsageException("memo: name the memo file with --out FILE.html");
        }
        String lang = a.option("--lang", "zh");
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new Cli.UsageException("memo: --lang must be zh or en, not '" + lang + "'");
        }
        List<Integer> years = new ArrayList<>();
        if (a.option("--year") != null) {
            for (String y : a.option("--year").split(",")) {
                try {
                    years.add(Integer.parseInt(y.strip()));
                } catch (NumberFormatException e) {
                    throw new Cli.UsageException("memo: --year takes years like 2023 or 2022,2023, not '" + y + "'");
                }
            }
        }
        List<String> bodies = a.option("--body") == null ? List.of() : List.of(a.option("--body").split(","));
        Path db = Database.databaseFile(a.path("--db") == null ? DataFolder.defaultDatabase() : a.path("--db"));
        if (!Files.exists(db)) {
            err.println("memo: there is no database at " + db);
            return 1;
        }
        Path target = a.path("--out");
        if (target.toAbsolutePath().getParent() != null && !Files.isDirectory(target.toAbsolutePath().getParent())) {
            err.println("memo: the folder of " + target + " does not exist");
            return 1;
        }
        try (H2ReportStore store = H2ReportStore.open(db)) {
            int n = AuditMemo.write(store, new MemoScope(bodies, years, a.flag("--open")),
                    lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH, target,
                    new MemoSources(PrintedPages::of, RuleText::of));
            out.println(target + ": " + n + " finding(s)");
            return 0;
        }
    }
}
