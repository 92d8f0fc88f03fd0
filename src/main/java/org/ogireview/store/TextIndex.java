package org.ogireview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The table {@code report_search} (migration V3): every report's text folded for the search (as
 * {@code org.ogireview.extract.SearchText} folds it: the folding is the caller's, the store only keeps and scans it),
 * written with the report and scanned with POSITION (standard SQL: H2 and PostgreSQL). Reports stored before V3 are
 * folded with the fold the searcher hands in ({@link TextSearch#foldMissing}).
 */
final class TextIndex {

    /** Characters per row; H2 holds at most 1,000,000 in a VARCHAR. */
    static final int PART = 500_000;
    /**
     * Characters each part repeats from the end of the one before, so a phrase across a cut is still found whole
     * (a longer phrase across a cut is missed; only texts of over half a million characters are cut at all).
     */
    static final int OVERLAP = 500;

    private TextIndex() {
    }

    /** Writes the folded text of a newly stored report. */
    static void add(Connection c, long reportId, String folded) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_search (report_id, part, folded) "
                + "VALUES (?, ?, ?)")) {
            List<String> parts = parts(folded == null ? "" : folded);
            for (int i = 0; i < parts.size(); i++) {
                ps.setLong(1, reportId);
                ps.setInt(2, i);
                ps.setString(3, parts.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static List<String> parts(String folded) {
        List<String> out = new ArrayList<>();
        int start = 0;
        do {
            int end = Math.min(folded.length(), start + PART);
            out.add(folded.substring(start, end));
            if (end == folded.length()) {
                break;
            }
            start = end - OVERLAP;
        } while (true);
        return out;
    }

    /** Folds the reports that have no rows yet (stored before V3) with the given fold; how many it folded. */
    static int fillIn(Connection c, UnaryOperator<String> fold) throws SQLException {
        int done = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT r.id, r.report_text "
                + "FROM reports r WHERE NOT EXISTS (SELECT 1 FROM report_search t WHERE t.report_id = r.id)")) {
            while (rs.next()) {
                add(c, rs.getLong(1), fold.apply(rs.getString(2)));
                done++;
            }
        }
        return done;
    }

    /** True when some report has no rows yet. */
    static boolean incomplete(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM reports r "
                + "WHERE NOT EXISTS (SELECT 1 FROM report_search t WHERE t.report_id = r.id) LIMIT 1")) {
            return rs.next();
        }
    }

    /** Ids of the reports whose folded text contains the phrase, folded already (empty: every report). */
    static Set<Long> search(Connection c, String foldedPhrase) throws SQLException {
        String folded = foldedPhrase == null ? "" : foldedPhrase;
        Set<Long> out = new HashSet<>();
        String sql = folded.isEmpty() ? "SELECT id FROM reports"
                : "SELECT DISTINCT report_id FROM report_search WHERE POSITION(? IN folded) > 0";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (!folded.isEmpty()) {
                ps.setString(1, folded);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
