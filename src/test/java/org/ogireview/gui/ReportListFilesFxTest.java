package org.ogireview.gui;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import org.junit.jupiter.api.Test;
import org.ogireview.gui.common.Messages;
import org.ogireview.gui.importing.CollectionImport;
import org.ogireview.gui.importing.ImportItem;
import org.ogireview.gui.testing.TestStores;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportSummary;
import org.ogireview.testing.TestFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list tells a PDF from a TXT copy of the same report (the file's kind and name under the region), and calls
 * each format by the one name the form and the filter use.
 */
class ReportListFilesFxTest extends DeskFxHarness {

    @Test
    void aPdfAndItsTextCopyAreTwoDistinctRows() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path pdf = Files.copy(TestFiles.resource("/samples/hongze-2024.pdf"), folder.resolve("hongze-2024.pdf"));
        Path txt = Files.copy(TestFiles.bundledReport("hongze-2024.txt"), folder.resolve("hongze-2024.txt"));
        Path db = dir.resolve("files.mv.db");
        try (ReportStore s = TestStores.open(db)) {
            new CollectionImport(s, () -> "tester").run(List.of(new ImportItem(pdf), new ImportItem(txt)),
                    (done, total, name) -> { }, () -> false);
        }
        openDesk(db);

        Set<String> fileLines = lookup("#reportTable .report-file").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t != null && !t.isEmpty()).collect(Collectors.toSet());
        assertThat(fileLines).containsExactlyInAnyOrder("PDF · hongze-2024", "TXT · hongze-2024");

        Set<String> regions = lookup("#reportTable .report-region").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t != null && !t.isEmpty()).collect(Collectors.toSet());
        assertThat(regions).hasSize(1); // the same body and year: only the file line tells them apart

        String tables2021 = Messages.forLocale(Locale.ENGLISH).get("format.table2021");
        List<String> formats = formatCells();
        assertThat(formats).containsExactly(tables2021, tables2021);
    }

    private List<String> formatCells() {
        return lookup("#reportTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "colFormat".equals(c.getTableColumn().getId()))
                .filter(c -> !c.isEmpty() && c.getText() != null)
                .map(TableCell::getText).toList();
    }

    @Test
    void eachFormatHasOneNamePerLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINA)) {
            Messages m = Messages.forLocale(locale);
            assertThat(m.bundle().keySet()).noneMatch(k -> k.startsWith("format.short."));
        }
        assertThat(Messages.forLocale(Locale.ENGLISH).get("format.narrative")).isEqualTo("Narrative");
    }
}
