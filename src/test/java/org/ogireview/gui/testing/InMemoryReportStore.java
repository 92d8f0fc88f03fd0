package org.ogireview.gui.testing;

import org.ogireview.extract.Extraction;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.model.CheckMark;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Report;
import org.ogireview.model.ReviewState;
import org.ogireview.store.AuditEntry;
import org.ogireview.store.ImportOutcome;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoreException;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A store in memory for view-model tests: same contract as the H2 store, no undo/redo across restarts. */
public final class InMemoryReportStore implements ReportStore {

    private final Path path;

    private final Map<Long, Report> reports = new LinkedHashMap<>();
    private final Map<Long, Map<String, Figure>> figures = new LinkedHashMap<>();
    private final Map<Long, int[]> summaries = new LinkedHashMap<>();
    private final Map<Long, ReviewState> states = new LinkedHashMap<>();
    private final List<AuditEntry> log = new ArrayList<>();
    private final List<CheckMark> marks = new ArrayList<>();
    private long next = 1;
    /** When set, every save fails with this message (to test how the desk reports it). */
    public volatile String failSaves;

    public InMemoryReportStore() {
        this(Path.of("memory.mv.db"));
    }

    public InMemoryReportStore(Path path) {
        this.path = path;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public synchronized ImportOutcome add(IngestedDocument d, Extraction x, String sourcePath, byte[] original) {
        Optional<Long> known = idBySha256(d.sha256());
        if (known.isPresent() && !d.sha256().isEmpty()) {
            return new ImportOutcome(known.get(), true);
        }
        long id = next++;
        reports.put(id, new Report(id, d.sha256(), d.fileName(), sourcePath, d.sourceKind(), d.charset(), d.text(),
                x.region(), x.year(), x.publishedOn(), x.format(), d.needsManual()));
        Map<String, Figure> map = new LinkedHashMap<>();
        for (ExtractedFigure f : x.figures()) {
            map.put(f.key(), Figure.fromExtracted(f));
        }
        figures.put(id, map);
        states.put(id, ReviewState.NEW);
        summaries.put(id, new int[] {0});
        return new ImportOutcome(id, false);
    }

    @Override
    public synchronized Optional<Long> idBySha256(String sha256) {
        return reports.values().stream().filter(r -> r.sha256().equals(sha256)).map(Report::id).findFirst();
    }

    @Override
    public synchronized int count() {
        return reports.size();
    }

    @Override
    public synchronized List<ReportSummary> list() {
        List<ReportSummary> out = new ArrayList<>();
        for (Report r : reports.values()) {
            List<Figure> fs = List.copyOf(figures.get(r.id()).values());
            out.add(new ReportSummary(r.id(), r.fileName(), r.region(), r.year(), r.format(), fs.size(),
                    (int) fs.stream().filter(f -> f.status().reviewed()).count(), summaries.get(r.id())[0],
                    states.get(r.id()), r.needsManual()));
        }
        out.sort(Comparator.comparing((ReportSummary s) -> s.region() == null ? "" : s.region())
                .thenComparing(s -> s.year() == null ? 0 : s.year()));
        return out;
    }

    @Override
    public synchronized Report report(long id) throws StoreException {
        Report r = reports.get(id);
        if (r == null) {
            throw new StoreException("no report " + id);
        }
        return r;
    }

    @Override
    public Optional<byte[]> original(long id) {
        return Optional.empty();
    }

    @Override
    public synchronized List<Figure> figures(long reportId) {
        return List.copyOf(figures.getOrDefault(reportId, Map.of()).values());
    }

    @Override
    public synchronized void save(long reportId, Figure before, Figure after, String coder, String action)
            throws StoreException {
        if (failSaves != null) {
            throw new StoreException(failSaves);
        }
        figures.get(reportId).put(after.key(), after);
        Report r = reports.get(reportId);
        switch (after.key()) {
            case "report.region" -> r = new Report(r.id(), r.sha256(), r.fileName(), r.sourcePath(), r.sourceKind(),
                    r.charset(), r.text(), after.value(), r.year(), r.publishedOn(), r.format(), r.needsManual());
            case "report.year" -> r = new Report(r.id(), r.sha256(), r.fileName(), r.sourcePath(), r.sourceKind(),
                    r.charset(), r.text(), r.region(), after.value().isEmpty() ? null : Integer.valueOf(after.value()),
                    r.publishedOn(), r.format(), r.needsManual());
            case "report.published_on" -> r = new Report(r.id(), r.sha256(), r.fileName(), r.sourcePath(),
                    r.sourceKind(), r.charset(), r.text(), r.region(), r.year(),
                    after.value().isEmpty() ? null : LocalDate.parse(after.value()), r.format(), r.needsManual());
            case "report.format" -> r = new Report(r.id(), r.sha256(), r.fileName(), r.sourcePath(), r.sourceKind(),
                    r.charset(), r.text(), r.region(), r.year(), r.publishedOn(),
                    org.ogireview.model.ReportFormat.fromCode(after.value()), r.needsManual());
            default -> { }
        }
        reports.put(reportId, r);
        log.add(new AuditEntry(log.size() + 1, reportId, after.key(), before == null ? null : before.value(),
                before == null ? null : before.qualifier().code(), before == null ? null : before.status().code(),
                after.value(), after.qualifier().code(), after.status().code(), coder, Instant.now(), action));
    }

    @Override
    public synchronized Optional<Figure> undo(long reportId, String coder) {
        for (int i = log.size() - 1; i >= 0; i--) {
            AuditEntry e = log.get(i);
            if (e.reportId() == reportId && !e.action().equals("undo")) {
                Figure now = figures.get(reportId).get(e.fieldKey());
                Figure back = e.oldValue() == null ? null : new Figure(now.key(), e.oldValue(),
                        org.ogireview.model.Qualifier.fromCode(e.oldQualifier()), FigureStatus.fromCode(e.oldStatus()),
                        now.start(), now.end(), now.snippet(), now.confidence(), now.extractedValue(),
                        now.extractedQualifier());
                if (back == null) {
                    figures.get(reportId).remove(e.fieldKey());
                } else {
                    figures.get(reportId).put(e.fieldKey(), back);
                }
                log.set(i, new AuditEntry(e.id(), e.reportId(), e.fieldKey(), e.oldValue(), e.oldQualifier(),
                        e.oldStatus(), e.newValue(), e.newQualifier(), e.newStatus(), e.coder(), e.at(), "undo"));
                return Optional.ofNullable(back == null ? now : back);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Figure> redo(long reportId, String coder) {
        return Optional.empty();
    }

    @Override
    public synchronized List<AuditEntry> history(long reportId) {
        return log.stream().filter(e -> e.reportId() == reportId).toList();
    }

    @Override
    public synchronized List<AuditEntry> history() {
        return List.copyOf(log);
    }

    @Override
    public synchronized List<CheckMark> checkMarks(long reportId) {
        return marks.stream().filter(m -> m.reportId() == reportId).toList();
    }

    @Override
    public synchronized void saveCheckMark(CheckMark mark) {
        marks.add(mark);
    }

    @Override
    public synchronized void updateReviewSummary(long reportId, int openChecks, ReviewState state) {
        summaries.get(reportId)[0] = openChecks;
        states.put(reportId, state);
    }

    @Override
    public void close() {
    }
}
