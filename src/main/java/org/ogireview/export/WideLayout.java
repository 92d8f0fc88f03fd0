package org.ogireview.export;

import org.ogireview.model.FieldCatalog;
import org.ogireview.model.FieldDef;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.OwnKeys;
import org.ogireview.store.FieldOrder;
import org.ogireview.store.ReportBundle;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.ReportValues;
import org.ogireview.store.StoredFigure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row per report. After report_id, file, region, year and format comes one column per catalogue field in
 * fields.csv order, each followed by the keys derived from it that some report has (K.pct, then K@natural_person,
 * K.pct@natural_person, ... in applicant-column order), then any key the catalogue does not know. Column names are
 * the keys with '.' and '@' turned into '_' ({@code applications.granted@ngo} -> {@code applications_granted_ngo}),
 * valid variable names in Stata and R. A figure blank in the source or not stated is an empty cell.
 */
final class WideLayout {

    static final List<String> FIXED = List.of("report_id", "file", "region", "year", "format");

    private final List<String> keys;
    private final Map<String, Integer> column = new HashMap<>();

    WideLayout(FieldCatalog catalog, Set<String> keysInUse) {
        Set<String> all = new LinkedHashSet<>();
        for (FieldDef f : catalog.fields()) {
            all.add(f.key());
        }
        // report-specific figures (own.* keys) are in the long layout only: their labels are the reports' own, in
        // Chinese, and would make column names no Stata or R variable can take
        keysInUse.stream().filter(k -> !OwnKeys.isOwn(k)).forEach(all::add);
        this.keys = new FieldOrder(catalog).sorted(all);
        for (int i = 0; i < keys.size(); i++) {
            column.put(keys.get(i), FIXED.size() + i);
        }
    }

    /** The CSV column name of a field key. */
    static String columnName(String key) {
        return key.replace('.', '_').replace('@', '_');
    }

    String[] header() {
        List<String> h = new ArrayList<>(FIXED);
        Set<String> used = new HashSet<>(FIXED);
        for (String k : keys) {
            String name = columnName(k);
            // two keys that differ only in '.' against '_' would collide; keep both, the later one numbered
            String unique = name;
            for (int n = 2; !used.add(unique); n++) {
                unique = name + "__" + n;
            }
            h.add(unique);
        }
        return h.toArray(new String[0]);
    }

    List<String> keys() {
        return keys;
    }

    void write(ReportValues report, CsvFile.Rows rows) throws IOException {
        String[] cells = start(report.report());
        for (ReportValues.Value v : report.values()) {
            put(cells, v.key(), v.value(), v.status());
        }
        rows.row(cells);
    }

    /** The same row from a report read in full (long and wide written in one pass). */
    void write(ReportBundle report, CsvFile.Rows rows) throws IOException {
        String[] cells = start(report.report());
        for (StoredFigure sf : report.figures()) {
            Figure f = sf.figure();
            put(cells, f.key(), f.value(), f.status());
        }
        rows.row(cells);
    }

    private String[] start(ReportSummary r) {
        String[] cells = new String[FIXED.size() + keys.size()];
        Arrays.fill(cells, "");
        cells[0] = Long.toString(r.id());
        cells[1] = r.fileName();
        cells[2] = Cells.of(r.region());
        cells[3] = Cells.of(r.year());
        cells[4] = Cells.of(r.format());
        return cells;
    }

    private void put(String[] cells, String key, String value, FigureStatus status) {
        Integer i = column.get(key);
        if (i != null && status != FigureStatus.NOT_STATED && status != FigureStatus.BLANK_IN_SOURCE) {
            cells[i] = value;
        }
    }
}
