package org.ogireview.store;

import org.ogireview.importing.NewReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.Finding;
import org.ogireview.model.Severity;
import org.ogireview.model.CheckMark;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.model.Report;
import org.ogireview.model.ReportFormat;
import org.ogireview.model.ReviewState;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class H2ReportStoreTest {

    static final List<String> BUNDLED = List.of("000_6c56c39d01f2e555.txt", "001_cad39cc556105118.txt",
            "002_bbf8da712e3e6082.txt", "003_c1df64b726b009ca.txt", "004_504f2814b7c8e9b7.txt", "hongze-2023.txt",
            "hongze-2024.txt");

    @TempDir
    Path dir;

    private Map<String, Long> importAll(H2ReportStore store) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        for (String name : BUNDLED) {
            GoldFigures.Loaded r = GoldFigures.load(name);
            ImportOutcome o = store.add(NewReports.of(r.document(), r.extraction(), r.file().toString(), r.bytes()));
            assertThat(o.alreadyPresent()).as(name).isFalse();
            ids.put(name, o.reportId());
        }
        return ids;
    }

    private static Figure figure(H2ReportStore store, long id, String key) throws StoreException {
        return store.figures(id).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void keepsEveryFigureStatusAndSpanAcrossReopen() throws Exception {
        Path db = dir.resolve("desk.mv.db");
        Map<Long, List<Figure>> figures = new HashMap<>();
        Map<Long, Report> reports = new HashMap<>();
        Map<Long, byte[]> originals = new HashMap<>();
        List<ReportSummary> list;
        List<AuditEntry> history;
        long hongze;
        try (H2ReportStore store = H2ReportStore.open(db)) {
            Map<String, Long> ids = importAll(store);
            hongze = ids.get("hongze-2023.txt");
            GoldFigures.Loaded gold = GoldFigures.load("hongze-2023.txt");
            assertThat(store.figures(hongze)).hasSize(gold.extraction().figures().size());

            // a coder's day: confirm, correct, blank, not stated, and a moved source span
            Figure received = figure(store, hongze, "applications.received");
            store.save(hongze, received, received.withStatus(FigureStatus.CONFIRMED), "li", "confirm");
            Figure granted = figure(store, hongze, "applications.granted@natural_person");
            store.save(hongze, granted, granted.withValue("999", Qualifier.MORE_THAN), "li", "edit");
            Figure fees = figure(store, hongze, "proactive.fees.amount");
            store.save(hongze, fees, fees.withValue("", Qualifier.BLANK_IN_SOURCE), "li", "blank");
            Figure moved = figure(store, hongze, "review.total");
            store.save(hongze, moved, moved.withSource(10, 14, "moved span"), "wang", "source");

            for (long id : ids.values()) {
                figures.put(id, store.figures(id));
                reports.put(id, store.report(id));
                originals.put(id, store.original(id).orElseThrow());
            }
            list = store.list();
            history = store.history();
        }
        try (H2ReportStore store = H2ReportStore.open(db)) {
            assertThat(store.count()).isEqualTo(BUNDLED.size());
            assertThat(store.list()).isEqualTo(list);
            assertThat(store.history()).isEqualTo(history);
            for (long id : figures.keySet()) {
                assertThat(store.figures(id)).isEqualTo(figures.get(id));
                assertThat(store.report(id)).isEqualTo(reports.get(id));
                assertThat(store.original(id).orElseThrow()).isEqualTo(originals.get(id));
            }
            assertThat(figure(store, hongze, "applications.received").status()).isEqualTo(FigureStatus.CONFIRMED);
            Figure granted = figure(store, hongze, "applications.granted@natural_person");
            assertThat(granted.value()).isEqualTo("999");
            assertThat(granted.qualifier()).isEqualTo(Qualifier.MORE_THAN);
            assertThat(granted.status()).isEqualTo(FigureStatus.CORRECTED);
            assertThat(granted.extractedValue()).isNotEqualTo("999");
            Figure fees = figure(store, hongze, "proactive.fees.amount");
            assertThat(fees.value()).isEmpty();
            assertThat(fees.status()).isEqualTo(FigureStatus.BLANK_IN_SOURCE);
            Figure moved = figure(store, hongze, "review.total");
            assertThat(moved.start()).isEqualTo(10);
            assertThat(moved.end()).isEqualTo(14);
            assertThat(moved.snippet()).isEqualTo("moved span");

            ReportSummary summary = store.list().stream().filter(s -> s.id() == hongze).findFirst().orElseThrow();
            assertThat(summary.reviewed()).isEqualTo(3); // a moved span alone leaves the figure AUTO
            assertThat(summary.state()).isEqualTo(ReviewState.IN_PROGRESS);
            assertThat(summary.region()).isEqualTo("洪泽区");
            assertThat(summary.year()).isEqualTo(2023);
            assertThat(summary.format()).isEqualTo(ReportFormat.TABLE2021);
        }
    }

    @Test
    void reportTextAndFiguresComeBackInCatalogueOrder() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("d"))) {
            GoldFigures.Loaded r = GoldFigures.load("hongze-2024.txt");
            long id = store.add(NewReports.of(r.document(), r.extraction(), r.file().toString(), r.bytes())).reportId();
            Report report = store.report(id);
            assertThat(report.text()).isEqualTo(r.document().text());
            assertThat(report.sha256()).isEqualTo(r.document().sha256());
            assertThat(report.charset()).isEqualTo(r.document().charset());
            List<String> keys = store.figures(id).stream().map(Figure::key).toList();
            assertThat(keys.get(0)).isEqualTo("report.region");
            assertThat(keys).containsSubsequence("applications.received", "applications.received@natural_person",
                    "applications.received@commercial", "applications.received@other_org", "applications.carried_in");
            assertThat(keys).isEqualTo(FieldOrder.standard().sorted(keys));
            // spans point into the text as stored
            for (Figure f : store.figures(id)) {
                if (f.hasSource()) {
                    assertThat(report.text().substring(f.start(), f.end())).isEqualTo(f.value());
                }
            }
        }
    }

    @Test
    void sameContentTwiceAddsNothing() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("twice"))) {
            GoldFigures.Loaded r = GoldFigures.load("001_cad39cc556105118.txt");
            ImportOutcome first = store.add(NewReports.of(r.document(), r.extraction(), "a/001.txt", r.bytes()));
            ImportOutcome second = store.add(NewReports.of(r.document(), r.extraction(), "b/copy-of-001.txt", r.bytes()));
            assertThat(second.alreadyPresent()).isTrue();
            assertThat(second.reportId()).isEqualTo(first.reportId());
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.report(first.reportId()).sourcePath()).isEqualTo("a/001.txt");
            assertThat(store.idBySha256(r.document().sha256())).contains(first.reportId());
            assertThat(store.history(first.reportId())).extracting(AuditEntry::action).containsExactly("import");
        }
    }

    @Test
    void auditLogIsAppendOnly() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("audit"))) {
            GoldFigures.Loaded r = GoldFigures.load("000_6c56c39d01f2e555.txt");
            long id = store.add(NewReports.of(r.document(), r.extraction(), null, r.bytes())).reportId();
            Figure total = figure(store, id, "proactive.total");
            store.save(id, total, total.withValue("61541", Qualifier.EXACT), "li", "edit");
            List<AuditEntry> before = store.history(id);
            assertThat(before).extracting(AuditEntry::action).containsExactly("import", "edit");
            AuditEntry edit = before.get(1);
            assertThat(edit.fieldKey()).isEqualTo("proactive.total");
            assertThat(edit.oldValue()).isEqualTo("61540");
            assertThat(edit.newValue()).isEqualTo("61541");
            assertThat(edit.oldStatus()).isEqualTo("auto");
            assertThat(edit.newStatus()).isEqualTo("corrected");
            assertThat(edit.coder()).isEqualTo("li");

            store.undo(id, "li");
            store.redo(id, "li");
            store.saveCheckMark(new CheckMark(id, "rule.x", "proactive.total", true, "as printed", "li",
                    Instant.now()));
            List<AuditEntry> after = store.history(id);
            assertThat(after.subList(0, before.size())).isEqualTo(before);
            assertThat(after).extracting(AuditEntry::action).containsExactly("import", "edit", "undo", "redo",
                    "check_mark");

            try (Connection c = store.database().connection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET new_value = 'forged'"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_log"))
                        .hasMessageContaining("append-only");
            }
            assertThat(store.history(id)).isEqualTo(after);
        }
    }

    @Test
    void undoAndRedoSurviveRestarts() throws Exception {
        Path db = dir.resolve("undo");
        long id;
        Figure original;
        try (H2ReportStore store = H2ReportStore.open(db)) {
            GoldFigures.Loaded r = GoldFigures.load("002_bbf8da712e3e6082.txt");
            id = store.add(NewReports.of(r.document(), r.extraction(), null, r.bytes())).reportId();
            assertThat(store.canUndo(id)).isFalse();
            original = figure(store, id, "proactive.total");
            store.save(id, original, original.withValue("1", Qualifier.EXACT), "li", "edit");
            Figure one = figure(store, id, "proactive.total");
            store.save(id, one, one.withSource(0, 3, "new span"), "li", "source");
        }
        // the same coder after a restart (another coder's undo never takes back li's changes: TeamUndoTest)
        try (H2ReportStore store = H2ReportStore.open(db)) {
            assertThat(store.canUndo(id)).isTrue();
            Figure undone = store.undo(id, "li").orElseThrow();
            assertThat(undone.value()).isEqualTo("1");
            assertThat(undone.start()).isEqualTo(original.start());
            assertThat(undone.snippet()).isEqualTo(original.snippet());
        }
        try (H2ReportStore store = H2ReportStore.open(db)) {
            Figure back = store.undo(id, "li").orElseThrow();
            assertThat(back).isEqualTo(original);
            assertThat(figure(store, id, "proactive.total")).isEqualTo(original);
            assertThat(store.undo(id, "li")).isEmpty();
            assertThat(store.canRedo(id)).isTrue();
            assertThat(store.redo(id, "li").orElseThrow().value()).isEqualTo("1");
        }
        try (H2ReportStore store = H2ReportStore.open(db)) {
            Figure redone = store.redo(id, "li").orElseThrow();
            assertThat(redone.value()).isEqualTo("1");
            assertThat(redone.start()).isEqualTo(0);
            assertThat(redone.end()).isEqualTo(3);
            assertThat(store.canRedo(id)).isFalse();
            assertThat(store.redo(id, "li")).isEmpty();

            // a new edit after an undo clears the redo chain
            store.undo(id, "li");
            assertThat(store.canRedo(id)).isTrue();
            Figure staff = figure(store, id, "proactive.total");
            store.save(id, staff, staff.withStatus(FigureStatus.CONFIRMED), "li", "confirm");
            assertThat(store.canRedo(id)).isFalse();
            assertThat(store.redo(id, "li")).isEmpty();
            assertThat(figure(store, id, "proactive.total").status()).isEqualTo(FigureStatus.CONFIRMED);
        }
    }

    @Test
    void undoOfAnAddedFigureRemovesIt() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("added"))) {
            GoldFigures.Loaded r = GoldFigures.load("003_c1df64b726b009ca.txt");
            long id = store.add(NewReports.of(r.document(), r.extraction(), null, r.bytes())).reportId();
            int count = store.figures(id).size();
            assertThat(store.figures(id)).noneMatch(f -> f.key().equals("channels.press_conferences"));
            Figure added = new Figure("channels.press_conferences", "12", Qualifier.EXACT, FigureStatus.CORRECTED, 5, 7, "12人",
                    1.0, "", Qualifier.EXACT);
            store.save(id, null, added, "li", "edit");
            assertThat(store.figures(id)).hasSize(count + 1).contains(added);
            assertThat(store.list().get(0).figures()).isEqualTo(count + 1);

            Figure gone = store.undo(id, "li").orElseThrow();
            assertThat(gone.key()).isEqualTo("channels.press_conferences");
            assertThat(gone.value()).isEmpty();
            assertThat(gone.hasSource()).isFalse();
            assertThat(store.figures(id)).hasSize(count).noneMatch(f -> f.key().equals("channels.press_conferences"));
            assertThat(store.list().get(0).figures()).isEqualTo(count);

            assertThat(store.redo(id, "li").orElseThrow()).isEqualTo(added);
            assertThat(store.figures(id)).contains(added);
            assertThat(store.figureKeys()).contains("channels.press_conferences", "proactive.total");
        }
    }

    @Test
    void unchangedSaveWritesNothing() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("same"))) {
            GoldFigures.Loaded r = GoldFigures.load("004_504f2814b7c8e9b7.txt");
            long id = store.add(NewReports.of(r.document(), r.extraction(), null, r.bytes())).reportId();
            Figure f = store.figures(id).get(3);
            store.save(id, f, f, "li", "edit");
            assertThat(store.history(id)).hasSize(1);
            assertThat(store.canUndo(id)).isFalse();
        }
    }

    @Test
    void savingReportFieldsUpdatesTheList() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("meta"))) {
            Map<String, Long> ids = importAll(store);
            long id = ids.get("000_6c56c39d01f2e555.txt");
            Figure year = figure(store, id, "report.year");
            store.save(id, year, year.withValue("2013", Qualifier.EXACT), "li", "edit");
            Figure region = figure(store, id, "report.region");
            store.save(id, region, region.withValue("泸县", Qualifier.EXACT), "li", "edit");
            Figure published = new Figure("report.published_on", "2014-03-31", Qualifier.EXACT,
                    FigureStatus.CORRECTED, -1, -1, "", 1, "", Qualifier.EXACT);
            store.save(id, null, published, "li", "edit");
            Figure format = figure(store, id, "report.format");
            store.save(id, format, format.withValue("table2019", Qualifier.EXACT), "li", "edit");

            ReportSummary s = store.list().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            assertThat(s.region()).isEqualTo("泸县");
            assertThat(s.year()).isEqualTo(2013);
            assertThat(s.format()).isEqualTo(ReportFormat.TABLE2019);
            Report report = store.report(id);
            assertThat(report.publishedOn()).hasToString("2014-03-31");
            assertThat(report.region()).isEqualTo("泸县");

            Figure regionNow = figure(store, id, "report.region");
            store.save(id, regionNow, regionNow.withValue("", Qualifier.BLANK_IN_SOURCE), "li", "blank");
            assertThat(store.report(id).region()).isNull();
            store.undo(id, "li");
            assertThat(store.report(id).region()).isEqualTo("泸县");

            // the list is ordered by region, then year; reports without a region come last
            List<ReportSummary> list = store.list();
            List<String> regions = new ArrayList<>();
            list.forEach(x -> regions.add(x.region()));
            assertThat(regions).isSortedAccordingTo((a, b) -> a == null ? (b == null ? 0 : 1)
                    : b == null ? -1 : a.compareTo(b));
        }
    }

    @Test
    void findingsAndCheckMarksAreKeptAndCounted() throws Exception {
        Path db = dir.resolve("checks");
        long id;
        List<Finding> findings = List.of(
                new Finding("apps.balance", Severity.ERROR, List.of("applications.received",
                        "applications.total_handled"), true, true, "收到申请数与办理数不符", "received differs"),
                new Finding("proactive.sum", Severity.WARNING, List.of("proactive.total"), true, true, "分类合计不符",
                        "categories do not add up"),
                new Finding("review.sum", Severity.ERROR, List.of("review.total"), true, false, "通过", "passed"),
                new Finding("fees.unit", Severity.INFO, List.of(), false, false, "未能检查", "could not run"));
        try (H2ReportStore store = H2ReportStore.open(db)) {
            GoldFigures.Loaded r = GoldFigures.load("hongze-2023.txt");
            id = store.add(NewReports.of(r.document(), r.extraction(), null, r.bytes())).reportId();
            store.saveFindings(id, findings);
            assertThat(store.list().get(0).openChecks()).isEqualTo(2);
            store.saveCheckMark(new CheckMark(id, "proactive.sum", "proactive.total", true, "报告原文如此", "li",
                    Instant.parse("2026-01-02T03:04:05Z")));
            assertThat(store.list().get(0).openChecks()).isEqualTo(1);
        }
        try (H2ReportStore store = H2ReportStore.open(db)) {
            assertThat(store.findings(id)).isEqualTo(findings);
            assertThat(store.checkMarks(id)).containsExactly(new CheckMark(id, "proactive.sum", "proactive.total",
                    true, "报告原文如此", "li", Instant.parse("2026-01-02T03:04:05Z")));
            assertThat(store.list().get(0).openChecks()).isEqualTo(1);
            // taking the mark back reopens the check; the log keeps both
            store.saveCheckMark(new CheckMark(id, "proactive.sum", "proactive.total", false, "", "wang", null));
            assertThat(store.list().get(0).openChecks()).isEqualTo(2);
            List<AuditEntry> marks = store.history(id).stream().filter(e -> e.action().equals("check_mark"))
                    .toList();
            assertThat(marks).hasSize(2);
            assertThat(marks.get(1).oldStatus()).isEqualTo("as_published");
            assertThat(marks.get(1).newStatus()).isEqualTo("open");
            // a new run of the checks replaces the old findings
            store.saveFindings(id, findings.subList(2, 4));
            assertThat(store.findings(id)).hasSize(2);
            assertThat(store.list().get(0).openChecks()).isZero();
            store.updateReviewSummary(id, 0, ReviewState.VERIFIED);
            assertThat(store.list().get(0).state()).isEqualTo(ReviewState.VERIFIED);
        }
    }

    @Test
    void unknownReportIsAClearError() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("empty"))) {
            assertThatThrownBy(() -> store.report(42)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("Report 42").hasMessageContaining("empty.mv.db");
            assertThat(store.list()).isEmpty();
            assertThat(store.original(42)).isEmpty();
        }
    }
}
