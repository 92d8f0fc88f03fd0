package org.ogireview.coding;

import org.ogireview.check.Checker;
import org.ogireview.model.Finding;
import org.ogireview.check.ReportFacts;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.model.Report;
import org.ogireview.store.CodingStore;
import org.ogireview.store.CodingStore.Assignment;
import org.ogireview.store.CodingStore.CoderFigure;
import org.ogireview.store.CodingStore.Decision;
import org.ogireview.store.ReportStore;
import org.ogireview.store.StoreException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Double coding over a store: assignment, each coder's blind view and saves, the figures two coders disagree on, and
 * the adjudicator's decisions.
 *
 * <p>What a coder "coded" for a figure is their own value where they saved one, otherwise the extractor's proposal
 * they were shown and left standing (status auto, so the status statistics tell the two apart). The dataset value
 * (the figures table, which every export reads) stays the proposal until the two coders agree on a figure they
 * both looked at, or the adjudicator decides it.
 */
public final class DoubleCoding {

    private final ReportStore store;
    private final CodingStore coding;
    private final Checker checker;

    public DoubleCoding(ReportStore store, CodingStore coding) {
        this.store = Objects.requireNonNull(store);
        this.coding = Objects.requireNonNull(coding);
        this.checker = new Checker();
    }

    /** Double coding on a database store; empty for a store that keeps no database. */
    public static Optional<DoubleCoding> of(ReportStore store) {
        return CodingStore.of(store).map(c -> new DoubleCoding(store, c));
    }

    public CodingStore codingStore() {
        return coding;
    }

    // ------------------------------------------------------------------ assignment

    /** Marks reports (one, or a filtered list) for double coding; ids already assigned to other coders come back. */
    public List<Long> assign(Collection<Long> reportIds, String first, String second, String by)
            throws StoreException {
        return coding.assign(reportIds, first, second, by, reportIds.size() == 1 ? "report" : "list");
    }

    /** Marks a random share of these reports, reproducible with the seed; the ids drawn. */
    public List<Long> assignSample(Collection<Long> reportIds, double share, long seed, String first, String second,
                                   String by) throws StoreException {
        List<Long> drawn = CodingSample.draw(reportIds, share, seed);
        coding.assign(drawn, first, second, by, CodingSample.describe(share, seed));
        return drawn;
    }

    /** One line of a coder's queue. */
    public record QueueItem(long reportId, String fileName, String otherCoder, int coded, int figures) {
    }

    /** The reports a coder double codes, with how many figures they have coded so far. */
    public List<QueueItem> queue(String coder) throws StoreException {
        List<QueueItem> out = new ArrayList<>();
        for (Assignment a : coding.assignments().values()) {
            if (!a.hasCoder(coder)) {
                continue;
            }
            Report r = store.report(a.reportId());
            int figures = store.figures(a.reportId()).size();
            out.add(new QueueItem(a.reportId(), r.fileName(), a.otherCoder(coder),
                    coding.codings(a.reportId(), coder).size(), figures));
        }
        return out;
    }

    // ------------------------------------------------------------------ coding

    /**
     * The figures as this coder sees them: the extractor's proposal overlaid with their own values, never the other
     * coder's nor the dataset's. For a report not double coded by this coder: the figures as stored.
     */
    public List<Figure> figuresFor(long reportId, String coder) throws StoreException {
        Optional<Assignment> a = coding.assignment(reportId);
        List<Figure> stored = store.figures(reportId);
        if (a.isEmpty() || !a.get().hasCoder(coder)) {
            return stored;
        }
        return new ArrayList<>(effective(stored, coding.codings(reportId, coder)).values());
    }

    /** True when the coder codes this report blind (their saves go to their own values). */
    public boolean codesBlind(long reportId, String coder) throws StoreException {
        return coding.assignment(reportId).map(a -> a.hasCoder(coder)).orElse(false);
    }

