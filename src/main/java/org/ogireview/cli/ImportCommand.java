package org.ogireview.cli;

import org.ogireview.export.CsvFile;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.store.DataFolder;
import org.ogireview.importing.FileOutcome;
import org.ogireview.store.H2ReportStore;
import org.ogireview.importing.ImportSummary;
import org.ogireview.store.StoreException;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
        AtomicBoolean signalled = new AtomicBoolean();
        CountDownLatch reported = new CountDownLatch(1);
        try (H2ReportStore store = H2ReportStore.open(db)) {
            if (store.readOnlyReason().isPresent()) {
                err.println("import: nothing imported. " + store.readOnlyReason().get());
                return 1;
            }
            CollectionImporter importer = new CollectionImporter(store).defaultCharset(charset)
                    .threads(a.intOption("import", "--threads", Runtime.getRuntime().availableProcessors()));
            if (a.option("--coder") != null) {
                importer.coder(a.option("--coder"));
            }
            if (progress) {
                importer.listener(p -> err.print("\r" + p.done() + "/" + p.total() + " " + p.current().getFileName()
                        + "\u001b[K"));
            }
            // SIGTERM or Ctrl+C: stop starting files, store the ones in hand, print what was done, then exit
            Thread onSignal = new Thread(() -> {
                signalled.set(true);
                importer.cancel();
                try {
                    reported.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }, "ogi-import-stop");
            Runtime.getRuntime().addShutdownHook(onSignal);
            try {
                summary = importer.run(inputs);
                if (progress) {
                    err.print("\r\u001b[K");
                }
                if (signalled.get()) {
                    err.println("import: stopped by a signal; the reports below were saved before it stopped");
                }
                out.println(store.path() + ": " + summary.describe() + "; " + countLine(store));
                for (FileOutcome f : summary.files()) {
                    if (f.status() == FileOutcome.Status.FAILED) {
                        err.println(f.file() + ": " + f.message());
                    } else if (f.status() == FileOutcome.Status.SKIPPED) {
                        out.println(f.file() + ": skipped, " + f.message());
                    } else if (f.status() == FileOutcome.Status.IMPORTED && !f.message().isEmpty()) {
                        out.println(f.file() + ": " + f.message());
                    }
                }
                out.flush();
                err.flush();
            } finally {
                reported.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(onSignal);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it returns now that the summary is out
                }
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

    /** How many reports the database holds, read from it after the import. */
    private static String countLine(H2ReportStore store) {
        try {
            return store.count() + " reports in the database";
        } catch (StoreException e) {
            return "the number of reports in the database could not be read (" + e.getMessage() + ")";
        }
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
