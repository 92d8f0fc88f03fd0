package org.ogireview.coding;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvException;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;
import org.ogireview.model.Report;
import org.ogireview.store.CodingStore;
import org.ogireview.store.CodingStore.Assignment;
import org.ogireview.store.CodingStore.CoderFigure;
import org.ogireview.store.H2ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoreException;
import org.ogireview.store.StoredFigure;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One coder's work carried from one database to another ({@code export-coding} / {@code merge-coding}): a coder
 * without the shared database codes in their own, then brings the work in. Reports are matched by the SHA-256 of
 * their file, never by id (ids differ between databases). Everything a figure holds travels: value, qualifier,
 * status, source span and snippet.
 *
 * <p>Merging never overwrites: where the target already holds a different value of that coder for that figure (or,
 * on a report coded once, a value someone already edited), the row is a conflict, listed and left as it is.
 */
public final class CodingTransfer {

    static final String[] HEADER = {"sha256", "file", "coder", "first_coder", "second_coder", "field", "value",
            "qualifier", "status", "source_start", "source_end", "snippet"};

    /** What a merge did: values applied, values already there, and every conflict or row it could not place. */
    public record MergeResult(int applied, int same, List<String> conflicts, List<String> unplaced) {
    }

    private final H2ReportStore store;
    private final DoubleCoding coding;

    public CodingTransfer(H2ReportStore store, DoubleCoding coding) {
        this.store = store;
        this.coding = coding;
    }

    /**
     * Writes the coder's work: their own values on the reports they double code, and their edits (the figures they
     * last changed) on reports coded once. Returns the number of figures written.
     */
    public long export(String coder, Path out) throws IOException, StoreException {
        CodingStore cs = coding.codingStore();
        Map<Long, Assignment> assignments = cs.assignments();
        Map<Long, List<CoderFigure>> own = new HashMap<>();
        for (CoderFigure f : cs.allCodings()) {
            if (f.coder().equals(coder)) {
                own.computeIfAbsent(f.reportId(), k -> new ArrayList<>()).add(f);
            }
        }
        List<String[]> rows = new ArrayList<>();
        for (ReportSummary s : store.list()) {
            Report r = store.report(s.id());
            Assignment a = assignments.get(s.id());
            if (a != null && a.hasCoder(coder)) {
                for (CoderFigure f : own.getOrDefault(s.id(), List.of())) {
                    rows.add(row(r, coder, a, f.figure()));
                }
            } else if (a == null) {
                for (StoredFigure f : store.storedFigures(s.id())) {
                    if (coder.equals(f.coder())) {
                        rows.add(row(r, coder, null, f.figure()));
                    }
                }
            }
        }
        return org.ogireview.export.CsvFile.write(out, false, csv -> {
            csv.header(HEADER);
            for (String[] row : rows) {
                csv.row(row);
            }
        });
    }

    private static String[] row(Report r, String coder, Assignment a, Figure f) {
        return new String[]{r.sha256(), r.fileName(), coder, a == null ? "" : a.firstCoder(),
                a == null ? "" : a.secondCoder(), f.key(), f.value(), f.qualifier().code(), f.status().code(),
                Integer.toString(f.start()), Integer.toString(f.end()), f.snippet()};
    }

    /** Brings a file written by {@link #export} into this database, as the coder named in it. */
    public MergeResult merge(Path file, String by) throws IOException, StoreException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVReaderHeaderAware csv = new CSVReaderHeaderAware(reader)) {
            Map<String, String> row;
            while ((row = csv.readMap()) != null) {
                rows.add(row);
            }
        } catch (CsvException | IllegalArgumentException e) {
            throw new IOException(file + ": not a coding file written by export-coding (" + e.getMessage() + ")", e);
        }
        Map<String, Long> bySha = new HashMap<>();
        for (ReportSummary s : store.list()) {
            bySha.put(store.report(s.id()).sha256(), s.id());
        }
        int applied = 0;
        int same = 0;
        List<String> conflicts = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        int line = 1;
        for (Map<String, String> r : rows) {
            line++;
            String where = file.getFileName() + " line " + line + ": ";
            Long id = bySha.get(r.getOrDefault("sha256", ""));
            if (id == null || r.get("field") == null || r.get("coder") == null) {
                unplaced.add(where + (id == null ? "report " + r.getOrDefault("file", "?")
                        + " (SHA-256 " + r.getOrDefault("sha256", "?") + ") is not in this database"
                        : "the row lacks its field or coder"));
                continue;
            }
            String coder = r.get("coder");
            Figure incoming;
            try {
                incoming = new Figure(r.get("field"), r.getOrDefault("value", ""),
                        Qualifier.fromCode(r.get("qualifier")), FigureStatus.fromCode(r.get("status")),
                        Integer.parseInt(r.get("source_start")), Integer.parseInt(r.get("source_end")),
                        r.getOrDefault("snippet", ""), 1.0, "", Qualifier.EXACT);
            } catch (RuntimeException e) {
                unplaced.add(where + "unreadable figure (" + e.getMessage() + ")");
                continue;
            }
            String firstCoder = r.getOrDefault("first_coder", "");
            Optional<Assignment> a = coding.codingStore().assignment(id);
            if (!firstCoder.isEmpty() && a.isEmpty()) {
                coding.codingStore().assign(List.of(id), firstCoder, r.get("second_coder"), by, "merge");
                a = coding.codingStore().assignment(id);
            }
            String key = incoming.key();
            Figure current = store.figures(id).stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
            Figure carried = current == null ? incoming : new Figure(key, incoming.value(), incoming.qualifier(),
                    incoming.status(), incoming.start(), incoming.end(), incoming.snippet(), current.confidence(),
                    current.extractedValue(), current.extractedQualifier());
            if (a.isPresent() && a.get().hasCoder(coder)) {
                CoderFigure mine = coding.codingStore().codings(id, coder).get(key);
                if (mine != null) {
                    if (Comparison.sameCoding(mine.figure(), carried) && mine.figure().status() == carried.status()) {
                        same++;
                    } else {
                        conflicts.add(where + key + " of " + r.get("file") + ": " + coder + " has "
                                + show(mine.figure()) + " here, the file says " + show(carried));
                    }
                    continue;
                }
                coding.save(id, coder, current == null ? null : DoubleCoding.proposal(current), carried,
                        "merge_coding");
                applied++;
            } else if (a.isPresent()) {
                unplaced.add(where + "report " + r.get("file") + " is double coded here by "
                        + a.get().firstCoder() + " and " + a.get().secondCoder() + ", not by " + coder);
            } else {
                StoredFigure stored = store.storedFigures(id).stream().filter(f -> f.figure().key().equals(key))
                        .findFirst().orElse(null);
                if (stored != null && Comparison.sameCoding(stored.figure(), carried)
                        && stored.figure().status() == carried.status()) {
                    same++;
                } else if (stored != null && stored.coder() != null) {
                    conflicts.add(where + key + " of " + r.get("file") + ": " + stored.coder() + " set "
                            + show(stored.figure()) + " here, the file says " + show(carried) + " by " + coder);
                } else {
                    store.save(id, current, carried, coder, "merge_coding");
                    applied++;
                }
            }
        }
        return new MergeResult(applied, same, conflicts, unplaced);
    }

    private static String show(Figure f) {
        String q = f.qualifier().code();
        return "'" + f.value() + "'" + (q.isEmpty() ? "" : " (" + q + ")") + " [" + f.status().code() + "]";
    }
}
