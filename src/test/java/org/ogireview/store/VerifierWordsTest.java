package org.ogireview.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.testing.TestFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What verify finds is worded by the bundles, so the window's verify and restore dialogs speak the window's
 * language: a figure changed outside the app (straight SQL, no audit entry) is named in English and in Chinese.
 */
class VerifierWordsTest {

    @TempDir
    Path dir;

    @Test
    void aFigureAlteredOutsideTheAppIsReportedInEitherLanguage() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("v.mv.db"))) {
            new CollectionImporter(store).run(TestFiles.seeds().subList(0, 1));
            long id = store.list().get(0).id();
            Figure before = store.figures(id).get(0);
            String key = before.key();
            // an edit through the app gives the figure its own audit entry; the SQL below then bypasses the log
            store.save(id, before, before.withValue("12345", before.qualifier()).withStatus(FigureStatus.CORRECTED),
                    "li", "edit");
            store.database().write("alter", c -> {
                try (var st = c.prepareStatement(
                        "UPDATE figures SET figure_value = '999999' WHERE report_id = ? AND field_key = ?")) {
                    st.setLong(1, id);
                    st.setString(2, key);
                    return st.executeUpdate();
                }
            });

            DatabaseVerifier.Result r = DatabaseVerifier.verify(store.database());

            assertThat(r.healthy()).isFalse();
            String figure = id + "/" + key;
            assertThat(r.problems()).containsExactly("figure " + figure + " is not as its last audit entry left it: "
                    + "a change is missing from the audit log or the figure was altered outside the app");
            List<String> zh = r.problemTexts().stream().map(t -> t.in(Locale.SIMPLIFIED_CHINESE)).toList();
            assertThat(zh).containsExactly("数字 " + figure + " 与其最后一条审计记录留下的状态不符："
                    + "审计日志缺少一次修改，或数字在本程序之外被改动");
        }
    }
}
