package org.ogireview.cli;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import org.ogireview.extract.Extraction;
import org.ogireview.extract.Extractor;
import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.ExtractedFigure;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code extract [--all-figures] FILE...}: the figure CSV of shared/spec/README.md for each file; touches no
 * database. Catalogue figures only, unless {@code --all-figures} adds the report-specific ones ({@code own.*} keys,
 * after each file's catalogue figures).
 */
final class ExtractCommand implements Cli.Command {

    static final String ALL_FIGURES = "--all-figures";
    static final String[] HEADER = {"file", "field", "value", "qualifier", "start", "end", "snippet"};

    @Override
    public String usage() {
        return "extract [--all-figures] FILE... print file,field,value,qualifier,start,end,snippet for each report"
                + " (--all-figures: also the report-specific own.* figures)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CliArgs a = CliArgs.parse("extract", args, java.util.Set.of(), java.util.Set.of(ALL_FIGURES));
        boolean all = a.flag(ALL_FIGURES);
        args = a.positional().toArray(new String[0]);
        if (args.length == 0) {
            throw new Cli.UsageException("extract: name at least one report file");
        }
        ReportIngester ingester = new ReportIngester();
        Extractor extractor = new Extractor();
        int failures = 0;
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ICSVWriter csv = new CSVWriter(writer, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        csv.writeNext(HEADER, false);
        for (String name : args) {
            Path file = Path.of(name);
            try {
                IngestedDocument doc = ingester.ingest(file);
                Extraction extraction = extractor.extract(doc);
                for (ExtractedFigure f : all ? extraction.allFigures() : extraction.figures()) {
                    csv.writeNext(new String[]{file.getFileName().toString(), f.key(), f.value(),
                            f.qualifier().code(), Integer.toString(f.start()), Integer.toString(f.end()),
                            oneLine(f.snippet())}, false);
                }
            } catch (IngestException e) {
                err.println(e.getMessage());
                failures++;
            }
        }
        csv.flush();
        return failures == 0 ? 0 : 1;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
