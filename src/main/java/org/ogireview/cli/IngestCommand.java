package org.ogireview.cli;

import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.ingest.TableCell;
import org.ogireview.ingest.TableRow;
import org.ogireview.ingest.TextTable;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ingest [--text] [--tables] [--charset NAME] [--repeat N] FILE|FOLDER...}: what the app reads from each file
 * (kind, charset, pages, tables, warnings, why it needs coding by hand), optionally the text and the table grid;
 * with --repeat, reads every file N times and prints the speed in pages (PDF) and files per second.
 */
final class IngestCommand implements Cli.Command {

    @Override
    public String usage() {
        return "ingest [--text] [--tables] [--charset NAME] [--repeat N] FILE|FOLDER...  show what the app reads";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        boolean text = false;
        boolean tables = false;
        int repeat = 0;
        Charset charset = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--text" -> text = true;
                case "--tables" -> tables = true;
                case "--repeat" -> repeat = Integer.parseInt(value(args, ++i, "--repeat"));
                case "--charset" -> charset = Charset.forName(value(args, ++i, "--charset"));
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new Cli.UsageException("ingest: unknown option " + args[i]);
                    }
                    Path p = Path.of(args[i]);
                    files.addAll(Files.isDirectory(p) ? ReportIngester.listImportable(p) : List.of(p));
                }
            }
        }
        if (files.isEmpty()) {
            throw new Cli.UsageException("ingest: name at least one report file or folder");
        }
        ReportIngester ingester = new ReportIngester();
        int failures = 0;
        for (Path file : files) {
            try {
                IngestedDocument d = ingester.ingest(file, charset);
                describe(d, out);
                if (text) {
                    out.println(d.text());
                }
                if (tables) {
                    printTables(d, out);
                }
            } catch (IngestException e) {
                err.println(e.getMessage());
                failures++;
            }
        }
        if (repeat > 0) {
            bench(ingester, files, repeat, charset, out);
        }
        return failures == 0 ? 0 : 1;
    }

    private static String value(String[] args, int i, String option) throws Cli.UsageException {
        if (i >= args.length) {
            throw new Cli.UsageException("ingest: " + option + " needs a value");
        }
        return args[i];
    }

    private static void describe(IngestedDocument d, PrintStream out) {
        int rows = d.tables().stream().mapToInt(t -> t.rows().size()).sum();
        out.printf("%s: %s%s%s, %d characters, %d tables (%d rows)%s%n", d.fileName(), d.sourceKind(),
                d.charset() == null ? "" : " " + d.charset(), d.pageCount() > 0 ? ", " + d.pageCount() + " pages" : "",
                d.text().length(), d.tables().size(), rows,
                d.needsManual() == null ? "" : "; code by hand: " + d.needsManual().en());
        for (String w : d.warnings()) {
            out.println("  warning: " + w);
        }
    }

    private static void printTables(IngestedDocument d, PrintStream out) {
        for (int t = 0; t < d.tables().size(); t++) {
            TextTable table = d.tables().get(t);
            out.printf("table %d [%d,%d)%n", t + 1, table.start(), table.end());
            for (TableRow row : table.rows()) {
                StringBuilder sb = new StringBuilder("  ");
                for (TableCell c : row.cells()) {
                    sb.append('[').append(c.text());
                    if (c.rowSpan() > 1) {
                        sb.append(" ↓").append(c.rowSpan());
                    }
                    if (c.colSpan() > 1) {
                        sb.append(" →").append(c.colSpan());
                    }
                    sb.append(']');
                }
                out.println(sb);
            }
        }
    }

    /** Reads every file {@code repeat} times after one warm-up pass; speed as wall time on this machine. */
    private static void bench(ReportIngester ingester, List<Path> files, int repeat, Charset charset,
                              PrintStream out) {
        long start = System.nanoTime();
        int pages = 0;
        int read = 0;
        for (int r = 0; r < repeat; r++) {
            for (Path f : files) {
                try {
                    pages += ingester.ingest(f, charset).pageCount();
                    read++;
                } catch (IngestException e) {
                    // reported above
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("read %d files (%d PDF pages) in %.2f s: %.1f files/s, %.1f PDF pages/s%n", read, pages, seconds,
                read / seconds, pages / seconds);
    }
}
