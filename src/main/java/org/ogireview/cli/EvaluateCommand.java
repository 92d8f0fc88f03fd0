package org.ogireview.cli;

import org.ogireview.extract.Extraction;
import org.ogireview.extract.Extractor;
import org.ogireview.eval.GoldScorer;
import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code evaluate --gold GOLD.csv FILE...}: extracts each report and scores the figures against a hand-verified gold
 * file with the rules of shared/tools/score.py (GoldScorer), printing per-field counts, every miss and the summary.
 */
final class EvaluateCommand implements Cli.Command {

    @Override
    public String usage() {
        return "evaluate --gold GOLD.csv FILE... score the extraction of each report against a gold file";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Path goldFile = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--gold")) {
                if (i + 1 >= args.length) {
                    throw new Cli.UsageException("evaluate: --gold needs a file");
                }
                goldFile = Path.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                throw new Cli.UsageException("evaluate: unknown option " + args[i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (goldFile == null) {
            throw new Cli.UsageException("evaluate: name the gold file with --gold");
        }
        if (files.isEmpty()) {
            throw new Cli.UsageException("evaluate: name at least one report file");
        }
        if (!Files.isRegularFile(goldFile)) {
            err.println(goldFile + ": no such gold file");
            return 1;
        }
        List<GoldScorer.Row> gold;
        try {
            gold = GoldScorer.read(goldFile);
        } catch (IOException e) {
            err.println(goldFile + ": " + e.getMessage());
            return 1;
        }
        ReportIngester ingester = new ReportIngester();
        Extractor extractor = new Extractor();
        List<GoldScorer.Row> predicted = new ArrayList<>();
        int failures = 0;
        for (Path file : files) {
            try {
                IngestedDocument doc = ingester.ingest(file);
                Extraction extraction = extractor.extract(doc);
                predicted.addAll(GoldScorer.rows(file.getFileName().toString(), extraction));
            } catch (IngestException e) {
                err.println(e.getMessage());
                failures++;
            }
        }
        GoldScorer.Score score = GoldScorer.score(gold, predicted);
        for (Map.Entry<String, int[]> e : score.perField().entrySet()) {
            int[] s = e.getValue();
            int tp = s[0];
            double p = tp + s[1] > 0 ? (double) tp / (tp + s[1]) : 0;
            double r = tp + s[2] > 0 ? (double) tp / (tp + s[2]) : 0;
            double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
            out.printf(java.util.Locale.ROOT, "%-45s tp=%d fp=%d fn=%d precision=%.3f recall=%.3f f1=%.3f%n",
                    e.getKey(), tp, s[1], s[2], p, r, f);
        }
        for (String miss : score.misses()) {
            out.println(miss);
        }
        out.println(score.summary());
        return failures == 0 ? 0 : 1;
    }
}
