package org.ogireview.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.ogireview.model.UserText;

/**
 * Checks a database through and through and says plainly what is wrong: its structure (the app's tables and schema
 * version), that every report, its text, its original file and its figures can be read, that the counts the report
 * list shows match the figures, and the audit log's chain: for every figure, each change starts from the state the
 * change before it left, the last one left the figure as it is now, and every undo or redo points at a change of the
 * same figure. Reads only.
 */
public final class DatabaseVerifier {

    /** What the check found. {@code problems} is empty for a healthy database. */
    public record Result(int reports, int figures, int auditEntries, int unreadableReports, boolean damaged,
                         List<UserText> problemTexts) {
        public Result {
            problemTexts = List.copyOf(problemTexts);
        }

        /** The problems in English, the command line's language. */
        public List<String> problems() {
            return problemTexts.stream().map(UserText::en).toList();
        }

        public boolean healthy() {
            return problemTexts.isEmpty();
        }
    }

    private static final int MAX_LISTED = 50;
    /** Entries that changed no figure: imports, check marks, and saves refused because another coder came first. */
    private static final Set<String> NOT_FIGURE_ACTIONS = Set.of(H2ReportStore.ACTION_IMPORT,
            H2ReportStore.ACTION_CHECK_MARK, AuditActions.CONFLICT, AuditActions.UNDO_CONFLICT,
            AuditActions.REDO_CONFLICT);

    private DatabaseVerifier() {
    }

    public static Result verify(Database db) throws StoreException {
        List<UserText> problems = new ArrayList<>();
        if (db.isReadOnly()) {
            problems.add(db.readOnlyText());
        }
        int[] counts = new int[5];
        db.read("verify", c -> {
            List<Long> ids;
            try {
                structure(c, problems);
                ids = reportIds(c, problems);
            } catch (SQLException e) {
                problems.add(new UserText("verify.reportsUnreadable", Database.damageWords(e)));
                counts[4] = 1;
                return null;
            }
            counts[0] = ids.size();
            for (long id : ids) {
                try {
                    counts[1] += report(c, id, problems);
                } catch (SQLException e) {
                    counts[3]++;
                    add(problems, new UserText("verify.reportUnreadable", String.valueOf(id), Database.damageWords(e)));
                }
            }
            try {
                counts[2] = auditChain(c, problems);
            } catch (SQLException e) {
                problems.add(new UserText("verify.auditUnreadable", Database.damageWords(e)));
                counts[4] = 1;
            }
            return null;
        });
        return new Result(counts[0], counts[1], counts[2], counts[3], counts[3] > 0 || counts[4] > 0, problems);
    }

    private static void structure(Connection c, List<UserText> problems) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT UPPER(TABLE_NAME) FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String t : List.of("REPORTS", "FIGURES", "FIGURE_KEYS", "AUDIT_LOG", "CHECK_FINDINGS", "CHECK_MARKS",
                "REPORT_SEARCH", "FLYWAY_SCHEMA_HISTORY")) {
            if (!tables.contains(t)) {
                problems.add(new UserText("verify.tableMissing", t.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        if (tables.contains("FLYWAY_SCHEMA_HISTORY")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM "
                    + "\"flyway_schema_history\" WHERE NOT \"success\"")) {
                if (rs.next() && rs.getInt(1) > 0) {
                    problems.add(new UserText("verify.schemaFailed"));
                }
            }
        }
    }

    private static List<Long> reportIds(Connection c, List<UserText> problems) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM reports ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Reads one report through (text, original, figures) and checks its list counts; returns its figure count. */
    private static int report(Connection c, long id, List<UserText> problems) throws SQLException {
        int figureCount;
        int reviewedCount;
        try (PreparedStatement ps = c.prepareStatement("SELECT report_text, original, figure_count, reviewed_count "
                + "FROM reports WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String text = rs.getString(1);
                rs.getBytes(2);
                if (text == null || text.isEmpty()) {
                    add(problems, new UserText("verify.noText", String.valueOf(id)));
                }
                figureCount = rs.getInt(3);
                reviewedCount = rs.getInt(4);
            }
        }
        int figures = 0;
        int reviewed = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT status, figure_value, snippet FROM figures "
                + "WHERE report_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    figures++;
                    if (!"auto".equals(rs.getString(1))) {
                        reviewed++;
                    }
                    rs.getString(2);
                    rs.getString(3);
                }
            }
        }
        if (figures != figureCount || reviewed != reviewedCount) {
            add(problems, new UserText("verify.countsDiffer", String.valueOf(id), String.valueOf(figureCount),
                    String.valueOf(reviewedCount), String.valueOf(figures), String.valueOf(reviewed)));
        }
        return figures;
    }

    /** Checks the chain of every figure's changes; returns the number of audit entries read. */
    private static int auditChain(Connection c, List<UserText> problems) throws SQLException {
        Map<Long, String> entryKey = new HashMap<>();
        Map<String, FigureState> lastNew = new HashMap<>();
        Set<Long> imported = new HashSet<>();
        Set<String> coderChains = new HashSet<>();
        int entries = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM audit_log ORDER BY id")) {
            while (rs.next()) {
                entries++;
                long id = rs.getLong("id");
                long report = rs.getLong("report_id");
                String action = rs.getString("action");
                String key = rs.getString("field_key");
                if (H2ReportStore.ACTION_IMPORT.equals(action)) {
                    imported.add(report);
                    continue;
                }
                if (NOT_FIGURE_ACTIONS.contains(action)) {
                    continue;
                }
                String role = rs.getString("coding_role");
                boolean coderValue = CodingStore.FIRST.equals(role) || CodingStore.SECOND.equals(role);
                // a double coder's own values (table coder_figures) are a chain of their own beside the dataset's
                String figure = report + "/" + key + (coderValue ? " (" + rs.getString("coder") + ")" : "");
                if (coderValue) {
                    coderChains.add(figure);
                }
                entryKey.put(id, figure);
                long reverts = rs.getLong("reverts");
                if (!rs.wasNull() && !figure.equals(entryKey.get(reverts))) {
                    add(problems, new UserText("verify.badReverts", String.valueOf(id), action, figure,
                            String.valueOf(reverts)));
                }
                FigureState old = AuditWriter.state(rs, "old");
                if (lastNew.containsKey(figure) && !Objects.equals(lastNew.get(figure), old)) {
                    add(problems, new UserText("verify.brokenChain", String.valueOf(id), action, figure));
                }
                lastNew.put(figure, AuditWriter.state(rs, "new"));
            }
        }
        // the last change of every figure left it as it is now
        Map<String, FigureState> now = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT report_id, field_key, "
                + "figure_value, qualifier, status, span_start, span_end, snippet FROM figures")) {
            while (rs.next()) {
                now.put(rs.getLong(1) + "/" + rs.getString(2), new FigureState(rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8)));
            }
        }
        lastNew.forEach((figure, state) -> {
            if (!coderChains.contains(figure) && !Objects.equals(state, now.get(figure))) {
                add(problems, new UserText("verify.figureAltered", figure));
            }
        });
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM reports")) {
            while (rs.next()) {
                if (!imported.contains(rs.getLong(1))) {
                    add(problems, new UserText("verify.noImportEntry", String.valueOf(rs.getLong(1))));
                }
            }
        }
        return entries;
    }

    private static void add(List<UserText> problems, UserText problem) {
        if (problems.size() < MAX_LISTED) {
            problems.add(problem);
        } else if (problems.size() == MAX_LISTED) {
            problems.add(new UserText("verify.more", String.valueOf(MAX_LISTED)));
        }
    }
}
