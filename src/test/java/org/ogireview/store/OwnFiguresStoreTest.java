package org.ogireview.store;

import org.ogireview.importing.NewReports;
import com.opencsv.CSVReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.export.CsvExporter;
import org.ogireview.export.ExportLayout;
import org.ogireview.extract.Extraction;
import org.ogireview.extract.Extractor;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.Figure;
import org.ogireview.model.FigureStatus;
import org.ogireview.model.OwnField;
import org.ogireview.model.Qualifier;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report-specific figures in the H2 store: imported with the report, their labels as the report writes them kept
 * beside (migration V6), a coder's own addition saved, undone and redone like any figure, across a reopen; the long
 * export lists them, the wide one leaves them out. The report is real: 32_leshan_legal_office_2010_trad.txt
 * (https://newton.com.tw/wiki/2010%E5%B9%B4%E5%BA%A6%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E9%96%8B%E5%B9%B4%E5%BA%A6%E5%A0%B1%E5%91%8A).
 */
class OwnFiguresStoreTest {

    private static final String FILE = "32_leshan_legal_office_2010_trad.txt";

    @TempDir
    Path dir;

    @Test
    void importedAddedUndoneAndExported() throws Exception {
        Path db = dir.resolve("own.mv.db");
        Path source = Path.of(getClass().getResource("/reports/real/" + FILE).toURI());
        IngestedDocument doc = new ReportIngester().ingest(source);
        Extraction x = new Extractor().extract(doc);
        long id;
        String text = doc.text();
        int at = text.indexOf("主站採用15條");
        try (H2ReportStore store = H2ReportStore.open(db)) {
            id = store.add(NewReports.of(doc, x, source.toString(), null)).reportId();
            Figure news = store.figures(id).stream().filter(f -> f.key().equals("own.cat.法制新闻")).findFirst()
                    .orElseThrow();
            assertThat(news.value()).isEqualTo("12");
            assertThat(news.status()).isEqualTo(FigureStatus.AUTO);
            assertThat(store.ownFields(id).get("own.cat.法制新闻"))
                    .isEqualTo(new OwnField("own.cat.法制新闻", "法制新聞", "條"));
            assertThat(store.list().get(0).figures()).isEqualTo(x.figures().size() + x.ownFigures().size());

            // the coder adds what the extractor rightly leaves alone (a part of the list, not a category)
            store.saveOwnField(id, new OwnField("own.主站采用", "主站採用", "條"));
            Figure added = new Figure("own.主站采用", "15", Qualifier.EXACT, FigureStatus.CORRECTED, at,
                    at + "主站採用15條".length(), "主站採用15條", 1.0, "", Qualifier.EXACT);
            store.save(id, null, added, "tester", "add_own");
            store.undo(id, "tester"); // the figure is gone again
            assertThat(store.figures(id)).noneMatch(f -> f.key().equals("own.主站采用"));
            assertThat(store.redo(id, "tester")).map(Figure::value).contains("15");
        }
        try (H2ReportStore store = H2ReportStore.open(db)) {
            Optional<Figure> back = store.figures(id).stream().filter(f -> f.key().equals("own.主站采用")).findFirst();
            assertThat(back).map(Figure::value).contains("15");
            assertThat(back).map(Figure::start).contains(at);
            assertThat(store.history(id)).extracting(AuditEntry::action).contains("add_own", "undo", "redo");

            Path longCsv = dir.resolve("long.csv");
            new CsvExporter(store).export(ExportLayout.LONG, longCsv, false);
            List<String[]> rows = read(longCsv);
            List<String> header = Arrays.asList(rows.get(0));
            String[] own = rows.stream().filter(r -> r[header.indexOf("field")].equals("own.主站采用")).findFirst()
                    .orElseThrow();
            assertThat(own[header.indexOf("label")]).isEqualTo("主站採用");
            assertThat(own[header.indexOf("unit")]).isEqualTo("條");
            assertThat(own[header.indexOf("value")]).isEqualTo("15");
            assertThat(own[header.indexOf("coder")]).isEqualTo("tester");
            assertThat(rows).anySatisfy(r -> {
                assertThat(r[header.indexOf("field")]).isEqualTo("own.cat.法制新闻");
                assertThat(r[header.indexOf("label")]).isEqualTo("法制新聞");
            });
            // catalogue rows are as they were
            assertThat(rows).anySatisfy(r -> {
                assertThat(r[header.indexOf("field")]).isEqualTo("proactive.total");
                assertThat(r[header.indexOf("value")]).isEqualTo("27");
            });

            Path wideCsv = dir.resolve("wide.csv");
            new CsvExporter(store).export(ExportLayout.WIDE, wideCsv, false);
            assertThat(read(wideCsv).get(0)).noneMatch(c -> c.startsWith("own"));
        }
    }

    private static List<String[]> read(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVReader reader = new CSVReader(r)) {
            return new ArrayList<>(reader.readAll());
        }
    }
}
