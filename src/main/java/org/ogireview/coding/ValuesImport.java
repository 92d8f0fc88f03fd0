package org.ogireview.coding;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import org.ogireview.model.FieldCatalog;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.OwnKeys;
import org.ogireview.model.Qualifier;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoreException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies values coded elsewhere (a spreadsheet, another tool) as one coder's coding: a CSV with the long layout's
 * columns, of which it reads report_id or file (which report), field, value and qualifier, and status when there is
 * one. On a report the coder double codes the values become their own coding; on a report nobody double codes they
 * are saved as that coder's edits. Every row that cannot be placed is reported with its line number and why; the
 * other rows are applied.
 */
public final class ValuesImport {

    /** What an import did: rows applied, rows that changed nothing, and every row it could not place. */
    public record Result(int applied, int unchanged, List<String> problems) {
    }

    private final ReportStore store;
    private final DoubleCoding coding;
    private final FieldCatalog catalog;

    public ValuesImport(ReportStore store, DoubleCoding coding, FieldCatalog catalog) {
        this.store = store;
        this.coding = coding;
        this.catalog = catalog;
    }

    public Result apply(Path csvFile, String coder) throws IOException, StoreException {
        try (Reader reader = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8)) {
            return apply(reader, csvFile.getFileName().toString(), coder);
        }
    }

    public Result apply(Reader reader, String name, String coder) throws IOException, StoreException {
        if (coder == null || coder.isBlank()) {
            throw new IllegalArgumentException("import-values needs the coder's name");
        }
        List<String[]> lines;
        try (CSVReader csv = new CSVReader(reader)) {
            lines = csv.readAll();
        } catch (CsvException e) {
            throw new IOException(name + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty()) {
            throw new IOException(name + ": the file is empty; expected a header with report_id or file, field, "
                    + "value and qualifier");
        }
        Map<String, Integer> col = new HashMap<>();
        String[] header = lines.get(0);
        for (int i = 0; i < header.length; i++) {
            col.put(header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
        }
        if (!col.containsKey("field") || !col.containsKey("value")
                || !(col.containsKey("report_id") || col.containsKey("file"))) {
            throw new IOException(name + ": the header needs report_id or file, field and value (and may have "
                    + "qualifier and status); it has " + String.join(", ", header));
        }
        Map<String, List<Long>> byFile = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (ReportSummary s : store.list()) {
            byFile.computeIfAbsent(s.fileName(), k -> new ArrayList<>()).add(s.id());
            names.put(s.id(), s.fileName());
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<Long, Map<String, Figure>> figureCache = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int applied = 0;
        int unchanged = 0;
        for (int line = 1; line < lines.size(); line++) {
            String[] row = lines.get(line);
            int rowNo = line + 1;
            if (row.length == 1 && row[0].isBlank()) {
                continue;
            }
            String where = name + " line " + rowNo + ": ";
            Optional<Long> report = report(row, col, byFile, names, where, problems);
            if (report.isEmpty()) {
                continue;
            }
            long id = report.get();
            String key = cell(row, col, "field");
            if (key.isEmpty()) {
                problems.add(where + "no field");
                continue;
            }
            Map<String, Figure> figures = figureCache.computeIfAbsent(id, k -> new HashMap<>());
            if (figures.isEmpty()) {
                for (Figure f : coding.figuresFor(id, coder)) {
                    figures.put(f.key(), f);
                }
            }
            if (!catalog.knows(key) && !(OwnKeys.isOwn(key) && figures.containsKey(key))) {
                problems.add(where + "unknown field " + key + (OwnKeys.isOwn(key)
                        ? " (a report-specific field this report does not have)" : ""));
                continue;
            }
            Integer earlier = seen.putIfAbsent(id + "\t" + key, rowNo);
            if (earlier != null) {
                problems.add(where + key + " of report " + id + " is given again (line " + earlier
                        + " was applied)");
                continue;
            }
            Qualifier qualifier;
            try {
                qualifier = Qualifier.fromCode(cell(row, col, "qualifier"));
            } catch (IllegalArgumentException e) {
                problems.add(where + "unknown qualifier '" + cell(row, col, "qualifier") + "' (expected empty, "
                        + "more_than, about, less_than or blank_in_source)");
                continue;
            }
            String value = cell(row, col, "value");
            Figure before = figures.get(key);
            FigureStatus status;
            String statusCell = cell(row, col, "status");
            try {
                status = !statusCell.isEmpty() && !statusCell.equals("auto") ? FigureStatus.fromCode(statusCell)
                        : status(value, qualifier, before);
            } catch (IllegalArgumentException e) {
                problems.add(where + "unknown status '" + statusCell + "'");
                continue;
            }
            Figure after = before == null
                    ? new Figure(key, value, qualifier, status, -1, -1, "", 1.0, "", Qualifier.EXACT)
                    : new Figure(key, value, qualifier, status, before.start(), before.end(), before.snippet(),
                    before.confidence(), before.extractedValue(), before.extractedQualifier());
            if (before != null && before.value().equals(value) && before.qualifier() == qualifier
                    && before.status() == status) {
                unchanged++;
                continue;
            }
            try {
                if (coding.codesBlind(id, coder)) {
                    coding.save(id, coder, before, after, "import_values");
                } else if (coding.codingStore().assignment(id).isPresent()) {
                    problems.add(where + "report " + id + " is double coded by others, not by " + coder);
                    continue;
                } else {
                    Optional<String> other = otherCoder(id, key, coder);
                    if (other.isPresent()) {
                        problems.add(where + key + " of report " + id + " was set to '" + before.value() + "' by "
                                + other.get() + ": not overwritten (mark the report for double coding to code it "
                                + "twice)");
                        continue;
                    }
                    store.save(id, before, after, coder, "import_values");
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage());
                continue;
            }
            figures.put(key, after);
            applied++;
        }
        return new Result(applied, unchanged, problems);
    }

    /** Who else last changed this figure of a report coded once (empty: nobody, or this coder). */
    private Optional<String> otherCoder(long reportId, String key, String coder) throws StoreException {
        if (!(store instanceof org.ogireview.store.H2ReportStore h2)) {
            return Optional.empty();
        }
        return h2.storedFigures(reportId).stream().filter(f -> f.figure().key().equals(key))
                .map(org.ogireview.store.StoredFigure::coder)
                .filter(c -> c != null && !c.equals(coder)).findFirst();
    }

    private static FigureStatus status(String value, Qualifier qualifier, Figure before) {
        if (qualifier == Qualifier.BLANK_IN_SOURCE) {
            return FigureStatus.BLANK_IN_SOURCE;
        }
        if (value.isEmpty()) {
            return FigureStatus.NOT_STATED;
        }
        return before != null && before.extractedValue().equals(value) ? FigureStatus.CONFIRMED
                : FigureStatus.CORRECTED;
    }

    private static Optional<Long> report(String[] row, Map<String, Integer> col, Map<String, List<Long>> byFile,
                                         Map<Long, String> names, String where, List<String> problems) {
        String idCell = cell(row, col, "report_id");
        if (!idCell.isEmpty()) {
            try {
                long id = Long.parseLong(idCell);
                if (names.containsKey(id)) {
                    return Optional.of(id);
                }
                problems.add(where + "no report " + id + " in the database");
            } catch (NumberFormatException e) {
                problems.add(where + "report_id '" + idCell + "' is not a number");
            }
            return Optional.empty();
        }
        String file = cell(row, col, "file");
        List<Long> ids = byFile.getOrDefault(file, List.of());
        if (ids.size() == 1) {
            return Optional.of(ids.get(0));
        }
        problems.add(where + (file.isEmpty() ? "neither report_id nor file"
                : ids.isEmpty() ? "no report from file " + file
                : "file " + file + " names " + ids.size() + " reports " + ids + ": give report_id"));
        return Optional.empty();
    }

    private static String cell(String[] row, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= row.length || row[i] == null ? "" : row[i].strip();
    }
}
