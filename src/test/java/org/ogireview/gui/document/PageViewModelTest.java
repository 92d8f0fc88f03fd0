package org.ogireview.gui.document;

import org.ogireview.importing.NewReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.extract.Extraction;
import org.ogireview.extract.Extractor;
import org.ogireview.gui.testing.SessionFixture;
import org.ogireview.gui.testing.TestStores;
import org.ogireview.ingest.IngestedDocument;
import org.ogireview.ingest.PageRect;
import org.ogireview.ingest.PageRegions;
import org.ogireview.ingest.ReportIngester;
import org.ogireview.model.ExtractedFigure;
import org.ogireview.store.ReportStore;
import org.ogireview.testing.TestFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The page view's state on the real hongze-2024.pdf kept in a real store, worked on directly (the worker and the
 * hand-back run in the test's thread): the pages, the boxes of the selected figure, clicks, and every way the
 * original can be missing or broken, which must end in a message and never an exception.
 */
class PageViewModelTest {

    private static IngestedDocument hongze;
    private static byte[] hongzeBytes;
    private static Extraction extraction;

    @TempDir
    Path dir;
    private ReportStore store;
    private SessionFixture fx;

    @BeforeAll
    static void read() throws Exception {
        Path pdf = TestFiles.samplePdfs().get(1);
        hongze = new ReportIngester().ingest(pdf);
        hongzeBytes = Files.readAllBytes(pdf);
        extraction = new Extractor().extract(hongze);
    }

