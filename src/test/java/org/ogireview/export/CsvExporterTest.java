package org.ogireview.export;

import com.opencsv.CSVReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.Finding;
import org.ogireview.model.Severity;
import org.ogireview.model.CheckMark;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.store.AuditEntry;
import org.ogireview.store.FieldOrder;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.StoreException;
import org.ogireview.store.ExportFixtures;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvExporterTest {

    @TempDir
    Path dir;

    private H2ReportStore store;
    private Map<String, Long> ids;

    @BeforeEach
    void collection() throws Exception {
        store = H2ReportStore.open(dir.resolve("db"));
        ids = ExportFixtures.importBundled(store);
        long lz = ids.get("000_6c56c39d01f2e555.txt");
        long hz = ids.get("hongze-2023.txt");
        // a change, a negative number, a blank cell, a formula-looking text, a multi-line snippet
        edit(lz, "proactive.total", f -> f.withValue("61541", Qualifier.EXACT), "li");
        edit(hz, "applications.granted@ngo", f -> f.withValue("-3", Qualifier.EXACT), "li");
        edit(hz, "proactive.fees.amount", f -> f.withValue("", Qualifier.BLANK_IN_SOURCE), "wang");
        edit(hz, "report.region", f -> f.withValue("=HYPERLINK(\"http://x\")", Qualifier.EXACT), "wang");
        edit(lz, "proactive.overview", f -> f.withSource(f.start(), f.end(), "概况类\n信息 10条"), "li");
        store.saveFindings(hz, List.of(
                new Finding("apps.balance", Severity.ERROR, List.of("applications.received",
                        "applications.total_handled"), true, true, "不平衡", "does not balance"),
                new Finding("apps.granted.sum", Severity.WARNING, List.of("applications.granted@ngo",
                        "applications.received"), true, true, "合计不符", "sum differs"),
                new Finding("passes", Severity.ERROR, List.of("review.total"), true, false, "通过", "passed")));
        store.saveCheckMark(new CheckMark(hz, "apps.balance", "applications.received applications.total_handled",
                true, "原文如此", "li", Instant.parse("2026-03-01T08:15:00Z")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void edit(long id, String key, java.util.function.UnaryOperator<Figure> change, String coder)
            throws StoreException {
        Figure f = store.figures(id).stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
        store.save(id, f, change.apply(f), coder, "edit");
    }

    private static List<String[]> read(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader r = new StringReader(text); CSVReader csv = new CSVReader(r)) {
            return csv.readAll();
        }
    }

    private static Map<String, Integer> columns(String[] header) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            m.put(header[i], i);
        }
        return m;
    }

    @Test
    void longLayoutHasOneRowPerFigureWithLabelsSpansAndChecks() throws Exception {
        Path out = dir.resolve("long.csv");
        ExportResult result = new CsvExporter(store).export(ExportLayout.LONG, out, true);

        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        List<String[]> rows = read(out);
        assertThat(rows.get(0)).containsExactly(LongLayout.HEADER);
        int figures = 0;
        for (long id : ids.values()) {
            figures += store.figures(id).size();
        }
        assertThat(rows).hasSize(1 + figures);
        assertThat(result.rows()).isEqualTo(figures);
        Map<String, Integer> c = columns(rows.get(0));
        long hz = ids.get("hongze-2023.txt");

        String[] received = row(rows, c, hz, "applications.received");
        assertThat(received[c.get("label")]).isEqualTo("本年新收/受理申请数量");
        assertThat(received[c.get("label_en")]).isEqualTo("Applications received");
        assertThat(received[c.get("unit")]).isEqualTo("件");
        assertThat(received[c.get("file")]).isEqualTo("hongze-2023.txt");
        assertThat(received[c.get("year")]).isEqualTo("2023");
        assertThat(received[c.get("format")]).isEqualTo("table2021");
        assertThat(received[c.get("status")]).isEqualTo("auto");
        assertThat(received[c.get("check_rule")]).isEqualTo("apps.balance | apps.granted.sum");
        assertThat(received[c.get("check_as_published")]).isEqualTo("yes | no");
        assertThat(received[c.get("check_note")]).isEqualTo("原文如此 | ");
        Figure stored = store.figures(hz).stream().filter(f -> f.key().equals("applications.received"))
                .findFirst().orElseThrow();
        assertThat(received[c.get("source_start")]).isEqualTo(Integer.toString(stored.start()));
        assertThat(received[c.get("source_end")]).isEqualTo(Integer.toString(stored.end()));
        assertThat(received[c.get("value")]).isEqualTo(stored.value());

        String[] ngo = row(rows, c, hz, "applications.granted@ngo");
        assertThat(ngo[c.get("value")]).isEqualTo("-3");
        assertThat(ngo[c.get("status")]).isEqualTo("corrected");
        assertThat(ngo[c.get("coder")]).isEqualTo("li");
        assertThat(ngo[c.get("changed_at")]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(ngo[c.get("label")]).isEqualTo("予以公开/同意公开·社会公益组织");
        assertThat(ngo[c.get("check_rule")]).isEqualTo("apps.granted.sum");

        String[] fees = row(rows, c, hz, "proactive.fees.amount");
        assertThat(fees[c.get("value")]).isEmpty();
        assertThat(fees[c.get("qualifier")]).isEqualTo("blank_in_source");
        assertThat(fees[c.get("extracted_value")]).isEqualTo("7730.28");

        String[] region = row(rows, c, hz, "report.region");
        assertThat(region[c.get("value")]).isEqualTo("'=HYPERLINK(\"http://x\")");

        String[] overview = row(rows, c, ids.get("000_6c56c39d01f2e555.txt"), "proactive.overview");
        assertThat(overview[c.get("snippet")]).isEqualTo("概况类 信息 10条");
        assertThat(row(rows, c, hz, "review.total")[c.get("check_rule")]).isEmpty(); // passed findings are not listed

        // within a report, figures come in catalogue order
        List<String> keys = rows.stream().skip(1).filter(r -> r[0].equals(Long.toString(hz)))
                .map(r -> r[c.get("field")]).toList();
        assertThat(keys).isEqualTo(FieldOrder.standard().sorted(keys));
    }

    private static String[] row(List<String[]> rows, Map<String, Integer> c, long id, String key) {
        return rows.stream().filter(r -> r[0].equals(Long.toString(id)) && r[c.get("field")].equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + id + " " + key));
    }

    @Test
    void wideLayoutHasOneRowPerReportAndAColumnPerField() throws Exception {
        Path out = dir.resolve("wide.csv");
        new CsvExporter(store).export(ExportLayout.WIDE, out, true);
        List<String[]> rows = read(out);
        assertThat(rows).hasSize(1 + ids.size());
        String[] header = rows.get(0);
        assertThat(header).startsWith("report_id", "body_id", "body_name", "body_kind", "body_confirmed",
                "division_code", "division_level", "division_name", "region", "year", "published_on", "format",
                "source_files", "n_files", "same_body_year", "review_state", "n_figures", "n_auto", "n_confirmed",
                "n_corrected", "n_blank", "n_not_stated", "proactive_total", "proactive_total_status",
                "proactive_total_qualifier");
        assertThat(List.of(header)).doesNotContain("file", "report_region", "report_year", "report_format");
        assertThat(header).allMatch(h -> h.matches("[a-z][a-z0-9_]*"));
        assertThat(header).doesNotHaveDuplicates();
        List<String> h = List.of(header);
        // derived keys right after their field, in applicant-column order; K.pct before the columns
        assertThat(h).containsSubsequence("applications_granted", "applications_granted_status",
                "applications_granted_pct",
                "applications_granted_natural_person", "applications_granted_commercial",
                "applications_granted_ngo", "applications_granted_other_org", "applications_partly_granted");
        // every catalogue field has a column, even one no report has
        assertThat(h).contains("channels_press_conferences", "litigation_after_review_pending");
        Map<String, Integer> c = columns(header);
        long hz = ids.get("hongze-2023.txt");
        String[] hongze = rows.stream().filter(r -> r[0].equals(Long.toString(hz))).findFirst().orElseThrow();
        assertThat(hongze[c.get("source_files")]).isEqualTo("hongze-2023.txt");
        assertThat(hongze[c.get("applications_granted_ngo")]).isEqualTo("-3");
        assertThat(hongze[c.get("proactive_fees_amount")]).isEmpty();
        assertThat(hongze[c.get("region")]).isEqualTo("'=HYPERLINK(\"http://x\")");
        String[] luzhou = rows.stream().filter(r -> r[0].equals(Long.toString(ids.get("000_6c56c39d01f2e555.txt"))))
                .findFirst().orElseThrow();
        assertThat(luzhou[c.get("region")]).isEqualTo("泸州市");
        assertThat(luzhou[c.get("proactive_total")]).isEqualTo("61541");
        assertThat(luzhou[c.get("applications_granted_pct")]).isEqualTo("74.07");
        assertThat(luzhou[c.get("applications_granted_natural_person")]).isEmpty();
    }

    @Test
    void historyLayoutIsTheAuditLogWithoutBomWhenAsked() throws Exception {
        long hz = ids.get("hongze-2023.txt");
        store.undo(hz, "wang");
        Path out = dir.resolve("history.csv");
        new CsvExporter(store).export(ExportLayout.HISTORY, out, false);
        assertThat(Files.readAllBytes(out)[0]).isEqualTo((byte) 'e');
        List<String[]> rows = read(out);
        assertThat(rows.get(0)).containsExactly(HistoryLayout.HEADER);
        List<AuditEntry> log = store.history();
        assertThat(rows).hasSize(1 + log.size());
        Map<String, Integer> c = columns(rows.get(0));
        List<String> actions = new ArrayList<>();
        rows.stream().skip(1).forEach(r -> actions.add(r[c.get("action")]));
        assertThat(actions).containsSubsequence("import", "edit", "check_mark", "undo");
        String[] undo = rows.get(rows.size() - 1);
        assertThat(undo[c.get("action")]).isEqualTo("undo");
        assertThat(undo[c.get("field")]).isEqualTo("report.region");
        assertThat(undo[c.get("label")]).isEqualTo("地区或机关");
        assertThat(undo[c.get("old_value")]).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(undo[c.get("new_value")]).isEqualTo("洪泽区");
        assertThat(undo[c.get("reverts_entry")]).isNotEmpty();
        String[] mark = rows.stream().filter(r -> r[c.get("action")].equals("check_mark")).findFirst().orElseThrow();
        assertThat(mark[c.get("check_rule")]).isEqualTo("apps.balance");
        assertThat(mark[c.get("new_status")]).isEqualTo("as_published");
        assertThat(mark[c.get("changed_at")]).isEqualTo("2026-03-01T08:15:00Z");
        String[] imported = rows.get(1);
        assertThat(imported[c.get("field")]).isEqualTo("*");
        assertThat(imported[c.get("new_value")]).isEqualTo(imported[c.get("file")]);
    }

    @Test
    void cancelledExportLeavesTheEarlierFileAlone() throws Exception {
        Path out = dir.resolve("wide.csv");
        Files.writeString(out, "an earlier export");
        assertThatThrownBy(() -> new CsvExporter(store).cancelWhen(() -> true).export(ExportLayout.WIDE, out, true))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(out)).isEqualTo("an earlier export");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        new CsvExporter(store).export(ExportLayout.WIDE, out, true);
        assertThat(read(out)).hasSize(1 + ids.size());
    }

    @Test
    void allLayoutsAtOnceWriteTheSameBytesAsOneAtATime() throws Exception {
        Map<ExportLayout, Path> together = new EnumMap<>(ExportLayout.class);
        for (ExportLayout layout : ExportLayout.values()) {
            Path alone = dir.resolve("alone-" + layout.code() + ".csv");
            new CsvExporter(store).export(layout, alone, true);
            together.put(layout, dir.resolve("together-" + layout.code() + ".csv"));
        }
        List<ExportResult> results = new CsvExporter(store).exportAll(together, true);

        assertThat(results).extracting(ExportResult::layout).containsExactly(ExportLayout.values());
        for (ExportResult r : results) {
            assertThat(r.file()).hasSameBinaryContentAs(dir.resolve("alone-" + r.layout().code() + ".csv"));
            assertThat(r.rows()).isEqualTo(read(r.file()).size() - 1L);
        }
    }

    @Test
    void cancelledExportOfAllLayoutsLeavesEveryEarlierFileAlone() throws Exception {
        Map<ExportLayout, Path> targets = new EnumMap<>(ExportLayout.class);
        for (ExportLayout layout : ExportLayout.values()) {
            Path file = dir.resolve(layout.code() + ".csv");
            Files.writeString(file, "an earlier export");
            targets.put(layout, file);
        }
        assertThatThrownBy(() -> new CsvExporter(store).cancelWhen(() -> true).exportAll(targets, true))
                .isInstanceOf(CancellationException.class);
        for (Path file : targets.values()) {
            assertThat(Files.readString(file)).isEqualTo("an earlier export");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void databaseProblemMidExportLeavesNoFile() throws Exception {
        store.close();
        Path out = dir.resolve("long.csv");
        assertThatThrownBy(() -> new CsvExporter(store).export(ExportLayout.LONG, out, true))
                .isInstanceOf(StoreException.class).hasMessageContaining("closed");
        assertThat(out).doesNotExist();
        Map<ExportLayout, Path> all = new EnumMap<>(ExportLayout.class);
        all.put(ExportLayout.LONG, out);
        all.put(ExportLayout.WIDE, dir.resolve("wide.csv"));
        all.put(ExportLayout.HISTORY, dir.resolve("history.csv"));
        assertThatThrownBy(() -> new CsvExporter(store).exportAll(all, true)).isInstanceOf(StoreException.class);
        assertThat(all.values()).allSatisfy(p -> assertThat(p).doesNotExist());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void missingFolderIsAClearError() {
        Path out = dir.resolve("no/such/folder/x.csv");
        assertThatThrownBy(() -> new CsvExporter(store).export(ExportLayout.LONG, out, true))
                .hasMessageContaining("does not exist").hasMessageContaining("folder");
    }

    @Test
    void formulaGuardLeavesNumbersAlone() {
        assertThat(SafeCells.guard("-3")).isEqualTo("-3");
        assertThat(SafeCells.guard("+5")).isEqualTo("+5");
        assertThat(SafeCells.guard("-7730.28")).isEqualTo("-7730.28");
        assertThat(SafeCells.guard("=1+2")).isEqualTo("'=1+2");
        assertThat(SafeCells.guard("-2+3")).isEqualTo("'-2+3");
        assertThat(SafeCells.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCells.guard("+86 10 1234")).isEqualTo("'+86 10 1234");
        assertThat(SafeCells.guard("泸州市")).isEqualTo("泸州市");
        assertThat(SafeCells.guard("")).isEmpty();
    }
}
