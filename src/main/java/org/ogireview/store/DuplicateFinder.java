package org.ogireview.store;

import org.ogireview.extract.NormalizedText;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the reports of one body and year. Two files with near-identical text and figures (the same report as .txt
 * and .pdf, a re-saved copy) become one dataset report: the later file points at the earlier one
 * ({@code duplicate_of}) and is listed among its source files. Two that differ (a revised edition, or two bodies the
 * resolver took for one) are both flagged ({@code same_body_year}) for the user to decide; neither is dropped.
 */
public final class DuplicateFinder {

    /** Character 4-grams shared (Jaccard) above which two texts are one report. */
    static final double SAME_TEXT = 0.70;
    /** Share of the figures (by key) with the same value above which two extractions are one report. */
    static final double SAME_FIGURES = 0.85;
    private static final int SHINGLE = 4;

    private final Database db;

    public DuplicateFinder(Database db) {
        this.db = db;
    }

    /** The outcome of one pass: reports folded into another, and reports flagged. */
    public record Result(int duplicates, int flagged) {
    }

    /** Looks at every body-year with more than one dataset report. */
    public Result run(String coder) throws StoreException {
        Map<String, List<Long>> groups = db.read("group reports by body and year", c -> {
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
        int duplicates = 0;
        int flagged = 0;
        for (List<Long> ids : groups.values()) {
            if (ids.size() < 2) {
                continue;
            }
            List<Long> kept = new ArrayList<>();
            for (long id : ids) {
                Long same = null;
                double[] scores = null;
                for (long k : kept) {
                    double[] s = compare(k, id);
                    if (s[0] >= SAME_TEXT && s[1] >= SAME_FIGURES) {
                        same = k;
                        scores = s;
                        break;
                    }
                }
                if (same != null) {
                    fold(same, id, scores, coder);
                    duplicates++;
                } else {
                    kept.add(id);
                }
            }
            if (kept.size() > 1) {
                flag(kept);
                flagged += kept.size();
            } else {
                unflag(kept.get(0));
            }
        }
        return new Result(duplicates, flagged);
    }

    /** {text similarity, figure agreement} of two stored reports. */
    double[] compare(long a, long b) throws StoreException {
        return db.read("compare two reports", c -> new double[]{
                jaccard(shingles(text(c, a)), shingles(text(c, b))), agreement(values(c, a), values(c, b))});
    }

    private void fold(long primary, long copy, double[] scores, String coder) throws StoreException {
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
                ps.setDouble(2, scores[0]);
                ps.setDouble(3, scores[1]);
                ps.setLong(4, copy);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private void flag(List<Long> ids) throws StoreException {
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

    private void unflag(long id) throws StoreException {
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

    /** The text's character 4-grams, letters and digits only (page numbers, line breaks and layout ignored). */
    static Set<String> shingles(String text) {
        StringBuilder b = new StringBuilder();
        String folded = NormalizedText.foldAll(text);
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                b.append(ch);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= b.length(); i++) {
            out.add(b.substring(i, i + SHINGLE));
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String s : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(s)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }

    /** Keys with the same value over all keys either has (1 when neither has figures). */
    static double agreement(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        if (keys.isEmpty()) {
            return 1;
        }
        int same = 0;
        for (String k : keys) {
            String x = a.get(k);
            if (x != null && x.equals(b.get(k))) {
                same++;
            }
        }
        return same / (double) keys.size();
    }
}
