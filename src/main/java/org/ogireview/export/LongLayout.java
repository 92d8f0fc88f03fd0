package org.ogireview.export;

import org.ogireview.model.Finding;
import org.ogireview.model.CheckMark;
import org.ogireview.model.FieldDef;
import org.ogireview.model.Figure;
import org.ogireview.store.DatasetKeys;
import org.ogireview.model.OwnField;
import org.ogireview.store.ReportBundle;
import org.ogireview.store.ReportSummary;
import org.ogireview.store.StoredFigure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per figure. The check columns list the failed findings and the coder's marks that involve the figure's
 * field, several joined with " | " in the same order in all three columns.
 */
final class LongLayout {

    static final String[] HEADER = {"report_id", "file", "region", "year", "format", "field", "label", "label_en",
            "unit", "value", "qualifier", "status", "extracted_value", "source_start", "source_end", "snippet", "coder",
            "changed_at", "check_rule", "check_as_published", "check_note", "body_id", "division_code"};

    private static final String JOIN = " | ";

    private final Labels labels;
    private DatasetKeys keys = DatasetKeys.none();
    /** Report id to report-specific key to the label as that report writes it and its unit. */
    private final Map<Long, Map<String, OwnField>> ownFields;

    LongLayout(Labels labels) {
        this(labels, Map.of());
    }

    LongLayout(Labels labels, Map<Long, Map<String, OwnField>> ownFields) {
        this.labels = labels;
        this.ownFields = ownFields;
    }

    /** The dataset keys the body_id and division_code columns come from. */
    LongLayout keys(DatasetKeys datasetKeys) {
        this.keys = datasetKeys;
        return this;
    }

    void write(ReportBundle bundle, CsvFile.Rows rows) throws IOException {
        ReportSummary r = bundle.report();
        Map<String, List<CheckRef>> checks = checksByField(bundle);
        String id = Long.toString(r.id());
        String year = Cells.of(r.year());
        String format = Cells.of(r.format());
        DatasetKeys.Row k = keys.get(r.id());
        String bodyId = k == null ? "" : Cells.of(k.bodyId());
        String division = k == null ? "" : Cells.of(k.divisionCode());
        Map<String, OwnField> own = ownFields.getOrDefault(r.id(), Map.of());
        for (StoredFigure sf : bundle.figures()) {
            Figure f = sf.figure();
            List<CheckRef> refs = checks.getOrDefault(f.key(), List.of());
            OwnField o = own.get(f.key()); // a report-specific figure: the report's own label and unit
            FieldDef ownDef = o == null ? null : o.def();
            rows.row(id, r.fileName(), Cells.of(r.region()), year, format, f.key(),
                    ownDef == null ? labels.zh(f.key()) : ownDef.labelZh(),
                    ownDef == null ? labels.en(f.key()) : ownDef.labelEn(),
                    ownDef == null ? labels.unit(f.key()) : ownDef.unit(), f.value(), f.qualifier().code(), f.status().code(),
                    f.extractedValue(), Cells.offset(f.start()), Cells.offset(f.end()), Cells.oneLine(f.snippet()),
                    Cells.of(sf.coder()), Cells.time(sf.changedAt()), join(refs, 0), join(refs, 1), join(refs, 2),
                    bodyId, division);
        }
    }

    /** A finding or mark as the three check columns show it. */
    private record CheckRef(String rule, String asPublished, String note) {
        String part(int i) {
            return i == 0 ? rule : i == 1 ? asPublished : note;
        }
    }

    private static Map<String, List<CheckRef>> checksByField(ReportBundle bundle) {
        if (bundle.findings().isEmpty() && bundle.marks().isEmpty()) {
            return Map.of();
        }
        Map<String, CheckMark> marks = new LinkedHashMap<>();
        for (CheckMark m : bundle.marks()) {
            marks.put(m.rule() + "\n" + m.fields(), m);
        }
        Map<String, List<CheckRef>> out = new HashMap<>();
        for (Finding f : bundle.findings()) {
            if (!f.failed()) {
                continue;
            }
            CheckMark m = marks.remove(f.rule() + "\n" + f.fieldList());
            CheckRef ref = new CheckRef(f.rule(), m != null && m.asPublished() ? "yes" : "no",
                    m == null ? "" : Cells.oneLine(m.note()));
            for (String key : f.fields()) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(ref);
            }
        }
        // marks on findings the latest run no longer raises: the coder's word is still part of the record
        for (CheckMark m : marks.values()) {
            CheckRef ref = new CheckRef(m.rule(), m.asPublished() ? "yes" : "no", Cells.oneLine(m.note()));
            for (String key : m.fields().split(" ")) {
                if (!key.isBlank()) {
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(ref);
                }
            }
        }
        return out;
    }

    private static String join(List<CheckRef> refs, int part) {
        if (refs.isEmpty()) {
            return "";
        }
        if (refs.size() == 1) {
            return refs.get(0).part(part);
        }
        StringBuilder b = new StringBuilder();
        for (CheckRef r : refs) {
            if (b.length() > 0) {
                b.append(JOIN);
            }
            b.append(r.part(part));
        }
        return b.toString();
    }
}
