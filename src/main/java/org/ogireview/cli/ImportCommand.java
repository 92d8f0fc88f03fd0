package org.ogireview.cli;

import org.ogireview.export.CsvFile;
import org.ogireview.store.CollectionImporter;
import org.ogireview.store.DataFolder;
import org.ogireview.store.FileOutcome;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ImportSummary;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code import [--db PATH] FILE_OR_FOLDER...}: imports reports into the database (folders recursively), prints the
 * summary, names each failed file with its problem on stderr, and exits 1 when a file failed.
 */
final class ImportCommand implements Cli.Command {

    private static final Set<String> VALUES = Set.of("--db", "--coder", "--charset", "--summary", "--threads");
    private static final Set<String> FLAGS = Set.of("--quiet");

    @Override
    public String usage() {
        return "import [--db PATH] [--coder NAME] [--charset NAME] [--summary FILE.csv] [--threads N] FILE_OR_FOLDER..."
                + "\n                                  import reports (.txt .html .htm .pdf; folders recursively)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("import", args, VALUES, FLAGS);
        if (a.positional().isEmpty()) {
            throw new Cli.UsageException("import: name at least one report file or folder");
        }
        Charset charset = charset(a.option("--charset"));
        Path db = a.path("--db") == null ? DataFolder.defaultDatabase() : a.path("--db");
        List<Path> inputs = a.positional().stream().map(Path::of).toList();
        boolean progress = System.console() != null && !a.flag("--quiet");

        ImportSummary summary;
        try (H2ReportStore store = H2ReportStore.open(db)) {
            CollectionImporter importer = new CollectionImporter(store).defaultCharset(charset)
                    .threads(a.intOption("import", "--threads", Runtime.getRuntime().availableProcessors()));
            if (a.option("--coder") != null) {
                importer.coder(a.option("--coder"));
            }
            if (progress) {
                importer.listener(p -> err.print("\r" + p.done() + "/" + p.total() + " " + p.current().getFileName()
                        + "\u001b[K"));
            }
            summary = importer.run(inputs);
            if (progress) {
                err.print("\r\u001b[K");
            }
            out.println(store.path() + ": " + summary.describe() + "; " + store.count() + " reports in the database");
        }
        for (FileOutcome f : summary.files()) {
            if (f.status() == FileOutcome.Status.FAILED) {
                err.println(f.file() + ": " + f.message());
            } else if (f.status() == FileOutcome.Status.IMPORTED && !f.message().isEmpty()) {
                out.println(f.file() + ": " + f.message());
            }
        }
        Path summaryCsv = a.path("--summary");
        if (summaryCsv != null) {
            CsvFile.write(summaryCsv, true, rows -> {
                rows.header(ImportSummary.CSV_HEADER);
                for (FileOutcome f : summary.files()) {
                    rows.row(f.file().toString(), f.status().code(),
                            f.reportId() == null ? "" : f.reportId().toString(), Integer.toString(f.figures()),
                            f.message());
                }
            });
            out.println("summary written to " + summaryCsv.toAbsolutePath().normalize());
        }
        return summary.failed() == 0 ? 0 : 1;
    }

    private static Charset charset(String name) throws Cli.UsageException {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Cli.UsageException("import: unknown charset '" + name + "' (try UTF-8, GB18030, GBK, Big5)");
        }
    }
}
