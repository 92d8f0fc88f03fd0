package org.ogireview.store;

import org.ogireview.model.CheckMark;
import org.ogireview.model.Finding;
import org.ogireview.model.Severity;
import org.ogireview.model.ReportFormat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The failed findings of the whole collection as stored by the latest run of the checks, each with its report, the
 * report's body and the coder's mark: what the findings window lists and the audit memo prints. One query; copies of
 * a dataset report (the same report as another file, {@code duplicate_of}) are left out, as the dataset leaves them.
 */
public final class CollectionFindings {

    private CollectionFindings() {
    }

    /**
     * One failed finding.
     *
     * @param sourceKind    txt, html or pdf
     * @param bodyId        null when the report is not linked to a body
     * @param bodyKind      the body's kind code (government, department …)
     * @param divisionLevel province, city, county or township; null when not settled
     * @param mark          the coder's latest word on the finding; null when none
     */
    public record Row(long reportId, String fileName, String sourceKind, String region, Integer year,
                      ReportFormat format, Long bodyId, String bodyName, String bodyKind, String divisionCode,
                      String divisionLevel, Finding finding, CheckMark mark) {

        /** Not marked "as published": still for the coder to look at. */
        public boolean open() {
            return mark == null || !mark.asPublished();
        }

        /** The body's name, else the region the report names, else the file. */
        public String bodyOrRegion() {
            if (bodyName != null && !bodyName.isBlank()) {
                return bodyName;
            }
            return region != null && !region.isBlank() ? region : fileName;
        }
    }

    /** A further file that holds the same report (say its PDF beside the .txt), with its own stored figures. */
    public record FileReport(long reportId, String fileName, String sourceKind) {
    }

    private static final String QUERY = "SELECT r.id, r.file_name, r.source_kind, r.region, r.report_year, r.format, "
            + "b.id, b.name, b.kind, b.division_code, b.division_level, "
            + "f.rule, f.severity, f.fields, f.ran, f.message_zh, f.message_en, "
            + "m.as_published, m.note, m.coder, m.marked_at "
            + "FROM check_findings f JOIN reports r ON r.id = f.report_id "
            + "LEFT JOIN bodies b ON b.id = r.body_id "
            + "LEFT JOIN check_marks m ON m.report_id = f.report_id AND m.rule = f.rule AND m.fields = f.fields "
            + "WHERE f.failed AND r.duplicate_of IS NULL ORDER BY r.id, f.seq";

    /** Every failed finding of the dataset reports, report by report in id order, each report's in check order. */
    public static List<Row> read(Database db) throws StoreException {
        return db.read("read the findings of the collection from", c -> {
            List<Row> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    /** The failed findings of a store: none from a store that is not the database (a test's stand-in). */
    public static List<Row> read(ReportStore store) throws StoreException {
        return store instanceof H2ReportStore h2 ? read(h2.database()) : List.of();
    }

    /**
     * The stored findings whose rule starts with the prefix, per report, each as {@link #signature} (what a rerun of
     * a collection-level check compares to decide which reports to rewrite); none from a stand-in store.
     */
    public static java.util.Map<Long, java.util.Set<String>> signatures(ReportStore store, String rulePrefix)
            throws StoreException {
        if (!(store instanceof H2ReportStore h2)) {
            return java.util.Map.of();
        }
        return h2.database().read("read the findings of " + rulePrefix + "* from", c -> {
            java.util.Map<Long, java.util.Set<String>> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT report_id, rule, fields, message_en "
                    + "FROM check_findings WHERE rule LIKE ?")) {
                ps.setString(1, rulePrefix.replace("%", "") + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>())
                                .add(signature(rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    /** A finding as rule, fields and English message in one string. */
    public static String signature(String rule, String fields, String messageEn) {
        return rule + "\u0000" + fields + "\u0000" + messageEn;
    }

    /** The other files that hold the same dataset report, in the order they were stored (itself not included). */
    public static List<FileReport> otherFiles(Database db, long reportId) throws StoreException {
        return db.read("read the files of report " + reportId + " from", c -> {
            List<FileReport> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT f.file_report_id, r.file_name, r.source_kind "
                    + "FROM report_files f JOIN reports r ON r.id = f.file_report_id "
                    + "WHERE f.report_id = ? AND f.file_report_id <> f.report_id ORDER BY f.file_report_id")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new FileReport(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    private static Row row(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        ReportFormat format = null;
        if (rs.getString(6) != null) {
            try {
                format = ReportFormat.fromCode(rs.getString(6));
            } catch (IllegalArgumentException e) {
                format = null;
            }
        }
        int year = rs.getInt(5);
        Integer y = rs.wasNull() ? null : year;
        String fields = rs.getString(14);
        Finding f = new Finding(rs.getString(12), severity(rs.getString(13)),
                fields.isBlank() ? List.of() : List.of(fields.split(" ")), rs.getBoolean(15), true,
                rs.getString(16), rs.getString(17));
        CheckMark mark = null;
        rs.getBoolean(18);
        if (!rs.wasNull()) {
            mark = new CheckMark(id, f.rule(), fields, rs.getBoolean(18), rs.getString(19), rs.getString(20),
                    Times.fromDb(rs, 21));
        }
        return new Row(id, rs.getString(2), rs.getString(3), rs.getString(4), y, format,
                rs.getObject(7, Long.class), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                f, mark);
    }

    private static Severity severity(String code) {
        for (Severity s : Severity.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return Severity.WARNING;
    }
}
