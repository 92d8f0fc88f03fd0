package org.ogireview.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A result set ordered by report id (its first column), read one report's rows at a time alongside the reports
 * query: the merge that lets an export stream the whole collection with one query per table.
 */
final class GroupedRows<T> {

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final ResultSet rs;
    private final RowMapper<T> mapper;
    private boolean onRow;
    private boolean exhausted;

    GroupedRows(ResultSet rs, RowMapper<T> mapper) {
        this.rs = rs;
        this.mapper = mapper;
    }

    /** The rows of this report; rows of lower ids (none, given the foreign keys) are skipped. */
    List<T> take(long reportId) throws SQLException {
        List<T> out = new ArrayList<>();
        while (advance()) {
            long id = rs.getLong(1);
            if (id > reportId) {
                break;
            }
            if (id == reportId) {
                out.add(mapper.map(rs));
            }
            onRow = false;
        }
        return out;
    }

    /** True when positioned on an unconsumed row. */
    private boolean advance() throws SQLException {
        if (onRow) {
            return true;
        }
        if (exhausted) {
            return false;
        }
        onRow = rs.next();
        exhausted = !onRow;
        return onRow;
    }
}
