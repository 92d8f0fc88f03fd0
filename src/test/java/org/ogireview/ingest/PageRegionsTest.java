package org.ogireview.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogireview.extract.Extractor;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.testing.TestFiles;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Where the figures of a real PDF report stand on its pages: their boxes fall in the row of their label and the
 * column of their header, and a click on a figure's box finds that figure. On hongze-2024.pdf, read again from its
 * bytes as the page view does.
 */
class PageRegionsTest {

    private static IngestedDocument fromFile;
    private static IngestedDocument fromBytes;
    private static PageRegions regions;
    private static Map<String, ExtractedFigure> figures;

    @BeforeAll
    static void read() throws Exception {
        ReportIngester ingester = new ReportIngester();
        fromFile = ingester.ingest(TestFiles.samplePdfs().get(1));
        fromBytes = ingester.ingest("hongze-2024.pdf", Files.readAllBytes(TestFiles.samplePdfs().get(1)));
        regions = PageRegions.of(fromBytes.boxes());
        figures = new LinkedHashMap<>();
        new Extractor().extract(fromFile).figures().forEach(f -> figures.put(f.key(), f));
    }

    @Test
    void readingTheStoredBytesAgainGivesTheSameTextAndBoxes() {
        // the stored figures' spans point into the text read at import; the boxes read later must fit them
        assertThat(fromBytes.text()).isEqualTo(fromFile.text());
        assertThat(fromBytes.boxes()).isEqualTo(fromFile.boxes());
        assertThat(fromBytes.sha256()).isEqualTo(fromFile.sha256());
    }

    @Test
    void aTableFigureStandsInItsLabelsRowAndItsHeadersColumn() {
        PageRect penalties = only(figure("proactive.penalty.decisions"));
        PageRect label = firstLineOf("行政处罚 | ");
        assertThat(penalties.page()).isEqualTo(label.page());
        assertThat(penalties.centerY()).isCloseTo(label.centerY(), within(3f));
        assertThat(penalties.x()).isGreaterThan(label.right());

        PageRect received = only(figure("applications.received@natural_person"));
        PageRect rowLabel = firstLineOf("一、本年新收政府信息公开申请数量");
        PageRect header = firstLineOf("自然人");
        assertThat(received.page()).isEqualTo(2).isEqualTo(rowLabel.page()).isEqualTo(header.page());
        assertThat(received.centerY()).isBetween(rowLabel.y() - 2, rowLabel.bottom() + 30);
        assertThat(received.centerX()).isCloseTo(header.centerX(), within(15f));
        assertThat(received.y()).isGreaterThan(header.bottom());

        // the total of the same row stands right of every applicant column, at the same height
        PageRect total = only(figure("applications.received"));
        assertThat(total.centerY()).isCloseTo(received.centerY(), within(2f));
        assertThat(total.x()).isGreaterThan(received.right() + 100);
    }

    @Test
    void aClickOnAFiguresBoxFindsThatFigure() {
        Map<String, List<PageRect>> byKey = new LinkedHashMap<>();
        figures.values().forEach(f -> byKey.put(f.key(), regions.rectsOf(f.start(), f.end())));
        int checked = 0;
        for (ExtractedFigure f : figures.values()) {
            if (!f.key().startsWith("applications.") && !f.key().startsWith("proactive.")) {
                continue; // the metadata spans cover titles and whole header rows
            }
            PageRect box = byKey.get(f.key()).get(0);
            assertThat(PageRegions.hit(byKey, box.page(), box.centerX(), box.centerY())).as(f.key())
                    .contains(f.key());
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
        // a near miss still counts; the page margin and another page do not
        PageRect penalties = only(figure("proactive.penalty.decisions"));
        assertThat(PageRegions.hit(byKey, penalties.page(), penalties.right() + 2, penalties.centerY()))
                .contains("proactive.penalty.decisions");
        assertThat(PageRegions.hit(byKey, penalties.page(), 5, 5)).isEmpty();
        assertThat(PageRegions.hit(byKey, penalties.page() + 1, penalties.centerX(), penalties.centerY()))
                .isNotEqualTo(java.util.Optional.of("proactive.penalty.decisions"));
    }

    @Test
    void aStretchOverSeveralPrintedLinesIsOneRectanglePerLine() {
        String text = fromBytes.text();
        int at = text.indexOf("一、总体情况\n") + "一、总体情况\n".length();
        int end = text.indexOf('\n', at);
        assertThat(end - at).isGreaterThan(120); // a paragraph the page wraps
        List<PageRect> lines = regions.rectsOf(at, end);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).page() == lines.get(i - 1).page()) {
                assertThat(lines.get(i).y()).isGreaterThan(lines.get(i - 1).bottom() - 1);
            }
        }
        assertThat(regions.rectsOf(text.length(), text.length() + 5)).isEmpty();
        assertThat(PageRegions.none().rectsOf(0, 10)).isEmpty();
    }

    private static ExtractedFigure figure(String key) {
        assertThat(figures).containsKey(key);
        return figures.get(key);
    }

    private static PageRect only(ExtractedFigure f) {
        List<PageRect> rects = regions.rectsOf(f.start(), f.end());
        assertThat(rects).as(f.key()).hasSize(1);
        return rects.get(0);
    }

    /** The first printed line of the first occurrence of a piece of text (a row label, a column header). */
    private static PageRect firstLineOf(String piece) {
        int at = fromBytes.text().indexOf(piece);
        assertThat(at).as(piece).isNotNegative();
        String visible = piece.replace(" | ", "");
        return regions.rectsOf(at, at + visible.length()).get(0);
    }
}
