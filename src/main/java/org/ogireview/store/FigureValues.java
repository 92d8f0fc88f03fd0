package org.ogireview.store;

import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.Qualifier;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current value, status and qualifier of chosen figures of chosen reports, as the wide export reads them
 * ({@link ReportValues.Value}): what a chart across the collection needs, read straight from the figures table
 * (no copy of the figures is kept anywhere else). The database answers through the (report, key) index, so a
 * year's bodies cost one query whatever the collection's size; another store is asked report by report.
 */
public final class FigureValues {

    /** Reports asked for per query: H2 binds the ids as one array parameter. */
    private static final int BATCH = 2000;

    private FigureValues() {
    }

    /** Report id to key to value; a report or key with no figure is absent. */
    public static Map<Long, Map<String, ReportValues.Value>> read(ReportStore store, Collection<Long> reportIds,
                                                                  Collection<String> keys) throws StoreException {
        Map<Long, Map<String, ReportValues.Value>> out = new HashMap<>();
        if (reportIds.isEmpty() || keys.isEmpty()) {
            return out;
        }
        if (store instanceof H2ReportStore h2) {
            List<Long> ids = new ArrayList<>(reportIds);
            for (int from = 0; from < ids.size(); from += BATCH) {
                read(h2.database(), ids.subList(from, Math.min(ids.size(), from + BATCH)), keys, out);
            }
            return out;
        }
        for (long id : reportIds) {
            for (Figure f : store.figures(id)) {
                if (keys.contains(f.key())) {
                    out.computeIfAbsent(id, k -> new HashMap<>())
                            .put(f.key(), new ReportValues.Value(f.key(), f.value(), f.status(), f.qualifier()));
                }
            }
        }
        return out;
    }

    private static void read(Database db, List<Long> ids, Collection<String> keys,
                             Map<Long, Map<String, ReportValues.Value>> out) throws StoreException {
        db.read("read figures of " + ids.size() + " reports from", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT report_id, field_key, figure_value, status, "
                    + "qualifier FROM figures WHERE report_id = ANY(?) "
                    + "AND field_key = ANY(?)")) {
                Array idArray = c.createArrayOf("BIGINT", ids.toArray());
                Array keyArray = c.createArrayOf("VARCHAR", keys.toArray());
                ps.setArray(1, idArray);
                ps.setArray(2, keyArray);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getString(2);
                        out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(key, new ReportValues.Value(
                                key, rs.getString(3), FigureStatus.fromCode(rs.getString(4)),
                                Qualifier.fromCode(rs.getString(5))));
                    }
                }
            }
            return null;
        });
    }
}
