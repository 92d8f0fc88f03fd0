package org.ogireview.store;

import org.ogireview.importing.NewReports;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small real collection for tests outside the store package: the bundled reports with their gold figures. */
public final class ExportFixtures {

    private ExportFixtures() {
    }

    /** Imports the seven bundled reports with their gold figures; file name to report id. */
    public static Map<String, Long> importBundled(ReportStore store) throws Exception {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String name : H2ReportStoreTest.BUNDLED) {
            GoldFigures.Loaded r = GoldFigures.load(name);
            ids.put(name, store.add(NewReports.of(r.document(), r.extraction(), r.file().toString(), r.bytes())).reportId());
        }
        return ids;
    }
}