    @BeforeEach
    void open() throws Exception {
        store = TestStores.open(dir.resolve("pages.mv.db"));
        fx = new SessionFixture(store).withCoder("tester");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PageViewModel pages() {
        return new PageViewModel(fx.session, Runnable::run, Runnable::run);
    }

    private long add(IngestedDocument doc, byte[] original) throws Exception {
        return store.add(NewReports.of(doc, extraction, doc.fileName(), original)).reportId();
    }

    /** The same report under another identity (the store keeps one report per SHA-256). */
    private static IngestedDocument variant(String sha, String text, String needsManual) {
        return new IngestedDocument(hongze.fileName(), sha, "pdf", null, text, hongze.tables(), hongze.boxes(),
                hongze.pageCount(), needsManual == null ? null : org.ogireview.model.UserText.plain(needsManual), List.of());
    }

    private static ExtractedFigure figure(String key) {
        return extraction.figure(key).orElseThrow();
    }

    @Test
    void theSelectedFiguresPageIsShownWithItsBoxAndAClickSelectsAnother() throws Exception {
        long id = add(hongze, hongzeBytes);
        PageViewModel pages = pages();
        fx.session.open(id);
        assertThat(pages.availableProperty().get()).isTrue();
        assertThat(pages.shownModeProperty().get()).isEqualTo(DocumentMode.TEXT);
        assertThat(pages.pageCountProperty().get()).isZero(); // nothing is read until the pages are wanted

        pages.choose(DocumentMode.PAGE);
        assertThat(fx.preferences.documentMode()).isEqualTo("page");
        assertThat(pages.pageCountProperty().get()).isEqualTo(5);
        assertThat(pages.pageProperty().get().index()).isZero();
        assertThat(pages.pageProperty().get().widthPoints()).isCloseTo(595, within(1.0));
        assertThat(pages.messageProperty().get()).isNull();
        assertThat(pages.noteProperty().get()).isNull();

        // selecting a field turns to its page and puts its box there
        ExtractedFigure received = figure("applications.received@natural_person");
        fx.session.selectedKeyProperty().set(received.key());
        List<PageRect> expected = PageRegions.of(hongze.boxes()).rectsOf(received.start(), received.end());
        assertThat(pages.pageIndexProperty().get()).isEqualTo(2);
        assertThat(pages.pageProperty().get().index()).isEqualTo(2);
        assertThat(pages.selectedBoxesProperty().get()).isEqualTo(expected);
        assertThat(pages.revealProperty().get()).isEqualTo(expected.get(0));
        assertThat(pages.figureBoxesProperty().get()).hasSizeGreaterThan(50).allMatch(r -> r.page() == 2);

        // a click on the row's total selects it; a click in the margin selects nothing
        ExtractedFigure total = figure("applications.received");
        PageRect totalBox = PageRegions.of(hongze.boxes()).rectsOf(total.start(), total.end()).get(0);
        assertThat(pages.clickAt(totalBox.centerX(), totalBox.centerY())).contains(total.key());
        assertThat(fx.session.selectedKeyProperty().get()).isEqualTo(total.key());
        assertThat(pages.clickAt(4, 4)).isEmpty();
        assertThat(fx.session.selectedKeyProperty().get()).isEqualTo(total.key());

        // a figure on another page turns the page
        fx.session.selectedKeyProperty().set("proactive.licensing.decisions");
        int licensingPage = PageRegions.of(hongze.boxes()).rectsOf(figure("proactive.licensing.decisions").start(),
                figure("proactive.licensing.decisions").end()).get(0).page();
        assertThat(pages.pageIndexProperty().get()).isEqualTo(licensingPage).isNotEqualTo(2);

        // while only the text shows, the pages are not drawn; shown again, they catch up with the selection
        pages.choose(DocumentMode.TEXT);
        fx.session.selectedKeyProperty().set(ROW_TOTAL);
        assertThat(pages.pageIndexProperty().get()).isEqualTo(licensingPage);
        pages.choose(DocumentMode.PAGE);
        assertThat(pages.pageIndexProperty().get()).isEqualTo(2);
        assertThat(pages.pageProperty().get().index()).isEqualTo(2);
    }

    private static final String ROW_TOTAL = "applications.received";

    @Test
    void pagesTurnAndZoomWithinBounds() throws Exception {
        fx.session.open(add(hongze, hongzeBytes));
        PageViewModel pages = pages();
        pages.choose(DocumentMode.BOTH);
        pages.previous();
        assertThat(pages.pageIndexProperty().get()).isZero();
        pages.next();
        pages.next();
        assertThat(pages.pageProperty().get().index()).isEqualTo(2);
        pages.goTo(9);
        assertThat(pages.messageProperty().get()).isEqualTo("This report has no page 10 (it has 5).");
        assertThat(pages.pageProperty().get()).isNull();
        pages.goTo(4);
        assertThat(pages.messageProperty().get()).isNull();
        assertThat(pages.pageProperty().get().index()).isEqualTo(4);

        pages.viewportWidth(595 * 1.5);
        assertThat(pages.zoomProperty().get()).isCloseTo(1.5, within(0.01));
        pages.zoomIn();
        assertThat(pages.fitWidthProperty().get()).isFalse();
        assertThat(pages.zoomProperty().get()).isCloseTo(1.875, within(0.01));
        pages.viewportWidth(300);
        assertThat(pages.zoomProperty().get()).isCloseTo(1.875, within(0.01)); // no longer following the width
        for (int i = 0; i < 30; i++) {
            pages.zoomOut();
        }
        assertThat(pages.zoomProperty().get()).isEqualTo(PageViewModel.MIN_ZOOM);
        pages.fitToWidth();
        pages.viewportWidth(595);
        assertThat(pages.zoomProperty().get()).isCloseTo(1.0, within(0.01));
    }

    @Test
    void theRememberedModeComesBackAndATextReportShowsText() throws Exception {
        fx.preferences.setDocumentMode("both");
        Path txt = TestFiles.bundledReport("hongze-2024.txt");
        IngestedDocument text = new ReportIngester().ingest(txt);
        long textId = store.add(NewReports.of(text, new Extractor().extract(text), txt.toString(), Files.readAllBytes(txt)))
                .reportId();
        long pdfId = add(hongze, hongzeBytes);
        PageViewModel pages = pages();
        fx.session.open(textId);
        assertThat(pages.availableProperty().get()).isFalse();
        assertThat(pages.shownModeProperty().get()).isEqualTo(DocumentMode.TEXT);
        assertThat(pages.pageCountProperty().get()).isZero();
        fx.session.open(pdfId);
        assertThat(pages.shownModeProperty().get()).isEqualTo(DocumentMode.BOTH);
        assertThat(pages.pageCountProperty().get()).isEqualTo(5);
    }

    @Test
    void aReportToCodeByHandOpensOnItsPagesWithTheReason() throws Exception {
        long id = add(variant("manual", "", "the PDF has no text layer: scanned pages, code by hand"), hongzeBytes);
        PageViewModel pages = pages();
        fx.session.open(id);
        assertThat(pages.shownModeProperty().get()).isEqualTo(DocumentMode.PAGE);
        assertThat(fx.preferences.documentMode()).isEqualTo("text"); // the coder's own choice is kept
        assertThat(pages.reasonProperty().get()).contains("no text layer");
        assertThat(pages.pageProperty().get()).isNotNull();
        assertThat(pages.noteProperty().get()).isNull();
        assertThat(pages.clickAt(300, 300)).isEmpty();
    }

    @Test
    void aMissingOriginalIsAMessage() throws Exception {
        fx.session.open(add(hongze, null));
        PageViewModel pages = pages();
        pages.choose(DocumentMode.PAGE);
        assertThat(pages.messageProperty().get()).contains("not in the database");
        assertThat(pages.pageProperty().get()).isNull();
        pages.next();
        pages.goTo(3);
        assertThat(pages.pageCountProperty().get()).isZero();
    }

    @Test
    void anOriginalThatIsNoPdfIsAMessage() throws Exception {
        byte[] junk = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage\n".getBytes(StandardCharsets.US_ASCII);
        fx.session.open(add(hongze, junk));
        PageViewModel pages = pages();
        pages.choose(DocumentMode.PAGE);
        assertThat(pages.messageProperty().get()).startsWith("The PDF cannot be shown: hongze-2024.pdf: ");
        assertThat(pages.pageProperty().get()).isNull();
    }

    @Test
    void aTextThatNoLongerMatchesThePdfShowsThePagesWithoutBoxes() throws Exception {
        long id = add(variant("older", hongze.text().replace("政府信息公开", "政府信息公開"), null), hongzeBytes);
        PageViewModel pages = pages();
        fx.session.open(id);
        pages.choose(DocumentMode.PAGE);
        fx.session.selectedKeyProperty().set("applications.received");
        assertThat(pages.pageProperty().get()).isNotNull();
        assertThat(pages.noteProperty().get()).contains("not known");
        assertThat(pages.selectedBoxesProperty().get()).isEmpty();
        assertThat(pages.figureBoxesProperty().get()).isEmpty();
        assertThat(pages.clickAt(300, 300)).isEmpty();
    }
}
