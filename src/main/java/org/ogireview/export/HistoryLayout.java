package org.ogireview.export;

import org.ogireview.store.AuditEntry;
import org.ogireview.store.DatasetKeys;
import org.ogireview.store.HistoryRow;

import java.io.IOException;

/**
 * The audit log, one row per entry, oldest first. {@code field} is the figure's key, {@code *} for an import (whose
 * new_value is the file name), or the finding's field list for a check mark (whose rule is in check_rule, and whose
 * status columns read as_published or open). {@code reverts_entry} names the entry an undo takes back or a redo
 * re-applies.
 */
final class HistoryLayout {

    static final String[] HEADER = {"entry_id", "report_id", "file", "action", "field", "label", "old_value",
            "old_qualifier", "old_status", "new_value", "new_qualifier", "new_status", "coder", "changed_at",
            "reverts_entry", "check_rule", "body_id", "division_code",
            // double coding (issue 13): first_coder, second_coder or adjudicator, and the adjudicator's note
            "role", "note"};

    private final Labels labels;
    private DatasetKeys keys = DatasetKeys.none();
    private CodingColumns coding = CodingColumns.none();

    HistoryLayout(Labels labels) {
        this.labels = labels;
    }

    /** The dataset keys the body_id and division_code columns come from. */
    HistoryLayout keys(DatasetKeys datasetKeys) {
        this.keys = datasetKeys;
        return this;
    }

    /** The role and note of the double coding entries. */
    HistoryLayout coding(CodingColumns columns) {
        this.coding = columns;
        return this;
    }

    void write(HistoryRow row, CsvFile.Rows rows) throws IOException {
        AuditEntry e = row.entry();
        boolean figure = row.checkRule() == null && !e.fieldKey().equals("*");
        rows.row(CodingColumns.concat(new String[]{Long.toString(e.id()), Long.toString(e.reportId()),
                row.fileName(), e.action(), e.fieldKey(),
                figure ? labels.zh(e.fieldKey()) : "", Cells.oneLine(e.oldValue()), Cells.of(e.oldQualifier()),
                Cells.of(e.oldStatus()), Cells.oneLine(e.newValue()), Cells.of(e.newQualifier()),
                Cells.of(e.newStatus()), e.coder(), Cells.time(e.at()), Cells.of(row.reverts()),
                Cells.of(row.checkRule()), bodyId(e.reportId()), division(e.reportId())},
                coding.historyCells(e.id())));
    }

    private String bodyId(long reportId) {
        DatasetKeys.Row k = keys.get(reportId);
        return k == null ? "" : Cells.of(k.bodyId());
    }

    private String division(long reportId) {
        DatasetKeys.Row k = keys.get(reportId);
        return k == null ? "" : Cells.of(k.divisionCode());
    }
}
