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

/** {@code extract FILE...}: the figure CSV of shared/spec/README.md for each file; touches no database. */
final class ExtractCommand implements Cli.Command {

    static final String[] HEADER = {"file", "field", "value", "qualifier", "start", "end", "snippet"};

    @Override
    public String usage() {
        return "extract FILE...                 print file,field,value,qualifier,start,end,snippet for each report";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
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
                for (ExtractedFigure f : extraction.figures()) {
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