    /**
     * Saves a coder's value; where both coders have now looked at the figure and agree, the agreed value becomes the
     * dataset value (unless an adjudicator has decided it).
     */
    public void save(long reportId, String coder, Figure before, Figure after, String action) throws StoreException {
        if (coding.saveCoding(reportId, coder, before, after, action)) {
            settleIfAgreed(reportId, after.key());
        }
    }

    /**
     * Undoes the coder's latest change of their own values on a report they double code (never the other coder's
     * nor the dataset's); where both coders now agree, the agreed value becomes the dataset value as after a save.
     * Refused with {@link org.ogireview.store.UndoConflictException} when their value was changed by someone else
     * since. Empty when there is nothing of theirs to undo.
     */
    public Optional<Figure> undo(long reportId, String coder) throws StoreException {
        Optional<Figure> f = coding.undoCoding(reportId, coder);
        if (f.isPresent()) {
            settleIfAgreed(reportId, f.get().key());
        }
        return f;
    }

    /** Redoes the coder's latest undone change of their own values; as {@link #undo}. */
    public Optional<Figure> redo(long reportId, String coder) throws StoreException {
        Optional<Figure> f = coding.redoCoding(reportId, coder);
        if (f.isPresent()) {
            settleIfAgreed(reportId, f.get().key());
        }
        return f;
    }

    private void settleIfAgreed(long reportId, String key) throws StoreException {
        Assignment a = coding.assignment(reportId).orElseThrow();
        if (coding.decision(reportId, key).isPresent()) {
            return;
        }
        List<Figure> stored = store.figures(reportId);
        Figure one = effective(stored, coding.codings(reportId, a.firstCoder())).get(key);
        Figure two = effective(stored, coding.codings(reportId, a.secondCoder())).get(key);
        if (one == null || two == null || !one.status().reviewed() || !two.status().reviewed()
                || !Comparison.sameCoding(one, two)) {
            return;
        }
        Figure current = stored.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
        FigureStatus status = one.status() == two.status() ? one.status()
                : one.value().equals(one.extractedValue()) ? FigureStatus.CONFIRMED : FigureStatus.CORRECTED;
        Figure agreed = new Figure(key, one.value(), one.qualifier(), status, one.start(), one.end(), one.snippet(),
                current == null ? 1.0 : current.confidence(), current == null ? "" : current.extractedValue(),
                current == null ? Qualifier.EXACT : current.extractedQualifier());
        coding.writeAgreed(reportId, agreed, a.firstCoder() + "+" + a.secondCoder());
    }

    /** The proposal of every stored figure, overlaid with a coder's own values (theirs added where new). */
    static Map<String, Figure> effective(List<Figure> stored, Map<String, CoderFigure> own) {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (Figure f : stored) {
            out.put(f.key(), proposal(f));
        }
        for (CoderFigure c : own.values()) {
            out.put(c.figure().key(), c.figure());
        }
        return out;
    }

    /** What the extractor proposed for a stored figure, as both coders are shown it. */
    static Figure proposal(Figure f) {
        return new Figure(f.key(), f.extractedValue(), f.extractedQualifier(), FigureStatus.AUTO, f.start(), f.end(),
                f.snippet(), f.confidence(), f.extractedValue(), f.extractedQualifier());
    }

    /** Both coders' coding of every double-coded report (for agreement and the adjudication queue). */
    public List<CodedReport> codedReports() throws StoreException {
        Map<Long, Map<String, Map<String, CoderFigure>>> byReport = new LinkedHashMap<>();
        for (CoderFigure c : coding.allCodings()) {
            byReport.computeIfAbsent(c.reportId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.coder(), k -> new LinkedHashMap<>()).put(c.figure().key(), c);
        }
        List<CodedReport> out = new ArrayList<>();
        for (Assignment a : coding.assignments().values()) {
            List<Figure> stored = store.figures(a.reportId());
            Map<String, Map<String, CoderFigure>> own = byReport.getOrDefault(a.reportId(), Map.of());
            out.add(new CodedReport(a, effective(stored, own.getOrDefault(a.firstCoder(), Map.of())),
                    effective(stored, own.getOrDefault(a.secondCoder(), Map.of()))));
        }
        return out;
    }

