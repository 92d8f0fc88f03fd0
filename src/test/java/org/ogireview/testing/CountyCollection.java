package org.ogireview.testing;

import org.ogireview.model.Figure;
import org.ogireview.model.Qualifier;
import org.ogireview.importing.CollectionImporter;
import org.ogireview.store.ReportStore;
import org.ogireview.store.ReportSummary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A collection of county-level reports for one year to compare with each other: 洪泽区's real 2023 report
 * (the bundled sample) and copies of it issued in the names of ten other counties and districts of Jiangsu, so that
 * each is linked to a body of its own, of the same kind and level. The copies are then given applications-received
 * figures of a real spread by a coder's edit, as a reviewer correcting them would.
 */
public final class CountyCollection {

    /** The counties (洪泽区 first, the sample itself) and the applications each received. */
    public static final Map<String, Integer> RECEIVED = new LinkedHashMap<>();

    static {
        RECEIVED.put("洪泽区", 21);
        RECEIVED.put("淮安区", 12);
        RECEIVED.put("淮阴区", 18);
        RECEIVED.put("清江浦区", 25);
        RECEIVED.put("涟水县", 33);
        RECEIVED.put("盱眙县", 40);
        RECEIVED.put("金湖县", 47);
        RECEIVED.put("宝应县", 52);
        RECEIVED.put("仪征市", 60);
        RECEIVED.put("高邮市", 95);
        RECEIVED.put("江都区", 120);
    }

    private CountyCollection() {
    }

    /** Writes the eleven report files into {@code folder}. */
    public static List<Path> write(Path folder) throws IOException {
        String sample = Files.readString(TestFiles.bundledReport("hongze-2023.txt"), StandardCharsets.UTF_8);
        List<Path> out = new ArrayList<>();
        int n = 0;
        for (String county : RECEIVED.keySet()) {
            String text = county.equals("洪泽区") ? sample
                    : sample.replace("淮安市洪泽区", (county.endsWith("市") || county.startsWith("仪征")
                            || county.startsWith("高邮") || county.startsWith("宝应") || county.startsWith("江都")
                            ? "扬州市" : "淮安市") + county)
                    .replace("洪泽区", county).replace("洪\n泽区", county).replace("洪泽", county);
            Path file = folder.resolve(String.format("%02d-%s-2023.txt", n++, county));
            Files.writeString(file, text, StandardCharsets.UTF_8);
            out.add(file);
        }
        return out;
    }

    /** Imports the reports and sets each one's applications received (the sample keeps its own 21). */
    public static void importInto(ReportStore store, Path folder) throws Exception {
        new CollectionImporter(store).coder("li").run(write(folder));
        for (ReportSummary s : store.list()) {
            RECEIVED.keySet().stream().filter(c -> s.fileName().endsWith("-" + c + "-2023.txt")).findFirst()
                    .ifPresent(county -> setReceivedUnchecked(store, s.id(), RECEIVED.get(county)));
        }
    }

    private static void setReceivedUnchecked(ReportStore store, long reportId, int received) {
        try {
            setReceived(store, reportId, received);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A coder's correction of the report's applications received. */
    public static void setReceived(ReportStore store, long reportId, int received) throws Exception {
        Figure before = store.figures(reportId).stream().filter(f -> f.key().equals("applications.received"))
                .findFirst().orElseThrow();
        if (!before.value().equals(String.valueOf(received))) {
            store.save(reportId, before, before.withValue(String.valueOf(received), Qualifier.EXACT), "li", "edit");
        }
    }

    /** The report of one county. */
    public static long reportOf(ReportStore store, String county) throws Exception {
        return store.list().stream().filter(s -> s.fileName().endsWith("-" + county + "-2023.txt")).findFirst()
                .orElseThrow().id();
    }
}
