package org.ogireview.gui.bodies;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.model.Body;
import org.ogireview.store.AuditEntry;
import org.ogireview.store.BodyRegistry;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.store.H2ReportStore;
import org.ogireview.testing.TestFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The bodies window's state on a real database: a report held in two files is split as one. */
class BodiesViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aSplitListsEachReportOnceAndMovesItsFurtherFilesWithIt() throws Exception {
        List<Path> files = new ArrayList<>(TestFiles.sampleTexts());
        files.add(TestFiles.samplePdfs().get(0)); // hongze-2023.pdf: the .txt's report in a second file
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("db"))) {
            new CollectionImporter(store).coder("li").run(files);
            BodyRegistry registry = new BodyRegistry(store.database());
            BodiesViewModel model = new BodiesViewModel(registry, store, () -> Optional.of("li"));
            model.reload();
            Body hongze = model.bodies().stream().filter(b -> b.name().equals("洪泽区人民政府")).findFirst()
                    .orElseThrow();
            model.selectedProperty().set(hongze);
            assertThat(registry.reportsOf(hongze.id())).hasSize(3);

            List<BodiesViewModel.ReportLine> lines = model.reportsOfSelected();
            assertThat(lines).extracting(BodiesViewModel.ReportLine::year).containsExactly(2023, 2024);
            assertThat(lines.get(0).fileName()).isEqualTo("hongze-2023.txt + hongze-2023.pdf");

            long created = model.split(List.of(lines.get(0).id()), "洪泽区（2023）");
            assertThat(registry.reportsOf(created)).hasSize(2);
            assertThat(registry.reportsOf(hongze.id())).containsExactly(lines.get(1).id());
            for (long r : registry.reportsOf(created)) {
                assertThat(store.history(r)).extracting(AuditEntry::action).contains(BodyRegistry.ACTION_SPLIT);
            }
            assertThat(model.selectedProperty().get().id()).isEqualTo(created);
        }
    }
}
