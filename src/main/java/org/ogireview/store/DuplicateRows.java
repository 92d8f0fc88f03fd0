package org.ogireview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the search for one report in several files: the reports of each body and year, what two of them hold,
 * and the outcome written back ({@code duplicate_of}, {@code report_files}, {@code same_body_year}). Whether two
 * reports are one is decided above the store ({@code org.ogireview.importing.DuplicateFinder}), on folded text.
 */
public final class DuplicateRows {

    private final Database db;

    public DuplicateRows(Database db) {
        this.db = db;
    }

    /** The dataset reports (not copies) of each body and year, by id, in the order of their first report. */
    public Map<String, List<Long>> byBodyAndYear() throws StoreException {
        return db.read("group reports by body and year", c -> {
            Map<String, List<Long>> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, body_id, report_year FROM reports WHERE body_id IS NOT "
                         + "NULL AND report_year IS NOT NULL AND duplicate_of IS NULL ORDER BY id")) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(2) + "/" + rs.getInt(3), k -> new ArrayList<>())
                            .add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /**
     * What two reports hold, read in one go: each one's text and its figures' values by key (the report.*
     * metadata left out).
     */
    public record Pair(String textA, String textB, Map<String, String> valuesA, Map<String, String> valuesB) {
    }

    public Pair pair(long a, long b) throws StoreException {
        return db.read("compare two reports", c -> new Pair(text(c, a), text(c, b), values(c, a), values(c, b)));
    }

    /** Keeps {@code copy} as a further file of {@code primary}, with the two scores that showed them one report. */
    public void fold(long primary, long copy, double textSimilarity, double figureAgreement) throws StoreException {
        db.write("keep report " + copy + " as a file of report " + primary, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET duplicate_of = ?, "
                    + "same_body_year = NULL WHERE id = ?")) {
                ps.setLong(1, primary);
                ps.setLong(2, copy);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE report_files SET report_id = ? WHERE report_id = ?")) {
                ps.setLong(1, primary);
                ps.setLong(2, copy);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(db.dialect().upsertFrom("report_files",
                    List.of("report_id", "file_report_id", "file_name", "source_kind", "text_similarity",
                            "figure_agreement"), List.of("report_id", "file_report_id"),
                    "SELECT ?, id, file_name, source_kind, ?, ? FROM reports WHERE id = ?"))) {
                ps.setLong(1, primary);
                ps.setDouble(2, textSimilarity);
                ps.setDouble(3, figureAgreement);
                ps.setLong(4, copy);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Flags each report with the others of its body and year ({@code #12 #40}) for the user to decide. */
    public void flag(List<Long> ids) throws StoreException {
        db.write("flag reports of one body and year", c -> {
            for (long id : ids) {
                List<String> others = new ArrayList<>();
                for (long o : ids) {
                    if (o != id) {
                        others.add("#" + o);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET same_body_year = ? WHERE id = ?")) {
                    ps.setString(1, String.join(" ", others));
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    public void unflag(long id) throws StoreException {
        db.write("clear a body-year flag", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE reports SET same_body_year = NULL WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String text(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT report_text FROM reports WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private static Map<String, String> values(Connection c, long id) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT field_key, figure_value FROM figures WHERE report_id = ? AND field_key NOT LIKE 'report.%'")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }
}
