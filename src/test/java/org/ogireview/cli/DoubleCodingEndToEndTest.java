package org.ogireview.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.coding.Disagreement;
import org.ogireview.coding.DoubleCoding;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.store.CodingStore;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.CsvRows;
import org.ogireview.testing.TestFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 13's "done when": the five seeds coded twice, by li and by wang, with planted disagreements (through
 * import-values, as coders who started in a spreadsheet would), agreement computed and checked by hand, the
 * disagreements adjudicated, and the exports: the wide file holds the adjudicated values, the long and history
 * files show both coders and the decisions.
 */
class DoubleCodingEndToEndTest extends CliTestBase {

    @TempDir
    Path dir;

    @Override
    int run(String... args) {
        out.reset();
        err.reset();
        return super.run(args);
    }

    @Test
    void seedsCodedTwiceAgreementAdjudicationAndExports() throws Exception {
        Path db = dir.resolve("team");
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        for (Path p : TestFiles.seeds()) {
            Files.copy(p, seeds.resolve(p.getFileName()));
        }
        assertThat(run("import", "--db", db.toString(), seeds.toString())).as(err()).isZero();
        assertThat(run("double-code", "--db", db.toString(), "--coders", "li,wang", "--all", "--by", "zhao"))
                .as(err()).isZero();
        assertThat(out()).contains("marked 5 reports");

        // What the extractor proposed: every figure of every seed, as the long export gives it.
        Path proposals = dir.resolve("proposals.csv");
        assertThat(run("export", "--db", db.toString(), "--layout", "long", "--out", proposals.toString(),
                "--no-bom")).as(err()).isZero();
        List<Map<String, String>> rows = CsvRows.read(proposals);
        assertThat(rows).hasSizeGreaterThan(100);

        // li confirms every proposal; wang does too, except for four planted disagreements.
        Path liFile = dir.resolve("li.csv");
        Path wangFile = dir.resolve("wang.csv");
        StringBuilder li = new StringBuilder("report_id,file,field,value,qualifier\n");
        StringBuilder wang = new StringBuilder("report_id,file,field,value,qualifier\n");
        for (Map<String, String> r : rows) {
            String line = r.get("report_id") + "," + r.get("file") + "," + r.get("field") + ",";
            li.append(line).append(r.get("value")).append(',').append(r.get("qualifier")).append('\n');
            String value = r.get("value");
            String qualifier = r.get("qualifier");
            // planted by what the reports say (report ids follow the import's order, which is not fixed)
            String at = r.get("field") + " " + r.get("value") + " " + r.get("qualifier");
            String report = r.get("report_id");
            switch (at) {
                case "applications.received 456 " -> value = "465";
                case "litigation.total 0 " -> {
                    if (report.equals(reportWith(rows, "applications.received", "27"))) {
                        value = "1";
                    }
                }
                case "proactive.total 30000 more_than" -> qualifier = ""; // "3万余条"
                case "report.year 2009 " -> value = "2010";
                default -> { }
            }
            wang.append(line).append(value).append(',').append(qualifier).append('\n');
        }
        wang.append("1,,no.such.field,3,\n"); // unknown field
        wang.append(",nowhere.txt,applications.received,3,\n"); // unknown file
        Files.writeString(liFile, li, StandardCharsets.UTF_8);
        Files.writeString(wangFile, wang, StandardCharsets.UTF_8);

        assertThat(run("import-values", "--db", db.toString(), "--coder", "li", liFile.toString()))
                .as(err()).isZero();
        assertThat(out()).contains("applied " + rows.size() + " values as li's coding");
        assertThat(run("import-values", "--db", db.toString(), "--coder", "wang", wangFile.toString())).isEqualTo(1);
        assertThat(err()).contains("line " + (rows.size() + 2) + ": unknown field no.such.field")
                .contains("line " + (rows.size() + 3) + ": no report from file nowhere.txt");
        assertThat(out()).contains("applied " + rows.size() + " values as wang's coding").contains("2 rows not placed");

        // Agreement, checked by hand.
        Path agreement = dir.resolve("agreement.csv");
        assertThat(run("agreement", "--db", db.toString(), "--coders", "li,wang", "--out", agreement.toString()))
                .as(err()).isZero();
        assertThat(out()).contains("applications.received").contains("alpha value");
        Map<String, Map<String, String>> byField = new LinkedHashMap<>();
        for (Map<String, String> r : CsvRows.read(agreement)) {
            byField.put(r.get("scope") + " " + r.get("field"), r);
        }
        Map<String, String> received = byField.get("field applications.received");
        assertThat(received.get("n")).isEqualTo("5");
        assertThat(received.get("value_metric")).isEqualTo("ratio");
        assertThat(d(received, "value_agreement")).isEqualTo(0.8); // 4 of 5 reports
        // li 456 27 11 0 0, wang 465 27 11 0 0 (in some report order): ratio alpha by hand
        assertThat(d(received, "value_alpha")).isCloseTo(ratioAlpha(new double[]{456, 27, 11, 0, 0},
                new double[]{465, 27, 11, 0, 0}), within(1e-4));
        // by hand: D_o = 2 (9/921)^2 / 10 = 1.910e-5, D_e = 0.70013 (the 90 ordered pairs of the ten values,
        // (x-y)^2/(x+y)^2, 1 wherever a 0 meets a count): alpha = 1 - D_o / D_e
        assertThat(d(received, "value_alpha")).isCloseTo(0.99997, within(1e-4)); // the CSV keeps four decimals
        String r456 = reportWith(rows, "applications.received", "456");
        String r27 = reportWith(rows, "applications.received", "27");
        String r2009 = reportWith(rows, "report.year", "2009");
        assertThat(d(received, "value_alpha_low")).isLessThanOrEqualTo(d(received, "value_alpha"));
        assertThat(received.get("value_kappa")).isEmpty(); // a count: kappa does not apply
        // statuses: li confirmed x5; wang corrected (465 is not what the report says) and confirmed x4
        assertThat(d(received, "status_agreement")).isEqualTo(0.8);
        assertThat(received.get("qualifier_alpha")).isEmpty(); // all exact: no variation, undefined

        Map<String, String> litigation = byField.get("field litigation.total");
        assertThat(d(litigation, "value_alpha")).isCloseTo(ratioAlpha(new double[]{25, 0, 0, 0, 0},
                new double[]{25, 1, 0, 0, 0}), within(1e-4));
        // by hand: D_o = 2 x 1 / 10 = 0.2 (0 against 1 is a whole ratio difference); the ten values 25 25 1 0 x7:
        // the ordered pairs 25-0 (28), 25-1 (4 x (24/26)^2), 1-0 (14), all ratio differences of 1 but 25-1;
        // D_e = (28 + 3.4083 + 14) / 90 = 0.50454; alpha = 1 - 0.2 / 0.50454 = 0.6036
        assertThat(d(litigation, "value_alpha")).isCloseTo(0.6036, within(1e-4));
        assertThat(d(litigation, "value_agreement")).isEqualTo(0.8);

        Map<String, String> proactive = byField.get("field proactive.total");
        assertThat(d(proactive, "qualifier_agreement")).isEqualTo(0.8);
        // qualifiers li: exact x3, blank_in_source, more_than; wang: exact x4, blank_in_source. Cohen's kappa by
        // hand: po = 4/5; li's marginals exact .6 blank .2 more .2, wang's exact .8 blank .2: pe = .48 + .04 = .52
        assertThat(d(proactive, "qualifier_kappa")).isCloseTo((0.8 - 0.52) / (1 - 0.52), within(1e-4));

        Map<String, String> year = byField.get("field report.year");
        assertThat(year.get("value_metric")).isEqualTo("interval");
        assertThat(d(year, "value_agreement")).isEqualTo(0.8);
        assertThat(d(year, "value_alpha")).isCloseTo(intervalAlpha(new double[]{2017, 2012, 2013, 2016, 2009},
                new double[]{2017, 2012, 2013, 2016, 2010}), within(1e-4));
        assertThat(d(year, "value_alpha")).isCloseTo(0.98792, within(1e-4)); // D_o = 0.2, D_e = 16.556
        Map<String, String> overall = byField.get("overall all");
        assertThat(overall.get("n")).isEqualTo(Integer.toString(rows.size()));
        // every figure pooled: three values differ (received, litigation, year), one qualifier (proactive)
        double n = rows.size();
        assertThat(d(overall, "value_agreement")).isCloseTo((n - 3) / n, within(1e-4)); // four decimals; one unit more or less is 0.007
        assertThat(d(overall, "qualifier_agreement")).isCloseTo((n - 1) / n, within(1e-4)); // four decimals; one unit more or less is 0.007
        assertThat(d(overall, "value_alpha_low")).isLessThanOrEqualTo(d(overall, "value_alpha"));
        assertThat(d(overall, "value_alpha_high")).isGreaterThanOrEqualTo(d(overall, "value_alpha"));

        // The adjudication queue holds exactly the four planted disagreements.
        try (H2ReportStore store = H2ReportStore.open(db)) {
            DoubleCoding coding = new DoubleCoding(store, new CodingStore(store.database()));
            List<Disagreement> queue = coding.disagreements();
            assertThat(queue).extracting(q -> q.reportId() + " " + q.key()).containsExactlyInAnyOrder(
                    r456 + " applications.received", r27 + " litigation.total", r2009 + " proactive.total",
                    r2009 + " report.year");
            Disagreement received1 = find(queue, "applications.received");
            assertThat(received1.first().value()).isEqualTo("456");
            assertThat(received1.second().value()).isEqualTo("465");
            assertThat(received1.first().hasSource()).isTrue(); // the span the extractor found
            for (Disagreement q : queue) {
                switch (q.key()) {
                    case "applications.received", "proactive.total" ->
                            coding.adjudicate(q, "zhao", DoubleCoding.Choice.FIRST, null, "as the report states");
                    case "report.year" -> coding.adjudicate(q, "zhao", DoubleCoding.Choice.SECOND, null, "");
                    default -> coding.adjudicate(q, "zhao", DoubleCoding.Choice.THIRD,
                            q.first().withValue("2", Qualifier.EXACT).withStatus(FigureStatus.CORRECTED),
                            "two cases in the litigation table");
                }
            }
            assertThat(coding.disagreements()).allMatch(Disagreement::decided);
        }

        Path export = Files.createDirectories(dir.resolve("export"));
        assertThat(run("export", "--db", db.toString(), "--layout", "all", "--out", export.toString(), "--no-bom"))
                .as(err()).isZero();
        Map<String, Map<String, String>> wide = new LinkedHashMap<>();
        for (Map<String, String> r : CsvRows.read(export.resolve("wide.csv"))) {
            wide.put(r.get("report_id"), r);
        }
        assertThat(wide.get(r456).get("applications_received")).isEqualTo("456");
        assertThat(wide.get(r27).get("litigation_total")).isEqualTo("2");
        assertThat(wide.get(r2009).get("year")).isEqualTo("2010");
        assertThat(wide.get(r27).get("applications_received")).isEqualTo("27"); // agreed
        // li's "3万余条" (more than 30000) was taken: the qualifier wang dropped is back
        assertThat(wide.get(r2009).get("proactive_total")).isEqualTo("30000");
        assertThat(wide.get(r2009).get("proactive_total_qualifier")).isEqualTo("more_than");
        assertThat(wide.get(r456).get("applications_received_status")).isNotEqualTo("auto");

        List<Map<String, String>> longRows = CsvRows.read(export.resolve("long.csv"));
        Map<String, String> litigation2 = longRows.stream().filter(r -> r.get("report_id").equals(r27)
                && r.get("field").equals("litigation.total")).findFirst().orElseThrow();
        assertThat(litigation2.get("value")).isEqualTo("2");
        assertThat(litigation2.get("first_coder")).isEqualTo("li");
        assertThat(litigation2.get("first_value")).isEqualTo("0");
        assertThat(litigation2.get("second_coder")).isEqualTo("wang");
        assertThat(litigation2.get("second_value")).isEqualTo("1");
        assertThat(litigation2.get("decision")).isEqualTo("third");
        assertThat(litigation2.get("adjudicator")).isEqualTo("zhao");
        assertThat(litigation2.get("decision_note")).isEqualTo("two cases in the litigation table");
        Map<String, String> received2 = longRows.stream().filter(r -> r.get("report_id").equals(r456)
                && r.get("field").equals("applications.received")).findFirst().orElseThrow();
        assertThat(List.of(received2.get("value"), received2.get("first_value"), received2.get("second_value"),
                received2.get("decision"), received2.get("decision_note")))
                .containsExactly("456", "456", "465", "first", "as the report states");
        Map<String, String> year2 = longRows.stream().filter(r -> r.get("report_id").equals(r2009)
                && r.get("field").equals("report.year")).findFirst().orElseThrow();
        assertThat(List.of(year2.get("value"), year2.get("first_value"), year2.get("second_value"),
                year2.get("decision"), year2.get("adjudicator")))
                .containsExactly("2010", "2009", "2010", "second", "zhao");
        // a figure both coders agreed on carries both codings and no decision
        Map<String, String> agreed = longRows.stream().filter(r -> r.get("report_id").equals(r27)
                && r.get("field").equals("applications.received")).findFirst().orElseThrow();
        assertThat(List.of(agreed.get("first_value"), agreed.get("second_value"), agreed.get("decision")))
                .containsExactly("27", "27", "");

        List<Map<String, String>> history = CsvRows.read(export.resolve("history.csv"));
        assertThat(history).anySatisfy(h -> {
            assertThat(h.get("field")).isEqualTo("litigation.total");
            assertThat(h.get("coder")).isEqualTo("wang");
            assertThat(h.get("role")).isEqualTo("second_coder");
            assertThat(h.get("new_value")).isEqualTo("1");
        });
        assertThat(history).anySatisfy(h -> {
            assertThat(h.get("field")).isEqualTo("litigation.total");
            assertThat(h.get("coder")).isEqualTo("li");
            assertThat(h.get("role")).isEqualTo("first_coder");
        });
        assertThat(history).anySatisfy(h -> {
            assertThat(h.get("field")).isEqualTo("litigation.total");
            assertThat(h.get("coder")).isEqualTo("zhao");
            assertThat(h.get("role")).isEqualTo("adjudicator");
            assertThat(h.get("new_value")).isEqualTo("2");
            assertThat(h.get("note")).isEqualTo("two cases in the litigation table");
        });
        assertThat(history).anySatisfy(h -> {
            assertThat(h.get("report_id")).isEqualTo(r2009);
            assertThat(h.get("field")).isEqualTo("report.year");
            assertThat(h.get("role")).isEqualTo("adjudicator");
            assertThat(h.get("old_value")).isEqualTo("2009");
            assertThat(h.get("new_value")).isEqualTo("2010");
        });
    }

