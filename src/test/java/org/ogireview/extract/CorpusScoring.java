package org.ogireview.extract;

import org.ogireview.eval.GoldScorer;

import org.ogireview.ingest.IngestException;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.ReportFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of a gold-annotated corpus share: checking the gold file against the conventions of
 * {@code ../shared/spec/README.md}, and ingesting, extracting and scoring every report with {@link GoldScorer} while
 * printing a per-report table and the misses (the work list for extractor fixes).
 *
 * @param title   what the printed table is headed with
 * @param reports the corpus's report files
 * @param gold    its gold rows
 */
record CorpusScoring(String title, List<Path> reports, List<GoldScorer.Row> gold) {

    /** The corpus's overall score and the mean of its per-report F1 (so many table cells cannot hide a collapse). */
    record Result(GoldScorer.Score overall, double meanReportF1) {
    }

    static CorpusScoring read(String title, List<Path> reports, Path goldFile) throws IOException {
        return new CorpusScoring(title, reports, GoldScorer.read(goldFile));
    }

    /** Exactly {@code count} reports, each with gold and each small enough to be a plausible published report. */
    void assertEveryReportHasGold(int count) throws IOException {
        Set<String> reportNames = reports.stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> goldNames = gold.stream().map(GoldScorer.Row::file)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(reportNames).hasSize(count);
        assertThat(goldNames).containsExactlyInAnyOrderElementsOf(reportNames);
        for (Path p : reports) {
            assertThat(Files.size(p)).as(p.toString()).isLessThan(300 * 1024);
        }
    }

    /** Every row: stated once, a catalogue key of the report's era, a known qualifier, a plain number or a blank. */
    void assertGoldFollowsTheConventions() {
        FieldCatalog catalog = FieldCatalog.standard();
        Map<String, ReportFormat> formats = formats();
        Set<String> seen = new LinkedHashSet<>();
        for (GoldScorer.Row r : gold) {
            String where = r.file() + " " + r.field();
            assertThat(seen.add(r.file() + "\t" + r.field())).as("stated once: " + where).isTrue();
            assertThat(catalog.knows(r.field())).as("catalogue key: " + where).isTrue();
            assertThat(r.qualifier()).as(where).isIn("", "more_than", "about", "less_than", "blank_in_source");
            assertThat(r.value().isEmpty()).as("blank value iff blank_in_source: " + where)
                    .isEqualTo(r.qualifier().equals("blank_in_source"));
            if (!r.field().startsWith("report.") && !r.value().isEmpty()) {
                assertThat(r.value()).as("plain ASCII number: " + where).matches("-?\\d+(\\.\\d+)?");
            }
            FieldDef def = catalog.get(r.field());
            assertThat(formats).as("report.format for " + r.file()).containsKey(r.file());
            assertThat(formats.get(r.file()).usesEra(def.era()))
                    .as("key of the report's era (" + formats.get(r.file()).code() + "): " + where).isTrue();
        }
    }

    Map<String, ReportFormat> formats() {
        Map<String, ReportFormat> formats = new LinkedHashMap<>();
        for (GoldScorer.Row r : gold) {
            if (r.field().equals("report.format")) {
                formats.put(r.file(), ReportFormat.fromCode(r.value()));
            }
        }
        return formats;
    }

    /**
     * Ingests, extracts and scores every report, printing F1, precision and recall per report, the {@code shown}
     * most common misses and every miss. A report that cannot be ingested or breaks the extractor scores 0 and says
     * why in the table instead of failing the run.
     */
    Result scoreAndPrint(int shown) {
        ReportIngester ingester = new ReportIngester();
        Extractor extractor = new Extractor();
        Map<String, List<GoldScorer.Row>> goldByFile = new LinkedHashMap<>();
        for (GoldScorer.Row r : gold) {
            goldByFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(r);
        }
        List<GoldScorer.Row> predicted = new ArrayList<>();
        StringBuilder out = new StringBuilder("\n" + title + ": per report\n");
        out.append(String.format(Locale.ROOT, "%-24s %6s %6s %6s %5s %5s  %s%n",
                "file", "f1", "prec", "recall", "gold", "pred", "note"));
        double sumF1 = 0;
        for (Path report : reports) {
            String name = report.getFileName().toString();
            List<GoldScorer.Row> mine = new ArrayList<>();
            String note = "";
            try {
                mine.addAll(GoldScorer.rows(name, extractor.extract(ingester.ingest(report))));
            } catch (IngestException e) {
                note = "not ingested: " + e.getMessage();
            } catch (RuntimeException e) {
                note = "extractor failed: " + e;
            }
            predicted.addAll(mine);
            GoldScorer.Score s = GoldScorer.score(goldByFile.getOrDefault(name, List.of()), mine);
            sumF1 += s.f1();
            out.append(String.format(Locale.ROOT, "%-24s %6.3f %6.3f %6.3f %5d %5d  %s%n",
                    name, s.f1(), s.precision(), s.recall(), s.gold(), s.predicted(), note));
        }
        double meanF1 = reports.isEmpty() ? 0 : sumF1 / reports.size();
        GoldScorer.Score all = GoldScorer.score(gold, predicted);
        out.append("overall: ").append(all.summary())
                .append(String.format(Locale.ROOT, " mean_report_f1=%.3f%n", meanF1));
        out.append("\nMost common misses (count, kind, field; applicant columns folded):\n");
        commonMisses(all.misses()).entrySet().stream().limit(shown)
                .forEach(e -> out.append(String.format(Locale.ROOT, "%4d  %s%n", e.getValue(), e.getKey())));
        out.append("\nEvery miss:\n");
        all.misses().forEach(m -> out.append("  ").append(m).append('\n'));
        System.out.println(out);
        return new Result(all, meanF1);
    }

    /**
     * Misses grouped by kind and field, applicant columns folded together (a table read wrongly misses the same
     * field in six columns), most frequent first.
     */
    static Map<String, Integer> commonMisses(List<String> misses) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String m : misses) {
            String[] parts = m.split("\\s+", 4);   // kind, file, field:, rest
            if (parts.length < 3) {
                continue;
            }
            String field = parts[2].replaceAll(":$", "").replaceAll("@\\w+$", "@*");
            counts.merge(parts[0] + " " + field, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
