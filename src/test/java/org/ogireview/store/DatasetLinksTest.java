package org.ogireview.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireview.importing.DatasetLinks;
import org.ogireview.importing.NewReports;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store links no report to a body on its own (issue 10: which body a report names is read above it); whoever
 * reads the dataset keys links first, through {@link DatasetLinks}, as the exports' callers do.
 */
class DatasetLinksTest {

    @TempDir
    Path dir;

    @Test
    void reportsStoredOutsideThePipelineHaveNoBodyUntilTheyAreLinkedAndThenTheOneTheirTextNames() throws Exception {
        try (H2ReportStore store = H2ReportStore.open(dir.resolve("links"))) {
            Map<String, Long> ids = new HashMap<>();
            for (String name : H2ReportStoreTest.BUNDLED) {
                GoldFigures.Loaded r = GoldFigures.load(name);
                ids.put(name, store.add(NewReports.of(r.document(), r.extraction(), null, r.bytes())).reportId());
            }
            DatasetKeys stored = store.datasetKeys();
            assertThat(ids.values()).allSatisfy(id -> assertThat(stored.get(id).bodyId()).isNull());

            DatasetLinks.beforeReading(store);
            DatasetKeys linked = store.datasetKeys();
            DatasetKeys.Row h2023 = linked.get(ids.get("hongze-2023.txt"));
            DatasetKeys.Row h2024 = linked.get(ids.get("hongze-2024.txt"));
            assertThat(h2023.bodyName()).isEqualTo("洪泽区人民政府");
            assertThat(h2023.divisionCode()).isEqualTo("320813");
            assertThat(h2024.bodyId()).isEqualTo(h2023.bodyId());
            assertThat(ids.values()).allSatisfy(id -> assertThat(linked.get(id).bodyId()).isNotNull());
            assertThat(linked.get(ids.get("000_6c56c39d01f2e555.txt")).bodyId()).isNotEqualTo(h2023.bodyId());
            assertThat(new BodyRegistry(store.database()).unlinked()).isEmpty();
        }
    }
}
