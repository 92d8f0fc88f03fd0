package org.ogireview.gui.form;

import org.ogireview.model.ApplicantColumn;
import org.ogireview.model.FieldDef;

import java.util.List;
import java.util.Map;

/**
 * The standard application table (table 三) as printed: one row per outcome, one column per kind of applicant
 * and the total. Each cell is an ordinary field ({@code applications.granted@ngo}, or the bare key for 总计).
 */
public record ApplicationGrid(List<Row> rows) {

    public ApplicationGrid {
        rows = List.copyOf(rows);
    }

    public static List<ApplicantColumn> columns() {
        return List.of(ApplicantColumn.values());
    }

    /** One printed row: its catalogue field and the seven cells. */
    public record Row(FieldDef def, Map<ApplicantColumn, FieldViewModel> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }

        public FieldViewModel cell(ApplicantColumn column) {
            return cells.get(column);
        }
    }
}