    /** The id of the report whose figure {@code key} has this value. */
    private static String reportWith(List<Map<String, String>> rows, String key, String value) {
        return rows.stream().filter(r -> r.get("field").equals(key) && r.get("value").equals(value))
                .map(r -> r.get("report_id")).findFirst().orElseThrow();
    }

    private static Disagreement find(List<Disagreement> queue, String key) {
        return queue.stream().filter(q -> q.key().equals(key)).findFirst().orElseThrow();
    }

    private static double d(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    /** Krippendorff's alpha for two coders and no missing values, straight from the definition. */
    private static double alpha(double[] a, double[] b, java.util.function.DoubleBinaryOperator delta) {
        int units = a.length;
        List<Double> pooled = new ArrayList<>();
        double observed = 0;
        for (int u = 0; u < units; u++) {
            observed += 2 * delta.applyAsDouble(a[u], b[u]); // the pair counted both ways, m_u - 1 = 1
            pooled.add(a[u]);
            pooled.add(b[u]);
        }
        int n = pooled.size();
        double expected = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    expected += delta.applyAsDouble(pooled.get(i), pooled.get(j));
                }
            }
        }
        return 1 - (observed / n) / (expected / (n * (n - 1.0)));
    }

    private static double ratioAlpha(double[] a, double[] b) {
        return alpha(a, b, (x, y) -> x == y ? 0 : Math.pow((x - y) / (x + y), 2));
    }

    private static double intervalAlpha(double[] a, double[] b) {
        return alpha(a, b, (x, y) -> (x - y) * (x - y));
    }
}
