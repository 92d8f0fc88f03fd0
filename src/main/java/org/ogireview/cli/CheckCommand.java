package org.ogireview.cli;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.ogireview.check.Checker;
import org.ogireview.model.Finding;
import org.ogireview.check.ReportFacts;
import org.ogireview.check.YearPairFindings;
import org.ogireview.extract.Extraction;
import org.ogireview.extract.Extractor;
import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check [--all] FILE...}: extracts each report and runs the consistency rules on it, then the across-year
 * rules among the reports given together. Prints one CSV row per failed rule; failed rules are the answer, not an
 * error, so the exit code is 0 unless a file could not be read. Touches no database.
 */
final class CheckCommand implements Cli.Command {

    static final String[] HEADER = {"file", "rule", "severity", "fields", "message"};
    static final String ALL = "--all";

    @Override
    public String usage() {
        return "check [--all] FILE...          print file,rule,severity,fields,message for every failed consistency"
                + " rule (--all: every rule, with a status column)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        boolean all = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals(ALL)) {
                all = true;
            } else if (a.startsWith("--")) {
                throw new Cli.UsageException("check: unknown option " + a);
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            throw new Cli.UsageException("check: name at least one report file");
        }
        ReportIngester ingester = new ReportIngester();
        Extractor extractor = new Extractor();
        Checker checker = new Checker();
        ICSVWriter csv = new CSVWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), ',',
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        csv.writeNext(all ? withStatus(HEADER, "status") : HEADER, false);
        int failures = 0;
        List<ReportFacts> reports = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            ReportFacts facts;
            try {
                IngestedDocument doc = ingester.ingest(file);
                Extraction extraction = extractor.extract(doc);
                facts = ReportFacts.of(name, extraction, doc.text());
            } catch (IngestException e) {
                err.println(e.getMessage());
                failures++;
                continue;
            } catch (RuntimeException e) {
                // an extractor bug must not hide the other files' findings
                err.println(name + ": cannot be checked (" + e + ")");
                failures++;
                continue;
            }
            reports.add(facts);
            write(csv, name, checker.check(facts), all);
            csv.flush();
        }
        for (YearPairFindings pair : checker.checkYearPairs(reports)) {
            // an across-year finding belongs to the later report: that is the one whose carry-in or change is off
            write(csv, pair.later().id(), pair.findings(), all);
        }
        csv.flush();
        return failures == 0 ? 0 : 1;
    }

    private static void write(ICSVWriter csv, String file, List<Finding> findings, boolean all) {
        for (Finding f : findings) {
            if (!all && !f.failed()) {
                continue;
            }
            String[] row = {file, f.rule(), f.severity().code(), f.fieldList(), message(f)};
            csv.writeNext(all ? withStatus(row, status(f)) : row, false);
        }
    }

    /** English first for tools and mixed teams, the Chinese after it for the coder comparing with the report. */
    static String message(Finding f) {
        return ExtractCommand.oneLine(f.messageEn() + " | " + f.messageZh());
    }

    private static String status(Finding f) {
        return !f.ran() ? "not_run" : f.failed() ? "failed" : "passed";
    }

    private static String[] withStatus(String[] row, String status) {
        String[] out = java.util.Arrays.copyOf(row, row.length + 1);
        out[row.length] = status;
        return out;
    }
}
