package org.ogireview.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.UserText;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V10: a database written before the notes became message keys holds their English. Opening it with this version
 * turns the English it recognises into keys (so the Chinese window shows Chinese) and keeps any other text as it
 * was written. The same migration on H2 and on PostgreSQL.
 */
class NotesMigrationTest {

    private static final String STRUCTURE = "the PDF's structure cannot be read by this app (%s); its pages may hold "
            + "text that another PDF reader can extract: re-save it (print to PDF) or convert it to text, then import "
            + "that";

    /** The English an earlier version stored, by file name. */
    private static final Map<String, String> OLD = new LinkedHashMap<>();

    static {
        OLD.put("scan.pdf", "the PDF has no text layer: scanned pages, code by hand");
        OLD.put("garbled.pdf", "the PDF text is garbled (no ToUnicode map): code by hand");
        OLD.put("deep.pdf", STRUCTURE.formatted("(its objects are nested too deeply)"));
        OLD.put("pdfbox.pdf", STRUCTURE.formatted("(Missing root object \"specification\" \\ in trailer)"));
        OLD.put("odd.pdf", "something a later edit wrote by hand");
        OLD.put("fine.txt", null);
    }

    @Test
    void anH2DatabaseOfTheLastVersionShowsItsNotesInChinese(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old");
        try (Database db = Database.open(file)) {
            makeOld(db, "\"flyway_schema_history\"", "\"version\"");
        }
        try (H2ReportStore store = H2ReportStore.open(file)) {
            assertMigrated(store);
        }
    }

    @Test
    void aTeamDatabaseOfTheLastVersionShowsItsNotesInChinese() throws Exception {
        ServerAddress address = TestPostgres.freshDatabase();
        try (Database db = Database.openServer(address, ServerCredentials.PasswordPrompt.NONE, TestPostgres.env())) {
            makeOld(db, "flyway_schema_history", "version");
        }
        try (H2ReportStore store = H2ReportStore.open(Database.openServer(address,
                ServerCredentials.PasswordPrompt.NONE, TestPostgres.env()))) {
            assertMigrated(store);
        }
    }

    /** Reports as the last version stored them, and the schema as it was before V10. */
    private static void makeOld(Database db, String history, String version) throws StoreException {
        db.write("make it old", c -> {
            int n = 0;
            for (Map.Entry<String, String> e : OLD.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO reports (sha256, file_name, "
                        + "source_kind, report_text, imported_at, needs_manual) VALUES (?, ?, 'pdf', '', "
                        + "CURRENT_TIMESTAMP, ?)")) {
                    ps.setString(1, String.valueOf(n++).repeat(64).substring(0, 64));
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.executeUpdate();
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("ALTER TABLE reports DROP COLUMN needs_manual_text");
                s.executeUpdate("ALTER TABLE reports DROP COLUMN import_notes");
                assertThat(s.executeUpdate("DELETE FROM " + history + " WHERE " + version + " = '10'"))
                        .isEqualTo(1);
            }
            return null;
        });
    }

    private static void assertMigrated(H2ReportStore store) throws StoreException {
        Map<String, UserText> reasons = new LinkedHashMap<>();
        for (ReportSummary s : store.list()) {
            reasons.put(s.fileName(), s.needsManual());
            assertThat(store.report(s.id()).needsManual() == null ? null
                    : store.report(s.id()).needsManual().in(Locale.CHINESE))
                    .isEqualTo(s.needsManual() == null ? null : s.needsManual().in(Locale.CHINESE));
        }
        assertThat(reasons.get("scan.pdf").key()).isEqualTo("ingest.manual.noText");
        assertThat(reasons.get("garbled.pdf").key()).isEqualTo("ingest.manual.garbled");
        assertThat(reasons.get("deep.pdf").in(Locale.CHINESE)).startsWith("本程序无法读取此 PDF 的结构（页面对象嵌套过深）");
        // PDFBox's own words stay as they were, marked as not ours
        assertThat(reasons.get("pdfbox.pdf").in(Locale.CHINESE)).startsWith(
                "本程序无法读取此 PDF 的结构（“Missing root object \"specification\" \\ in trailer”（程序库原文，未翻译））");
        // the English reads as before (the doubled brackets of the old wording gone)
        assertThat(reasons.get("scan.pdf").en()).isEqualTo(OLD.get("scan.pdf"));
        assertThat(reasons.get("garbled.pdf").en()).isEqualTo(OLD.get("garbled.pdf"));
        assertThat(reasons.get("deep.pdf").en()).isEqualTo(STRUCTURE.formatted("its objects are nested too deeply"));
        assertThat(reasons.get("odd.pdf").in(Locale.CHINESE)).isEqualTo("something a later edit wrote by hand");
        assertThat(reasons.get("fine.txt")).isNull();
    }
}
