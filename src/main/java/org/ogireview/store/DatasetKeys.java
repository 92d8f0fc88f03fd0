package org.ogireview.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dataset keys of every report, read in two queries before an export streams the figures: its body and
 * division, its source files, whether it is a copy of another report, and whether another report has its body and
 * year.
 */
public final class DatasetKeys {

    /**
     * @param duplicateOf   the dataset report this file is a copy of; null for a dataset report
     * @param sourceFiles   the files of a dataset report (itself first), in the order they were stored
     * @param sameBodyYear  the other reports of the same body and year ({@code #12 #40}), null when none
     */
    public record Row(long reportId, Long bodyId, String bodyName, String bodyKind, String divisionCode,
                      String divisionLevel, boolean bodyConfirmed, List<String> sourceFiles, Long duplicateOf,
                      String sameBodyYear) {
    }

    private final Map<Long, Row> rows;

    private DatasetKeys(Map<Long, Row> rows) {
        this.rows = rows;
    }

    /** No keys (a stand-in store): every report is a dataset report of its own, with no body. */
    public static DatasetKeys none() {
        return new DatasetKeys(Map.of());
    }

    /** Reads the keys ({@link ExportRows#datasetKeys}); reports not yet linked to a body have none. */
    public static DatasetKeys of(ExportRows store) throws StoreException {
        return store.datasetKeys();
    }

    public static DatasetKeys load(Database db) throws StoreException {
        return db.read("read the dataset keys", c -> {
            Map<Long, List<String>> files = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT report_id, file_name FROM report_files "
                         + "ORDER BY report_id, file_report_id")) {
                while (rs.next()) {
                    files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            Map<Long, Row> out = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT r.id, r.file_name, b.id, b.name, b.kind, b.division_code, "
                         + "b.division_level, b.confirmed, r.duplicate_of, r.same_body_year FROM reports r "
                         + "LEFT JOIN bodies b ON b.id = r.body_id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    List<String> f = files.getOrDefault(id, List.of(rs.getString(2)));
                    out.put(id, new Row(id, (Long) rs.getObject(3, Long.class), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getBoolean(8), f,
                            (Long) rs.getObject(9, Long.class), rs.getString(10)));
                }
            }
            return new DatasetKeys(out);
        });
    }

    /** The keys of a report; null for a report the keys do not know. */
    public Row get(long reportId) {
        return rows.get(reportId);
    }

    /** True when the report is a copy of another (a further file of one dataset report): no wide row of its own. */
    public boolean isCopy(long reportId) {
        Row r = rows.get(reportId);
        return r != null && r.duplicateOf() != null;
    }
}