    /** One double-coded report: each coder's figures by key. */
    public record CodedReport(Assignment assignment, Map<String, Figure> first, Map<String, Figure> second) {

        public Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>(first.keySet());
            keys.addAll(second.keySet());
            return keys;
        }
    }

    // ------------------------------------------------------------------ adjudication

    /** Every figure the two coders of a report coded differently, decided or not, report by report. */
    public List<Disagreement> disagreements() throws StoreException {
        Map<Long, Map<String, Decision>> decisions = coding.decisions();
        List<Disagreement> out = new ArrayList<>();
        for (CodedReport r : codedReports()) {
            Assignment a = r.assignment();
            List<String> differing = new ArrayList<>();
            for (String key : r.keys()) {
                if (!Comparison.sameCoding(r.first().get(key), r.second().get(key))) {
                    differing.add(key);
                }
            }
            if (differing.isEmpty()) {
                continue;
            }
            Report report = store.report(a.reportId());
            List<Finding> firstFindings = findings(report, r.first());
            List<Finding> secondFindings = findings(report, r.second());
            for (String key : differing) {
                out.add(new Disagreement(a.reportId(), report.fileName(), key, a.firstCoder(), r.first().get(key),
                        failing(firstFindings, key), a.secondCoder(), r.second().get(key),
                        failing(secondFindings, key),
                        decisions.getOrDefault(a.reportId(), Map.of()).get(key)));
            }
        }
        return out;
    }

    private List<Finding> findings(Report report, Map<String, Figure> figures) {
        try {
            return checker.check(new ReportFacts(report.fileName(), report.region(), report.year(),
                    report.publishedOn(), report.format(), figures).withText(report.text()));
        } catch (RuntimeException e) {
            return List.of(); // a rule tripping over odd figures must not hide the disagreement
        }
    }

    private static List<String> failing(List<Finding> findings, String key) {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.failed() && f.fields().contains(key)) {
                out.add(f.rule());
            }
        }
        return out;
    }

    /** Which value the adjudicator takes. */
    public enum Choice {
        FIRST("first"), SECOND("second"), THIRD("third");

        private final String code;

        Choice(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * Settles a disagreement: takes the first or the second coder's figure, or {@code third} (a value neither gave),
     * records the decision with the note, and makes it the dataset value.
     */
    public void adjudicate(Disagreement d, String adjudicator, Choice choice, Figure third, String note)
            throws StoreException {
        Figure chosen = switch (choice) {
            case FIRST -> d.first();
            case SECOND -> d.second();
            case THIRD -> Objects.requireNonNull(third, "a third value is needed");
        };
        Figure current = store.figures(d.reportId()).stream().filter(f -> f.key().equals(d.key())).findFirst()
                .orElse(null);
        Figure dataset;
        if (chosen == null) { // the chosen coder has no such figure: the report does not state it
            dataset = new Figure(d.key(), "", Qualifier.EXACT, FigureStatus.NOT_STATED, -1, -1, "",
                    current == null ? 1.0 : current.confidence(), current == null ? "" : current.extractedValue(),
                    current == null ? Qualifier.EXACT : current.extractedQualifier());
        } else {
            FigureStatus status = chosen.status() == FigureStatus.AUTO ? FigureStatus.CONFIRMED : chosen.status();
            if (choice == Choice.THIRD && status == FigureStatus.CONFIRMED && current != null
                    && !chosen.value().equals(current.extractedValue())) {
                status = FigureStatus.CORRECTED;
            }
            dataset = new Figure(d.key(), chosen.value(), chosen.qualifier(), status, chosen.start(), chosen.end(),
                    chosen.snippet(), current == null ? 1.0 : current.confidence(),
                    current == null ? "" : current.extractedValue(),
                    current == null ? Qualifier.EXACT : current.extractedQualifier());
        }
        coding.decide(new Decision(d.reportId(), d.key(), adjudicator, choice.code(), dataset,
                note == null ? "" : note.strip(), Instant.now()));
    }
}
